import { cycleAt } from '../../../shared/cycles';
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
import type { JalonDb } from './db';
import { newId, nowIso } from './ids';

/** A write to a review that is finalised: refused by the data layer itself, whatever the UI does. */
export class ReviewLockedError extends Error {
  override readonly name = 'ReviewLockedError';
  constructor(readonly reviewId: string) {
    super(`Review ${reviewId} is locked.`);
  }
}

export type StartReviewResult = { ok: true; id: string } | { ok: false; reason: 'unknown-person' | 'unknown-class' };

/**
 * Opens the review of a person's cycle, creating it on first use with a
 * snapshot of the class in force and its expected profile. Last cycle's
 * planned objectives become this bilan's objectives.
 */
export async function startReview(db: JalonDb, personId: string, cycleIndex: number, today: string): Promise<StartReviewResult> {
  return db.transaction('rw', db.people, db.reviews, async () => {
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
  return db.transaction('rw', db.reviews, async () => {
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
    await db.reviews.put(next);
    return next.status;
  });
}

export type StatusChange = { ok: true; status: ReviewStatus } | { ok: false; missing: MissingItem[] } | { ok: false; locked: true };

/** brouillon → prête when nothing is missing; prête → brouillon on request. */
export async function setReadiness(db: JalonDb, id: string, ready: boolean): Promise<StatusChange> {
  return db.transaction('rw', db.reviews, async () => {
    const stored = await db.reviews.get(id);
    if (!stored) throw new Error(`No review ${id}`);
    const result = ready ? markReady(stored, nowIso()) : backToDraft(stored, nowIso());
    if (!result.ok) return result;
    await db.reviews.put(result.review);
    return { ok: true, status: result.review.status };
  });
}
