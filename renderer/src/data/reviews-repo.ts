import { cycleAt } from '../../../shared/cycles';
import { evaluatorFromProfile } from '../../../shared/reviews/evaluator';
import { FrameworkError } from '../../../shared/framework';
import {
  backToDraft,
  classForReview,
  isLocked,
  markReady,
  newReview,
  statusAfterEdit,
  type MissingItem,
  type Review,
  type ReviewStatus,
} from '../../../shared/reviews/review';
import { canonicalContent } from '../../../shared/reviews/canonical';
import { acknowledge, addAddendum, close, finalise, handOver, type WorkflowResult } from '../../../shared/reviews/workflow';
import type { JalonDb } from './db';
import { reviewContentHash } from './hash';
import { loadProfile } from './settings-repo';
import { ReviewLockedError } from './review-lock';
import { newId, nowIso } from './ids';

export { ReviewLockedError };

/** Writes a review (its summaries follow, ./summaries.ts). */
async function writeReview(db: JalonDb, review: Review): Promise<void> {
  await db.reviews.put(review);
}

export type StartReviewResult = { ok: true; id: string } | { ok: false; reason: 'unknown-person' | 'unknown-class' };

/**
 * Opens the review of a person's cycle, creating it on first use with a
 * snapshot of the class in force and its expected profile. Last cycle's
 * planned objectives become this bilan's objectives.
 */
export async function startReview(db: JalonDb, personId: string, cycleIndex: number, today: string): Promise<StartReviewResult> {
  return db.transaction('rw', [db.people, db.reviews, db.reviewSummaries, db.personSummaries, db.settings], async () => {
    const existing = await db.reviews.where('[personId+cycleIndex]').equals([personId, cycleIndex]).first();
    if (existing) return { ok: true, id: existing.id };
    const person = await db.people.get(personId);
    if (!person) return { ok: false, reason: 'unknown-person' };
    const cycle = cycleAt(person.cycleStart, cycleIndex);
    const classId = classForReview(person, cycle, today);
    if (!classId) return { ok: false, reason: 'unknown-class' };
    const previous = await db.reviews.where('[personId+cycleIndex]').equals([personId, cycleIndex - 1]).first();
    try {
      const review = newReview({
        id: newId(),
        person,
        cycle,
        classId,
        now: nowIso(),
        carriedObjectives: previous?.nextObjectives.filter((objective) => objective.description.trim() !== ''),
        // The evaluator is recorded in the review from the start, from Paramètres: a later change of manager never rewrites it.
        evaluator: evaluatorFromProfile(await loadProfile(db)),
      });
      await db.reviews.add(review);
      return { ok: true, id: review.id };
    } catch (error) {
      if (error instanceof FrameworkError) return { ok: false, reason: 'unknown-class' };
      throw error;
    }
  });
}

/**
 * Saves the editable content of a review. Refuses a locked review; a "prête"
 * review that the edit leaves incomplete goes back to "brouillon". Returns the
 * status now stored.
 */
export async function saveReviewContent(db: JalonDb, review: Review): Promise<ReviewStatus> {
  return db.transaction('rw', db.reviews, db.reviewSummaries, db.personSummaries, async () => {
    const stored = await db.reviews.get(review.id);
    if (!stored) throw new Error(`No review ${review.id}`);
    if (isLocked(stored.status)) throw new ReviewLockedError(review.id);
    const next: Review = {
      ...review,
      // Identity, snapshot and status are not the editor's to change.
      personId: stored.personId,
      cycleIndex: stored.cycleIndex,
      cycleStart: stored.cycleStart,
      cycleEnd: stored.cycleEnd,
      frameworkVersion: stored.frameworkVersion,
      classId: stored.classId,
      limitedLeadership: stored.limitedLeadership,
      profile: stored.profile,
      createdAt: stored.createdAt,
      status: stored.status,
      updatedAt: nowIso(),
    };
    next.status = statusAfterEdit(next);
    await writeReview(db, next);
    return next.status;
  });
}

export type StatusChange = { ok: true; status: ReviewStatus } | { ok: false; missing: MissingItem[] } | { ok: false; locked: true };

/** brouillon → prête when nothing is missing; prête → brouillon on request. */
export async function setReadiness(db: JalonDb, id: string, ready: boolean): Promise<StatusChange> {
  return db.transaction('rw', db.reviews, db.reviewSummaries, db.personSummaries, async () => {
    const stored = await db.reviews.get(id);
    if (!stored) throw new Error(`No review ${id}`);
    const result = ready ? markReady(stored, nowIso()) : backToDraft(stored, nowIso());
    if (!result.ok) return result;
    await writeReview(db, result.review);
    return { ok: true, status: result.review.status };
  });
}

export type WorkflowChange = WorkflowResult | { ok: false; error: { code: 'not-found' } };

/** Applies a workflow step to the stored review, in one transaction. */
async function applyStep(db: JalonDb, id: string, step: (review: Review) => WorkflowResult | Promise<WorkflowResult>): Promise<WorkflowChange> {
  return db.transaction('rw', db.reviews, db.reviewSummaries, db.personSummaries, async () => {
    const stored = await db.reviews.get(id);
    if (!stored) return { ok: false, error: { code: 'not-found' } };
    const result = await step(stored);
    if (result.ok) await writeReview(db, result.review);
    return result;
  });
}

/** Finalises: the content locks and its SHA-256 is stored. The hash is taken before the transaction (Web Crypto is not IndexedDB). */
export async function finaliseReview(db: JalonDb, id: string): Promise<WorkflowChange> {
  const before = await db.reviews.get(id);
  if (!before) return { ok: false, error: { code: 'not-found' } };
  const hash = await reviewContentHash(before);
  return applyStep(db, id, (stored) =>
    // Content changed between hashing and writing: hash what is stored now, in a second try.
    canonicalContent(stored) === canonicalContent(before) ? finalise(stored, nowIso(), hash) : { ok: false, error: { code: 'wrong-status' } },
  );
}

export const handOverReview = (db: JalonDb, id: string, date: string, today: string) =>
  applyStep(db, id, (stored) => handOver(stored, date, today, nowIso()));

export const acknowledgeReview = (db: JalonDb, id: string, date: string, comment: string, today: string) =>
  applyStep(db, id, (stored) => acknowledge(stored, date, comment, today, nowIso()));

export const closeReview = (db: JalonDb, id: string) => applyStep(db, id, (stored) => close(stored, nowIso()));

export const addReviewAddendum = (db: JalonDb, id: string, addendum: { date: string; reason: string; text: string }) =>
  applyStep(db, id, (stored) => addAddendum(stored, { id: newId(), ...addendum }, nowIso()));

export type IntegrityCheck = { status: 'not-finalised' } | { status: 'intact'; hash: string } | { status: 'mismatch'; stored: string; actual: string };

/** Recomputes the hash of a finalised review and compares it with the one recorded at finalisation. */
export async function verifyReview(db: JalonDb, id: string): Promise<IntegrityCheck> {
  const review = await db.reviews.get(id);
  if (!review || !review.contentHash) return { status: 'not-finalised' };
  const actual = await reviewContentHash(review);
  return actual === review.contentHash ? { status: 'intact', hash: actual } : { status: 'mismatch', stored: review.contentHash, actual };
}
