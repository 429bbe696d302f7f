import { isClassId } from '../../../shared/framework';
import {
  newPerson,
  personFieldsFromDraft,
  validateClassChange,
  validatePersonDraft,
  withClassChange,
  type FieldError,
  type PersonDraft,
  type PersonField,
} from '../../../shared/people/person';
import type { Result } from '../../../shared/result';
import type { JalonDb } from './db';
import { newId, nowIso } from './ids';

/** The id of the person saved, or why not: the fields to correct, or a person that no longer exists. */
export type SaveResult<F extends string> = Result<string, { code: 'invalid-fields'; fields: FieldError<F>[] } | { code: 'person-not-found' }>;

/** Adds a person; the staff-number check and the write are one transaction. */
export async function createPerson(db: JalonDb, draft: PersonDraft): Promise<SaveResult<PersonField>> {
  return db.transaction('rw', db.people, async () => {
    const others = await db.people.toArray();
    const errors = validatePersonDraft(draft, others);
    if (errors.length > 0) return { ok: false, error: { code: 'invalid-fields', fields: errors } };
    const person = newPerson(draft, newId(), nowIso());
    await db.people.add(person);
    return { ok: true, value: person.id };
  });
}

/** Edits a person's details. The class history changes only through `changeClass`. */
export async function updatePerson(db: JalonDb, id: string, draft: PersonDraft): Promise<SaveResult<PersonField>> {
  return db.transaction('rw', db.people, async () => {
    const person = await db.people.get(id);
    if (!person) return { ok: false, error: { code: 'person-not-found' } };
    const first = person.classHistory[0];
    // The class fields are not edited here: check the draft with the stored ones.
    const checked = { ...draft, classId: first?.classId ?? '', classFrom: first?.from ?? '' };
    const errors = validatePersonDraft(checked, await db.people.toArray(), id).filter(
      (error) => error.field !== 'classId' && error.field !== 'classFrom',
    );
    if (errors.length > 0) return { ok: false, error: { code: 'invalid-fields', fields: errors } };
    await db.people.update(id, { ...personFieldsFromDraft(draft), updatedAt: nowIso() });
    return { ok: true, value: id };
  });
}

/** A promotion (or any class change) from a date: appended to the history, never overwriting it. */
export async function changeClass(
  db: JalonDb,
  id: string,
  change: { classId: string; from: string },
): Promise<SaveResult<'classId' | 'from'>> {
  return db.transaction('rw', db.people, async () => {
    const person = await db.people.get(id);
    if (!person) return { ok: false, error: { code: 'person-not-found' } };
    const errors = validateClassChange(person, change);
    if (errors.length > 0 || !isClassId(change.classId)) return { ok: false, error: { code: 'invalid-fields', fields: errors } };
    await db.people.update(id, {
      classHistory: withClassChange(person.classHistory, { classId: change.classId, from: change.from }),
      updatedAt: nowIso(),
    });
    return { ok: true, value: id };
  });
}

export async function setArchived(db: JalonDb, id: string, archived: boolean): Promise<void> {
  await db.people.update(id, { archived, updatedAt: nowIso() });
}
