import type { CompetencyId } from '../framework';
import type { Outcome, Review } from './review';
import { gapOf, isLocked, type ReviewStatus } from './basics';

/** A competency's gap in a summary: the difference to the expected level, or 'n' when not observed. */
export type GapValue = number | 'n';

/**
 * The few fields of a review that lists, the team overview and the heat map
 * need, kept in a table of their own so that no screen has to load every
 * review with its evidence.
 */
export type ReviewSummary = {
  id: string;
  personId: string;
  cycleIndex: number;
  cycleStart: string;
  cycleEnd: string;
  status: ReviewStatus;
  classId: string;
  frameworkVersion: string;
  outcome: Outcome;
  finalisedAt: string | null;
  updatedAt: string;
  /** Competencies of the profile observed below their expected level. */
  belowCount: number;
  /** Per competency of the profile that was rated. */
  gaps: Partial<Record<CompetencyId, GapValue>>;
};

export function summarise(review: Review): ReviewSummary {
  const gaps: Partial<Record<CompetencyId, GapValue>> = {};
  let belowCount = 0;
  for (const entry of review.profile) {
    const observed = review.ratings[entry.id]?.observed;
    if (entry.expectedLevel === null || !observed) continue;
    if (observed.kind === 'not-observed') {
      gaps[entry.id] = 'n';
      continue;
    }
    const gap = gapOf(entry.expectedLevel, observed);
    if (!gap) continue;
    gaps[entry.id] = gap.delta;
    if (gap.kind === 'below') belowCount++;
  }
  return {
    id: review.id,
    personId: review.personId,
    cycleIndex: review.cycleIndex,
    cycleStart: review.cycleStart,
    cycleEnd: review.cycleEnd,
    status: review.status,
    classId: review.classId,
    frameworkVersion: review.frameworkVersion,
    outcome: review.outcome,
    finalisedAt: review.finalisedAt ?? null,
    updatedAt: review.updatedAt,
    belowCount,
    gaps,
  };
}

export function isFinalisedSummary(summary: Pick<ReviewSummary, 'status'>): boolean {
  return isLocked(summary.status);
}
