import { generateTeam, type GenerateOptions } from '../../../shared/example/generate';
import type { Person } from '../../../shared/people/person';
import type { Review } from '../../../shared/reviews/review';
import { isLocked } from '../../../shared/reviews/basics';
import type { JournalNote } from '../../../shared/journal/note';
import type { PlanAction } from '../../../shared/plan/plan';
import type { JalonDb } from './db';
import { reviewContentHash } from './hash';
import { sealLogEntryFor } from './seal-log';

/** Writes people, their reviews (with summaries), journal notes and plan actions in one transaction: all of it lands, or nothing. */
export async function bulkLoad(
  db: JalonDb,
  people: readonly Person[],
  reviews: readonly Review[],
  journalNotes: readonly JournalNote[] = [],
  planActions: readonly PlanAction[] = [],
): Promise<void> {
  // Finalised reviews carry the hash of their content, computed before the transaction (Web Crypto is not IndexedDB).
  const sealed = await Promise.all(
    reviews.map(async (review) => (review.finalisedAt && !review.contentHash ? { ...review, contentHash: await reviewContentHash(review) } : review)),
  );
  // Each finalised review gets its seal log entry in the same transaction (./seal-log.ts).
  const at = new Date().toISOString();
  const logEntries = await Promise.all(sealed.filter((review) => isLocked(review.status) && review.contentHash).map((review) => sealLogEntryFor(review, 'finalisee', review.finalisedAt ?? at)));
  await db.transaction('rw', [db.people, db.reviews, db.reviewSummaries, db.personSummaries, db.sealLog, db.journalNotes, db.planActions], async () => {
    await db.people.bulkPut([...people]);
    await db.reviews.bulkPut(sealed);
    await db.sealLog.bulkAdd(logEntries);
    if (journalNotes.length > 0) await db.journalNotes.bulkPut([...journalNotes]);
    if (planActions.length > 0) await db.planActions.bulkPut([...planActions]);
  });
}

export const EXAMPLE_OPTIONS = { size: 12, seed: 2026, years: 6, evidenceSentences: 2, notesPerYear: 30 } as const;

/** Fills the database with the clearly-marked example team. */
export async function loadExampleTeam(db: JalonDb, today: string, options: Partial<GenerateOptions> = {}): Promise<number> {
  const team = generateTeam({ ...EXAMPLE_OPTIONS, today, ...options });
  await bulkLoad(db, team.people, team.reviews, team.journalNotes, team.planActions);
  return team.people.length;
}

/** Removes every example person with all their reviews, notes and plan actions, in one transaction; real data is untouched. */
export async function removeExampleTeam(db: JalonDb): Promise<{ people: number; reviews: number }> {
  return db.transaction('rw', [db.people, db.reviews, db.reviewSummaries, db.personSummaries, db.sealLog, db.journalNotes, db.planActions], async () => {
    const ids = (await db.people.toArray()).filter((person) => person.example).map((person) => person.id);
    if (ids.length === 0) return { people: 0, reviews: 0 };
    const reviewIds = await db.reviews.where('personId').anyOf(ids).primaryKeys();
    // The people first: a finalised review may only go together with its person (the lock middleware checks).
    await db.people.bulkDelete(ids);
    await db.reviews.bulkDelete(reviewIds);
    // Their seal log entries go with them (allowed: their people are gone).
    await db.sealLog.where('personId').anyOf(ids).delete();
    await db.journalNotes.where('personId').anyOf(ids).delete();
    await db.planActions.where('personId').anyOf(ids).delete();
    return { people: ids.length, reviews: reviewIds.length };
  });
}
