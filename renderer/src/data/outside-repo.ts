import { outsideEvaluationFrom, validateOutsideEvaluation, type OutsideDraft, type OutsideError } from '../../../shared/people/outside';
import { isLocked } from '../../../shared/reviews/basics';
import type { Result } from '../../../shared/result';
import type { JalonDb } from './db';
import { newId, nowIso } from './ids';

/** The new entry's id, or the fields to correct, or the person no longer there. */
export type OutsideSaveResult = Result<string, { code: 'invalid-fields'; fields: OutsideError[] } | { code: 'person-not-found' }>;

/**
 * Marks a past cycle « évalué hors Jalon » (adopting existing staff): checked
 * against the person's other records and finalised reviews, and written in
 * the same transaction.
 */
export async function addOutsideEvaluation(db: JalonDb, personId: string, draft: OutsideDraft, today: string): Promise<OutsideSaveResult> {
  return db.transaction('rw', db.people, db.reviews, async () => {
    const person = await db.people.get(personId);
    if (!person) return { ok: false, error: { code: 'person-not-found' } };
    const reviews = await db.reviews.where('personId').equals(personId).toArray();
    const lockedCycles = reviews.filter((review) => isLocked(review.status)).map((review) => review.cycleIndex);
    const errors = validateOutsideEvaluation(person, draft, { today, lockedCycles });
    if (errors.length > 0) return { ok: false, error: { code: 'invalid-fields', fields: errors } };
    const now = nowIso();
    const entry = outsideEvaluationFrom(draft, newId(), now);
    await db.people.update(personId, { outsideEvaluations: [...(person.outsideEvaluations ?? []), entry], updatedAt: now });
    return { ok: true, value: entry.id };
  });
}

/** Removes a cycle recorded outside Jalon (a mistake in the record): the cycle is to review again. */
export async function removeOutsideEvaluation(db: JalonDb, personId: string, entryId: string): Promise<void> {
  await db.transaction('rw', db.people, async () => {
    const person = await db.people.get(personId);
    if (!person) return;
    await db.people.update(personId, { outsideEvaluations: (person.outsideEvaluations ?? []).filter((entry) => entry.id !== entryId), updatedAt: nowIso() });
  });
}
