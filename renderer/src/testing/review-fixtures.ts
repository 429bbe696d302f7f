import type { PersonDraft } from '../../../shared/people/person';
import type { JalonDb } from '../data/db';
import { createPerson } from '../data/people-repo';
import { finaliseReview, saveReviewContent, startReview } from '../data/reviews-repo';

/** The unit tests' case handler: class C since 2020, first cycle from 1 January 2024. */
export const MARIE: PersonDraft = {
  name: 'Marie Dupont',
  staffNumber: 'AB123',
  classId: 'C',
  classFrom: '2020-01-01',
  employment: 'statutaire',
  limitedLeadership: false,
  service: '',
  notes: '',
  cycleStart: '2024-01-01',
};

/** Adds {@link MARIE}; her id. */
export async function addMarie(db: JalonDb): Promise<string> {
  const created = await createPerson(db, MARIE);
  if (!created.ok) throw new Error(`no person: ${created.error.code}`);
  return created.value;
}

/** Opens the review of a cycle (its bilan written on 15 December of the cycle's year); its id. */
export async function openCycle(db: JalonDb, personId: string, cycleIndex: number): Promise<string> {
  const started = await startReview(db, personId, cycleIndex, `${2024 + cycleIndex}-12-15`);
  if (!started.ok) throw new Error(`no review: ${started.error.code}`);
  return started.value;
}

/** Fills in what finalising needs: every expected competency rated at its level with evidence, the evaluator, why there were no objectives. */
export async function completeReview(db: JalonDb, reviewId: string): Promise<void> {
  const review = (await db.reviews.get(reviewId))!;
  for (const entry of review.profile) {
    if (entry.expectedLevel !== null) review.ratings[entry.id] = { observed: { kind: 'level', level: entry.expectedLevel }, evidence: 'Vu.' };
  }
  review.evaluator = { name: 'Sophie Lemaire', role: 'Cheffe de service', capacity: 'superieur-hierarchique' };
  review.noObjectivesReason = 'Premier cycle.';
  const saved = await saveReviewContent(db, review);
  if (!saved.ok) throw new Error(`not saved: ${saved.error.code}`);
}

/** A cycle's review, complete and finalised; its id. */
export async function finalisedReview(db: JalonDb, personId: string, cycleIndex: number): Promise<string> {
  const id = await openCycle(db, personId, cycleIndex);
  await completeReview(db, id);
  const finalised = await finaliseReview(db, id);
  if (!finalised.ok) throw new Error(`not finalised: ${finalised.error.code}`);
  return id;
}
