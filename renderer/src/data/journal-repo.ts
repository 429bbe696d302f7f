import { newNote, validateNoteDraft, type NoteDraft, type NoteError } from '../../../shared/journal/note';
import { changeStatus, newAction, validateActionDraft, type ActionDraft, type ActionError, type ActionStatus, type StatusChangeError } from '../../../shared/plan/plan';
import type { Review } from '../../../shared/reviews/review';
import type { Result } from '../../../shared/result';
import type { JalonDb } from './db';
import { newId, nowIso } from './ids';

/** Adds a note to the journal once the draft is valid (and its person exists). */
export async function addJournalNote(db: JalonDb, draft: NoteDraft, today: string): Promise<Result<string, { code: 'invalid-fields'; fields: NoteError[] } | { code: 'person-not-found' }>> {
  const errors = validateNoteDraft(draft, today);
  if (errors.length > 0) return { ok: false, error: { code: 'invalid-fields', fields: errors } };
  return db.transaction('rw', db.people, db.journalNotes, async () => {
    if (!(await db.people.get(draft.personId))) return { ok: false as const, error: { code: 'person-not-found' as const } };
    const note = newNote(draft, newId(), nowIso());
    await db.journalNotes.add(note);
    return { ok: true as const, value: note.id };
  });
}

export async function removeJournalNote(db: JalonDb, id: string): Promise<void> {
  await db.journalNotes.delete(id);
}

/** Adds development actions drawn from a review (ready or finalised), all or none. */
export async function addPlanActions(
  db: JalonDb,
  review: Pick<Review, 'id' | 'personId' | 'cycleIndex' | 'profile'>,
  drafts: readonly ActionDraft[],
  today: string,
): Promise<Result<string[], { code: 'invalid-fields'; index: number; fields: ActionError[] }>> {
  for (const [index, draft] of drafts.entries()) {
    const errors = validateActionDraft(draft, review);
    if (errors.length > 0) return { ok: false, error: { code: 'invalid-fields', index, fields: errors } };
  }
  const now = nowIso();
  const actions = drafts.map((draft) => newAction(review, draft, newId(), today, now));
  await db.planActions.bulkAdd(actions);
  return { ok: true, value: actions.map((action) => action.id) };
}

/** A new status for an action, dated, with a comment. */
export async function setPlanActionStatus(
  db: JalonDb,
  id: string,
  change: { status: ActionStatus; date: string; comment: string },
  today: string,
): Promise<Result<null, { code: 'invalid-fields'; fields: StatusChangeError[] } | { code: 'plan-action-not-found' }>> {
  return db.transaction('rw', db.planActions, async () => {
    const action = await db.planActions.get(id);
    if (!action) return { ok: false as const, error: { code: 'plan-action-not-found' as const } };
    const changed = changeStatus(action, change, today, nowIso());
    if (!changed.ok) return changed;
    await db.planActions.put(changed.value);
    return { ok: true as const, value: null };
  });
}
