import type { IsoDate } from '../dates';
import type { EvaluatorProfile } from '../settings';

/**
 * Who evaluated, in what capacity, and when: recorded in the review itself
 * (royal decree of 14 January 2022: the hierarchical superior, or a
 * functional head by delegation), so that a reprint after a change of
 * manager still names the person who wrote the report.
 */
export const EVALUATOR_CAPACITIES = ['superieur-hierarchique', 'chef-fonctionnel'] as const;
export type EvaluatorCapacity = (typeof EVALUATOR_CAPACITIES)[number];

export type ReviewEvaluator = { name: string; role: string; capacity: EvaluatorCapacity };
/** A second evaluator where one took part; empty name = none. */
export type SecondEvaluator = { name: string; role: string };

export const EVALUATOR_FIELD_MAX = 160;

export function isEvaluatorCapacity(value: unknown): value is EvaluatorCapacity {
  return EVALUATOR_CAPACITIES.includes(value as EvaluatorCapacity);
}

/** The evaluator a new review starts with: the one in Paramètres. */
export function evaluatorFromProfile(profile: Pick<EvaluatorProfile, 'evaluatorName' | 'evaluatorRole' | 'evaluatorCapacity'>): ReviewEvaluator {
  return { name: profile.evaluatorName.trim(), role: profile.evaluatorRole.trim(), capacity: profile.evaluatorCapacity };
}

/** The fields a review gets for its evaluator, as a new review takes them. */
export function evaluatorFields(profile: Pick<EvaluatorProfile, 'evaluatorName' | 'evaluatorRole' | 'evaluatorCapacity'>) {
  return {
    evaluator: evaluatorFromProfile(profile),
    secondEvaluator: { name: '', role: '' } as SecondEvaluator,
    interviewDate: null as IsoDate | null,
  };
}

/** Whether the review names its evaluator (a review from before this field existed does not). */
export function hasEvaluator(review: { evaluator?: ReviewEvaluator | undefined }): boolean {
  return (review.evaluator?.name ?? '').trim() !== '';
}
