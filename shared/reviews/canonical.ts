import type { Review } from './review';

/** The fields that make up what was judged: what the hash seals and the lock protects. */
const CONTENT_FIELDS = [
  'id',
  'personId',
  'cycleIndex',
  'cycleStart',
  'cycleEnd',
  'frameworkVersion',
  'classId',
  'limitedLeadership',
  'profile',
  'ratings',
  'objectives',
  'nextObjectives',
  'outcome',
  'outcomeJustification',
  'evaluatorComment',
  // Absent from reviews made before they existed: `stable` drops undefined keys, so their hash is unchanged.
  'evaluator',
  'secondEvaluator',
  'interviewDate',
  'noObjectivesReason',
  'developmentPlan',
] as const satisfies readonly (keyof Review)[];

function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .map((key) => [key, stable((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/**
 * The review's content as one string that does not depend on key order or
 * on workflow fields (status, dates, addenda): the same content always gives
 * the same text, and so the same hash.
 */
export function canonicalContent(review: Pick<Review, (typeof CONTENT_FIELDS)[number]>): string {
  const content = Object.fromEntries(CONTENT_FIELDS.map((field) => [field, review[field]]));
  return JSON.stringify(stable({ format: 'jalon-review-content', version: 1, ...content }));
}
