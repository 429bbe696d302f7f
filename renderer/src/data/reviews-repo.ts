import { cycleAt } from '../../../shared/cycles';
import { objectivesForCycle } from '../../../shared/people/interim';
import { evaluatorFromProfile } from '../../../shared/reviews/evaluator';
import { CURRENT_FRAMEWORK, FrameworkError } from '../../../shared/framework';
import { reviewTextsSnapshot } from '../../../shared/framework/texts';
import {
  backToDraft,
  classForReview,
  isLocked,
  markReady,
  newReview,
  statusAfterEdit,
  type Addendum,
  type Review,
  type ReviewStatus,
  type TransitionResult,
} from '../../../shared/reviews/review';
import { frozenContent } from '../../../shared/reviews/locked-change';
import { actionsOfReview, planSnapshot } from '../../../shared/plan/plan';
import type { SealKind } from '../../../shared/reviews/seal';
import { acknowledge, addAddendum, close, finalise, handOver, type WorkflowResult } from '../../../shared/reviews/workflow';
import { fail, ok, type AppError, type Result } from '../../../shared/result';
import type { JalonDb } from './db';
import { loadProfile } from './settings-repo';
import { listPacks } from './framework-packs-repo';
import { checkReviewSeal, sealedContentHash, withSealEntry, type IntegrityCheck } from './seal';
import { sealLogEntryFor } from './seal-log';
import { ReviewLockedError } from './review-lock';
import { newId, nowIso } from './ids';

export { ReviewLockedError };

/** Writes a review (its summaries follow, ./summaries.ts). */
async function writeReview(db: JalonDb, review: Review): Promise<void> {
  await db.reviews.put(review);
}

/** The id of the review opened (or created), or why it could not be. */
export type StartReviewResult = Result<string, { code: 'unknown-person' | 'unknown-class' }>;

/**
 * Opens the review of a person's cycle, creating it on first use with a
 * snapshot of the class in force and its expected profile. Last cycle's
 * planned objectives become this bilan's objectives.
 */
export async function startReview(db: JalonDb, personId: string, cycleIndex: number, today: string): Promise<StartReviewResult> {
  return db.transaction('rw', [db.people, db.reviews, db.reviewSummaries, db.personSummaries, db.settings], async () => {
    const existing = await db.reviews.where('[personId+cycleIndex]').equals([personId, cycleIndex]).first();
    if (existing) return { ok: true, value: existing.id };
    const person = await db.people.get(personId);
    if (!person) return { ok: false, error: { code: 'unknown-person' } };
    const cycle = cycleAt(person.cycleStart, cycleIndex);
    const classId = classForReview(person, cycle, today);
    if (!classId) return { ok: false, error: { code: 'unknown-class' } };
    const previous = await db.reviews.where('[personId+cycleIndex]').equals([personId, cycleIndex - 1]).first();
    try {
      const review = newReview({
        id: newId(),
        person,
        cycle,
        classId,
        now: nowIso(),
        // The objectives last set during the cycle (first planification, an entretien de fonctionnement), else last cycle's planification.
        carriedObjectives: objectivesForCycle(person, cycle, previous),
        // The evaluator is recorded in the review from the start, from Paramètres: a later change of manager never rewrites it.
        evaluator: evaluatorFromProfile(await loadProfile(db)),
        // The pack texts in force for the person's language are recorded too (issue 17).
        frameworkTexts: reviewTextsSnapshot(person.language, await listPacks(db), CURRENT_FRAMEWORK),
      });
      await db.reviews.add(review);
      return { ok: true, value: review.id };
    } catch (error) {
      if (error instanceof FrameworkError) return { ok: false, error: { code: 'unknown-class' } };
      throw error;
    }
  });
}

/**
 * Saves the editable content of a review. Refuses a locked review (finalised
 * meanwhile, in another window or by a restore) and one that is gone, writing
 * nothing; a "prête" review that the edit leaves incomplete goes back to
 * "brouillon". Returns the status now stored.
 */
export async function saveReviewContent(db: JalonDb, review: Review): Promise<Result<ReviewStatus, AppError<'review-locked' | 'review-not-found'>>> {
  return db.transaction('rw', db.reviews, db.reviewSummaries, db.personSummaries, async () => {
    const stored = await db.reviews.get(review.id);
    if (!stored) return fail({ code: 'review-not-found' as const });
    if (isLocked(stored.status)) return fail({ code: 'review-locked' as const });
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
    return ok(next.status);
  });
}

/** The status now stored, or why it did not change. */
export type StatusChange = Result<ReviewStatus, Extract<TransitionResult, { ok: false }>['error']>;

/** brouillon → prête when nothing is missing; prête → brouillon on request. */
export async function setReadiness(db: JalonDb, id: string, ready: boolean): Promise<StatusChange> {
  return db.transaction('rw', db.reviews, db.reviewSummaries, db.personSummaries, async () => {
    const stored = await db.reviews.get(id);
    if (!stored) throw new Error(`No review ${id}`);
    const result = ready ? markReady(stored, nowIso()) : backToDraft(stored, nowIso());
    if (!result.ok) return result;
    await writeReview(db, result.value);
    return { ok: true, value: result.value.status };
  });
}

export type WorkflowChange = WorkflowResult | { ok: false; error: { code: 'review-not-found' } };

/**
 * A workflow step on a finalised review, sealed: the step is applied to the
 * stored review, its facts appended to the seal chain (hash and HMAC, taken
 * outside the transaction: Web Crypto is not IndexedDB), then written if the
 * review has not changed meanwhile (else tried again on what is stored).
 */
async function sealedStep(
  db: JalonDb,
  id: string,
  step: (review: Review) => WorkflowResult,
  kind: (before: Review, after: Review) => { kind: SealKind; addendum?: Addendum } | null,
  logged = false,
): Promise<WorkflowChange> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const before = await db.reviews.get(id);
    if (!before) return { ok: false, error: { code: 'review-not-found' } };
    const result = step(before);
    if (!result.ok) return result;
    const entry = kind(before, result.value);
    const next = entry ? await withSealEntry(result.value, entry.kind, entry.addendum) : result.value;
    // The finalisation's entry in the seal log, written in the same transaction as the review (./seal-log.ts).
    const logEntry = logged ? await sealLogEntryFor(next, 'finalisee', next.finalisedAt ?? next.updatedAt) : null;
    const written = await db.transaction('rw', db.reviews, db.reviewSummaries, db.personSummaries, db.sealLog, async () => {
      const stored = await db.reviews.get(id);
      if (!stored || stored.updatedAt !== before.updatedAt || stored.status !== before.status) return false;
      await writeReview(db, next);
      if (logEntry) await db.sealLog.add(logEntry);
      return true;
    });
    if (written) return { ok: true, value: next };
  }
  return { ok: false, error: { code: 'wrong-status' } };
}

/** Reviews finalised before seals existed get no chain: their steps are recorded as before. */
const chainedStep = (kind: SealKind) => (before: Review) => (before.seal ? { kind } : null);

/** Finalises: the content locks, its SHA-256 is stored, the seal chain starts and the seal log gets its entry. */
export async function finaliseReview(db: JalonDb, id: string): Promise<WorkflowChange> {
  const found = await db.reviews.get(id);
  if (!found) return { ok: false, error: { code: 'review-not-found' } };
  // The development plan as it stands (followed in this cycle, planned for the next) is copied in and sealed with the content (issue 16).
  const { followed, planned } = actionsOfReview(await db.planActions.where('personId').equals(found.personId).toArray(), found);
  const plan = planSnapshot([...followed, ...planned]);
  const before = plan.length > 0 ? { ...found, developmentPlan: plan } : found;
  const hash = await sealedContentHash(before);
  return sealedStep(
    db,
    id,
    // Content changed between hashing and writing: refused (the user finalises again).
    (stored) =>
      frozenContent(stored) === frozenContent(found)
        ? finalise(plan.length > 0 ? { ...stored, developmentPlan: plan } : stored, nowIso(), hash)
        : { ok: false, error: { code: 'wrong-status' } },
    () => ({ kind: 'finalisee' }),
    true,
  );
}

export const handOverReview = (db: JalonDb, id: string, date: string, today: string) =>
  sealedStep(db, id, (stored) => handOver(stored, date, today, nowIso()), chainedStep('remise'));

export const acknowledgeReview = (db: JalonDb, id: string, date: string, comment: string, today: string) =>
  sealedStep(db, id, (stored) => acknowledge(stored, date, comment, today, nowIso()), chainedStep('signee'));

export const closeReview = (db: JalonDb, id: string) => sealedStep(db, id, (stored) => close(stored, nowIso()), chainedStep('cloturee'));

export const addReviewAddendum = (db: JalonDb, id: string, addendum: { date: string; reason: string; text: string }) =>
  sealedStep(
    db,
    id,
    (stored) => addAddendum(stored, { id: newId(), ...addendum }, nowIso()),
    (before, after) => (before.seal ? { kind: 'addendum', addendum: after.addenda.at(-1)! } : null),
  );

export type { IntegrityCheck };

/** Checks a finalised review against its seal (content, chain, workflow facts); says which parts changed. */
export async function verifyReview(db: JalonDb, id: string): Promise<IntegrityCheck> {
  const review = await db.reviews.get(id);
  if (!review) return { status: 'not-finalised' };
  return checkReviewSeal(review);
}
