import type { IsoDate } from './dates';
import { COMPETENCY_IDS, CURRENT_FRAMEWORK, type CompetencyId } from './framework';
import { isLocked, type ObservedRating, type Review } from './reviews/review';

export type ProgressionPoint = {
  reviewId: string;
  cycleIndex: number;
  cycleStart: IsoDate;
  cycleEnd: IsoDate;
  classId: string;
  status: Review['status'];
  /** The level expected that year (the class then in force), or `null` outside the profile. */
  expected: number | null;
  /** The level observed (0 = below level 1), or `null` when not rated or not observed. */
  observed: number | null;
  notObserved: boolean;
};

export type CompetencyProgression = { id: CompetencyId; name: string; points: ProgressionPoint[] };

/** The observed level as a number on the levels' scale: 0 for "en dessous du niveau 1". */
export function observedNumber(observed: ObservedRating | null | undefined): number | null {
  if (!observed || observed.kind === 'not-observed') return null;
  return observed.kind === 'below' ? 0 : observed.level;
}

/**
 * For each competency, the level observed in every cycle against the level
 * expected that year, read from each review's own snapshot: a class change
 * shows as a step in the expectation, and a review judged against an older
 * framework keeps what it was judged against.
 */
export function progression(reviews: readonly Review[]): CompetencyProgression[] {
  const ordered = [...reviews].sort((a, b) => a.cycleStart.localeCompare(b.cycleStart));
  return COMPETENCY_IDS.map((id) => {
    const name =
      [...ordered].reverse().map((review) => review.profile.find((entry) => entry.id === id)?.name).find(Boolean) ??
      CURRENT_FRAMEWORK.competencies.find((competency) => competency.id === id)!.name;
    return {
      id,
      name,
      points: ordered.map((review) => {
        const entry = review.profile.find((candidate) => candidate.id === id);
        const observed = review.ratings[id]?.observed;
        return {
          reviewId: review.id,
          cycleIndex: review.cycleIndex,
          cycleStart: review.cycleStart,
          cycleEnd: review.cycleEnd,
          classId: review.classId,
          status: review.status,
          expected: entry?.expectedLevel ?? null,
          observed: observedNumber(observed),
          notObserved: observed?.kind === 'not-observed',
        };
      }),
    };
  });
}

export type LevelChange = 'rose' | 'fell' | 'same' | 'unknown';

export type ComparisonLine = { id: CompetencyId; name: string; first: number | null; second: number | null; change: LevelChange };

/** Two reviews side by side: what rose, what fell, what stayed. */
export function compareReviews(first: Review, second: Review): ComparisonLine[] {
  return COMPETENCY_IDS.map((id) => {
    const a = observedNumber(first.ratings[id]?.observed);
    const b = observedNumber(second.ratings[id]?.observed);
    const name = second.profile.find((entry) => entry.id === id)?.name ?? first.profile.find((entry) => entry.id === id)?.name ?? id;
    const change: LevelChange = a === null || b === null ? 'unknown' : b > a ? 'rose' : b < a ? 'fell' : 'same';
    return { id, name, first: a, second: b, change };
  }).filter((line) => line.first !== null || line.second !== null);
}

export type ObjectivesMet = { met: number; partly: number; notMet: number; unjudged: number; total: number };

/** How many objectives of a bilan were met, partly met, not met, or not judged yet. */
export function objectivesMet(review: Pick<Review, 'objectives'>): ObjectivesMet {
  const count = (result: Review['objectives'][number]['result']) => review.objectives.filter((objective) => objective.result === result).length;
  return {
    met: count('atteint'),
    partly: count('partiellement-atteint'),
    notMet: count('non-atteint'),
    unjudged: count(null),
    total: review.objectives.length,
  };
}

/** One cycle's result on the Progression: the objectives met and the mention, with the review's status and class. */
export type CycleResult = {
  reviewId: string;
  cycleIndex: number;
  cycleEnd: IsoDate;
  classId: string;
  status: Review['status'];
  /** A mention is only a result once the review is finalised; before that it is a draft's. */
  final: boolean;
  outcome: Review['outcome'];
  objectives: ObjectivesMet;
};

/** The objectives met and the mention of every review, oldest cycle first. */
export function cycleResults(reviews: readonly Review[]): CycleResult[] {
  return [...reviews]
    .sort((a, b) => a.cycleStart.localeCompare(b.cycleStart))
    .map((review) => ({
      reviewId: review.id,
      cycleIndex: review.cycleIndex,
      cycleEnd: review.cycleEnd,
      classId: review.classId,
      status: review.status,
      final: isLocked(review.status),
      outcome: review.outcome,
      objectives: objectivesMet(review),
    }));
}
