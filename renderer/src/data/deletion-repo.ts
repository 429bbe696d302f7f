import type { JalonDb } from './db';

export type DeletionSummary = {
  name: string;
  reviews: number;
  locked: number;
  addenda: number;
  audit: number;
  /** Kept with the person (issue 12): entretiens, remediation periods, cycles evaluated outside Jalon. */
  interviews: number;
  remediations: number;
  outside: number;
  /** The observation journal and development plan (issue 16). */
  journalNotes: number;
  planActions: number;
};

/** What deleting a person will remove, to name it before asking. */
export async function deletionSummary(db: JalonDb, personId: string): Promise<DeletionSummary | null> {
  const person = await db.people.get(personId);
  if (!person) return null;
  const reviews = await db.reviews.where('personId').equals(personId).toArray();
  return {
    name: person.name,
    reviews: reviews.length,
    locked: reviews.filter((review) => review.contentHash).length,
    addenda: reviews.reduce((sum, review) => sum + review.addenda.length, 0),
    audit: reviews.reduce((sum, review) => sum + review.audit.length, 0),
    interviews: person.interviews?.length ?? 0,
    remediations: person.remediations?.length ?? 0,
    outside: person.outsideEvaluations?.length ?? 0,
    journalNotes: await db.journalNotes.where('personId').equals(personId).count(),
    planActions: await db.planActions.where('personId').equals(personId).count(),
  };
}

/** Removes a person and every trace of them (reviews with their addenda and audit trail, summaries, seal log entries, journal notes, plan actions), in one transaction. */
export async function deletePersonEverywhere(db: JalonDb, personId: string): Promise<void> {
  await db.transaction('rw', [db.people, db.reviews, db.reviewSummaries, db.personSummaries, db.sealLog, db.journalNotes, db.planActions], async () => {
    // The person first: a finalised review may only go together with its person (the lock middleware checks).
    // Their summaries go with them (./summaries.ts).
    await db.people.delete(personId);
    await db.reviews.where('personId').equals(personId).delete();
    // Their entries in the seal log too: the only deletion the log allows (./review-lock.ts).
    await db.sealLog.where('personId').equals(personId).delete();
    await db.journalNotes.where('personId').equals(personId).delete();
    await db.planActions.where('personId').equals(personId).delete();
  });
}
