import type { Cycle } from './cycles';
import type { IsoDate } from './dates';
import { expectedProfile, isClassId, type ClassId, type CompetencyId, type ProfileEntry } from './framework';
import { currentClass, type Person } from './people/person';
import { objectivesMet, observedNumber, type ObjectivesMet } from './progression';
import { gapOf, isLocked, type Gap, type Outcome, type Review } from './reviews/review';
import { summarise } from './reviews/summary';
import { nextAction, type NextAction } from './team-dashboard';
import { reviewFacts, teamRow, type TeamStatus } from './team';

/** One competency of a past review: what was expected that year, what was observed, the gap. */
export type PastRatingLine = {
  id: CompetencyId;
  name: string;
  distinctive: boolean;
  expected: number | null;
  /** 0 = below level 1; `null` when not rated or not observed. */
  observed: number | null;
  notObserved: boolean;
  gap: Gap | null;
};


/** The summary of one finished review: ratings against what was expected then, objectives met, the mention. */
export type ReviewDigest = {
  reviewId: string;
  cycleIndex: number;
  cycleStart: IsoDate;
  cycleEnd: IsoDate;
  classId: string;
  status: Review['status'];
  outcome: Outcome;
  lines: PastRatingLine[];
  belowCount: number;
  objectives: ObjectivesMet;
};

/** An objective of the cycle being reviewed: judged in its review's bilan, or as planned the year before. */
export type CycleObjective = { id: string; description: string; result: Review['objectives'][number]['result'] | 'planned' };

export type PersonOverview = {
  classId: ClassId | null;
  /** The expected profile of the current class (empty for a class the framework does not know). */
  profile: ProfileEntry[];
  /** The cycle the manager is working on (the team overview's). */
  cycle: Cycle;
  status: TeamStatus;
  next: NextAction;
  /** The review of that cycle, when started. */
  currentReviewId: string | null;
  /** The latest finalised review of an earlier cycle. */
  lastReview: ReviewDigest | null;
  /** Where the cycle's objectives come from: its own bilan, the previous review's planification, or nowhere yet. */
  objectivesFrom: 'bilan' | 'planned' | 'none';
  objectives: CycleObjective[];
};

/** One review read as a summary: each competency of its own snapshot (expected or rated) against what was expected then. */
export function reviewDigest(review: Review): ReviewDigest {
  const lines = review.profile
    .filter((entry) => entry.expectedLevel !== null || review.ratings[entry.id]?.observed)
    .map((entry): PastRatingLine => {
      const observed = review.ratings[entry.id]?.observed;
      return {
        id: entry.id,
        name: entry.name,
        distinctive: entry.distinctive,
        expected: entry.expectedLevel,
        observed: observedNumber(observed),
        notObserved: observed?.kind === 'not-observed',
        gap: gapOf(entry.expectedLevel, observed),
      };
    });
  return {
    reviewId: review.id,
    cycleIndex: review.cycleIndex,
    cycleStart: review.cycleStart,
    cycleEnd: review.cycleEnd,
    classId: review.classId,
    status: review.status,
    outcome: review.outcome,
    lines,
    belowCount: lines.filter((line) => line.gap?.kind === 'below').length,
    objectives: objectivesMet(review),
  };
}

/**
 * What the person page shows before a cycle meeting (journey 2): the expected
 * profile of the current class, the latest finalised review of an earlier
 * cycle, the objectives of the cycle being reviewed (from its bilan once the
 * review exists, else as planned in the previous review), and the next step,
 * worked out exactly as the team overview does.
 */
export function personOverview(person: Person, reviews: readonly Review[], today: IsoDate): PersonOverview {
  const row = teamRow(
    person,
    reviews.map((review) => reviewFacts(summarise(review))),
    today,
  );
  const classId = currentClass(person);
  const profile = classId && isClassId(classId) ? expectedProfile(classId, { limitedLeadership: person.limitedLeadership }) : [];
  const byCycle = new Map(reviews.map((review) => [review.cycleIndex, review]));
  const current = byCycle.get(row.cycle.index) ?? null;
  const last = reviews
    .filter((review) => review.cycleIndex < row.cycle.index && isLocked(review.status))
    .sort((a, b) => b.cycleIndex - a.cycleIndex)[0];
  const previous = byCycle.get(row.cycle.index - 1);
  let objectivesFrom: PersonOverview['objectivesFrom'] = 'none';
  let objectives: CycleObjective[] = [];
  if (current && current.objectives.length > 0) {
    objectivesFrom = 'bilan';
    objectives = current.objectives.map((objective) => ({ id: objective.id, description: objective.description, result: objective.result }));
  } else if (previous && previous.nextObjectives.length > 0) {
    objectivesFrom = 'planned';
    objectives = previous.nextObjectives.map((objective) => ({ id: objective.id, description: objective.description, result: 'planned' }));
  }
  return {
    classId,
    profile,
    cycle: row.cycle,
    status: row.status,
    next: nextAction(row),
    currentReviewId: current?.id ?? null,
    lastReview: last ? reviewDigest(last) : null,
    objectivesFrom,
    objectives,
  };
}
