import type { IsoDate } from '../dates';
import type { CompetencyId } from '../framework';
import { EVALUATOR_FIELD_MAX, type ReviewEvaluator, type SecondEvaluator } from './evaluator';
import {
  TEXT_MAX,
  type BilanObjective,
  type CompetencyRating,
  type ObservedRating,
  type Outcome,
  type PlannedObjective,
  type Review,
} from './review';

/**
 * The edits the review editor makes, as pure functions returning a new
 * review. Texts are kept as typed, only cut at TEXT_MAX.
 */
const clip = (text: string) => (text.length > TEXT_MAX ? text.slice(0, TEXT_MAX) : text);

function withRating(review: Review, id: CompetencyId, change: (rating: CompetencyRating) => CompetencyRating): Review {
  const rating = review.ratings[id] ?? { observed: null, evidence: '' };
  return { ...review, ratings: { ...review.ratings, [id]: change(rating) } };
}

/** Sets the observed level; choosing "non observé" again keeps the reason already typed. */
export function setObserved(review: Review, id: CompetencyId, observed: ObservedRating | null): Review {
  return withRating(review, id, (rating) => {
    if (observed?.kind === 'not-observed' && rating.observed?.kind === 'not-observed' && observed.reason === '') {
      return rating;
    }
    return { ...rating, observed };
  });
}

export function setNotObservedReason(review: Review, id: CompetencyId, reason: string): Review {
  return withRating(review, id, (rating) => ({ ...rating, observed: { kind: 'not-observed', reason: clip(reason) } }));
}

export function setEvidence(review: Review, id: CompetencyId, evidence: string): Review {
  return withRating(review, id, (rating) => ({ ...rating, evidence: clip(evidence) }));
}

export function addObjective(review: Review, id: string): Review {
  return { ...review, objectives: [...review.objectives, { id, description: '', result: null, comment: '' }] };
}

export function updateObjective(review: Review, id: string, change: Partial<Omit<BilanObjective, 'id'>>): Review {
  const clipped = { ...change, ...(change.description !== undefined && { description: clip(change.description) }), ...(change.comment !== undefined && { comment: clip(change.comment) }) };
  return { ...review, objectives: review.objectives.map((objective) => (objective.id === id ? { ...objective, ...clipped } : objective)) };
}

export function removeObjective(review: Review, id: string): Review {
  return { ...review, objectives: review.objectives.filter((objective) => objective.id !== id) };
}

export function addNextObjective(review: Review, id: string): Review {
  return { ...review, nextObjectives: [...review.nextObjectives, { id, description: '', indicator: '', dueDate: '' }] };
}

export function updateNextObjective(review: Review, id: string, change: Partial<Omit<PlannedObjective, 'id'>>): Review {
  const clipped = { ...change, ...(change.description !== undefined && { description: clip(change.description) }), ...(change.indicator !== undefined && { indicator: clip(change.indicator) }) };
  return { ...review, nextObjectives: review.nextObjectives.map((objective) => (objective.id === id ? { ...objective, ...clipped } : objective)) };
}

export function removeNextObjective(review: Review, id: string): Review {
  return { ...review, nextObjectives: review.nextObjectives.filter((objective) => objective.id !== id) };
}

export function setOutcome(review: Review, outcome: Outcome): Review {
  return { ...review, outcome };
}

export function setJustification(review: Review, text: string): Review {
  return { ...review, outcomeJustification: clip(text) };
}

export function setEvaluatorComment(review: Review, text: string): Review {
  return { ...review, evaluatorComment: clip(text) };
}

export function setEvaluator(review: Review, change: Partial<ReviewEvaluator>): Review {
  const current = review.evaluator ?? { name: '', role: '', capacity: 'superieur-hierarchique' as const };
  const next = { ...current, ...change };
  return { ...review, evaluator: { ...next, name: next.name.slice(0, EVALUATOR_FIELD_MAX * 2), role: next.role.slice(0, EVALUATOR_FIELD_MAX * 2) } };
}

export function setSecondEvaluator(review: Review, change: Partial<SecondEvaluator>): Review {
  const next = { ...(review.secondEvaluator ?? { name: '', role: '' }), ...change };
  return { ...review, secondEvaluator: { name: next.name.slice(0, EVALUATOR_FIELD_MAX * 2), role: next.role.slice(0, EVALUATOR_FIELD_MAX * 2) } };
}

/** The interview date, or `null` to clear it; anything but a real date is refused by the caller (the field says why). */
export function setInterviewDate(review: Review, date: IsoDate | null): Review {
  return { ...review, interviewDate: date };
}

export function setNoObjectivesReason(review: Review, text: string): Review {
  return { ...review, noObjectivesReason: clip(text) };
}
