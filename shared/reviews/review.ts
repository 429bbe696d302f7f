import type { Cycle } from '../cycles';
import type { Result } from '../result';
import type { IsoDate } from '../dates';
import {
  CURRENT_FRAMEWORK,
  expectedProfile,
  type ClassId,
  type ClusterId,
  type CompetencyId,
  type Framework,
} from '../framework';
import { classOn, type Person } from '../people/person';
import type { ReviewEvaluator, SecondEvaluator } from './evaluator';
import type { Seal } from './seal';
import type { ReviewFrameworkTexts } from '../framework/texts';
import type { PlanSnapshotEntry } from '../plan/plan';
import { gapOf, isLocked, type ReviewStatus } from './basics';

export { gapOf, isLocked, MAX_PLANNED_OBJECTIVES, REVIEW_STATUSES, TEXT_MAX, type Gap, type ReviewStatus } from './basics';

export type ObservedRating =
  | { kind: 'level'; level: number }
  /** "En dessous du niveau 1". */
  | { kind: 'below' }
  | { kind: 'not-observed'; reason: string };

export type CompetencyRating = { observed: ObservedRating | null; evidence: string };

/** A competency as the review was judged against it: a copy, never re-read from the framework. */
export type ProfileSnapshotEntry = {
  id: CompetencyId;
  name: string;
  cluster: ClusterId;
  clusterName: string;
  distinctive: boolean;
  /** `null` when the class's profile leaves it out: rating it is optional. */
  expectedLevel: number | null;
  levelTitles: string[];
};

export const OBJECTIVE_RESULTS = ['atteint', 'partiellement-atteint', 'non-atteint'] as const;
export type ObjectiveResult = (typeof OBJECTIVE_RESULTS)[number];

/** An objective of the cycle that ends, judged in the bilan. */
export type BilanObjective = { id: string; description: string; result: ObjectiveResult | null; comment: string };
/** An objective set for the next cycle, in the planification. */
export type PlannedObjective = { id: string; description: string; indicator: string; dueDate: IsoDate | '' };

export type Outcome = 'none' | 'insuffisant';

/** One step of the status flow, with when it was recorded and, for hand-over and acknowledgement, the date it took place. */
export type AuditEntry = { status: ReviewStatus; at: string; date?: IsoDate; note?: string };

/** A correction after finalisation: dated, with its reason; the original stays as it was. */
export type Addendum = { id: string; at: string; date: IsoDate; reason: string; text: string };

export type Review = {
  id: string;
  personId: string;
  cycleIndex: number;
  cycleStart: IsoDate;
  cycleEnd: IsoDate;
  status: ReviewStatus;
  frameworkVersion: string;
  classId: ClassId;
  limitedLeadership: boolean;
  profile: ProfileSnapshotEntry[];
  ratings: Partial<Record<CompetencyId, CompetencyRating>>;
  objectives: BilanObjective[];
  nextObjectives: PlannedObjective[];
  outcome: Outcome;
  outcomeJustification: string;
  evaluatorComment: string;
  /**
   * Who evaluated and in what capacity, recorded in the review (pre-filled from
   * Paramètres, editable until finalisation). Absent from reviews made before
   * it existed: those print "not recorded", never today's Paramètres.
   */
  evaluator?: ReviewEvaluator;
  /** A second evaluator where one took part (empty name = none). */
  secondEvaluator?: SecondEvaluator;
  /** The day of the entretien de cycle d'évaluation. */
  interviewDate?: IsoDate | null;
  /**
   * The framework texts taken from packs for the person's language when the
   * review was started (issue 17): which pack, and its texts, so that removing
   * the pack never rewrites the report. Absent from reviews made before.
   */
  frameworkTexts?: ReviewFrameworkTexts;
  /** Why the bilan has no objective (e.g. a first cycle without planification): required when there is none. */
  noObjectivesReason?: string;
  /**
   * The development plan as it stood when the review was finalised (actions
   * followed up in its cycle and those planned for the next): copied in and
   * sealed with the content. Absent before finalisation and on older reviews.
   */
  developmentPlan?: PlanSnapshotEntry[];
  /** Status changes, oldest first. */
  audit: AuditEntry[];
  /** SHA-256 (hex) of the canonical content, taken at finalisation. */
  contentHash: string | null;
  finalisedAt: string | null;
  /** The day the report was handed to the employee: the appeal period starts the next day. */
  handedOverOn: IsoDate | null;
  /** The day the employee acknowledged receipt (not agreement). */
  acknowledgedOn: IsoDate | null;
  employeeComment: string;
  addenda: Addendum[];
  createdAt: string;
  updatedAt: string;
  /** Finalised with a seal (hash chain of the workflow facts, with HMACs); absent on reviews finalised before it existed. */
  seal?: Seal;
  /**
   * Set when a restore imported this finalised review, on the user's explicit
   * choice, although its seal did not hold (issue 10): « intégrité non
   * vérifiable », shown on the review and in the integrity report. Content,
   * not workflow: once stored it cannot be removed (the lock).
   */
  integrityUnverified?: { at: string; parts: string[] };
};


/** The profile of `classId` as a snapshot to keep inside a review. */
export function profileSnapshot(classId: ClassId, limitedLeadership: boolean, framework: Framework = CURRENT_FRAMEWORK): ProfileSnapshotEntry[] {
  return expectedProfile(classId, { limitedLeadership }, framework).map((entry) => {
    const competency = framework.competencies.find((candidate) => candidate.id === entry.id)!;
    return {
      id: entry.id,
      name: entry.name,
      cluster: entry.cluster,
      clusterName: framework.clusters.find((cluster) => cluster.id === entry.cluster)!.name,
      distinctive: entry.distinctive,
      expectedLevel: entry.expectedLevel,
      levelTitles: competency.levels.map((level) => level.title),
    };
  });
}

/** The class a new review of `cycle` is judged against: the one in force on `today`, or at the cycle's end if that came first. */
export function classForReview(person: Pick<Person, 'classHistory'>, cycle: Cycle, today: IsoDate): ClassId | null {
  const date = today < cycle.end ? today : cycle.end;
  return classOn(person, date) ?? person.classHistory[0]?.classId ?? null;
}

/**
 * A new, empty review of `cycle`, with a snapshot of the framework version,
 * the class in force and its expected profile: later changes to either never
 * rewrite it.
 */
export function newReview(args: {
  id: string;
  person: Pick<Person, 'id' | 'classHistory' | 'limitedLeadership'>;
  cycle: Cycle;
  classId: ClassId;
  now: string;
  carriedObjectives?: readonly PlannedObjective[];
  framework?: Framework;
  /** The evaluator from Paramètres, recorded in the review from the start. */
  evaluator?: ReviewEvaluator;
  /** The pack texts in force for the person's language. */
  frameworkTexts?: ReviewFrameworkTexts;
}): Review {
  const framework = args.framework ?? CURRENT_FRAMEWORK;
  return {
    id: args.id,
    personId: args.person.id,
    cycleIndex: args.cycle.index,
    cycleStart: args.cycle.start,
    cycleEnd: args.cycle.end,
    status: 'brouillon',
    frameworkVersion: framework.version,
    classId: args.classId,
    limitedLeadership: args.person.limitedLeadership,
    profile: profileSnapshot(args.classId, args.person.limitedLeadership, framework),
    ratings: {},
    // Last year's planned objectives are this year's bilan.
    objectives: (args.carriedObjectives ?? []).map((objective) => ({
      id: objective.id,
      description: objective.indicator ? `${objective.description} (indicateur : ${objective.indicator})` : objective.description,
      result: null,
      comment: '',
    })),
    nextObjectives: [],
    outcome: 'none',
    outcomeJustification: '',
    evaluatorComment: '',
    evaluator: args.evaluator ?? { name: '', role: '', capacity: 'superieur-hierarchique' },
    secondEvaluator: { name: '', role: '' },
    interviewDate: null,
    noObjectivesReason: '',
    ...(args.frameworkTexts ? { frameworkTexts: args.frameworkTexts } : {}),
    ...REVIEW_V2_DEFAULTS,
    audit: [{ status: 'brouillon', at: args.now }],
    addenda: [],
    createdAt: args.now,
    updatedAt: args.now,
  };
}


/** Whether a rating is one the competency can take. */
export function isValidRating(entry: Pick<ProfileSnapshotEntry, 'levelTitles'>, observed: ObservedRating): boolean {
  if (observed.kind === 'level') return Number.isInteger(observed.level) && observed.level >= 1 && observed.level <= entry.levelTitles.length;
  return true;
}

export type MissingItem =
  | { code: 'rating-missing'; competencyId: CompetencyId }
  | { code: 'reason-missing'; competencyId: CompetencyId }
  | { code: 'evidence-missing'; competencyId: CompetencyId }
  | { code: 'objective-result-missing'; objectiveId: string }
  | { code: 'objective-description-missing'; objectiveId: string }
  | { code: 'justification-missing' }
  | { code: 'no-objectives-reason-missing' }
  | { code: 'evaluator-missing' };

const blank = (text: string | undefined) => (text ?? '').trim() === '';

/**
 * What stands between a review and "prête", in the order of the page: every
 * competency of the profile rated (or not observed, with a reason), evidence
 * for every rating that differs from the expected level, a result for every
 * objective of the bilan (or, with none, the reason why), a justification for
 * « insuffisant », and the evaluator's name.
 */
export function readyCheck(
  review: Pick<Review, 'profile' | 'ratings' | 'objectives' | 'outcome' | 'outcomeJustification' | 'evaluator' | 'noObjectivesReason'>,
): MissingItem[] {
  const missing: MissingItem[] = [];
  if (blank(review.evaluator?.name)) missing.push({ code: 'evaluator-missing' });
  for (const entry of review.profile) {
    const rating = review.ratings[entry.id];
    const observed = rating?.observed ?? null;
    if (entry.expectedLevel === null) {
      if (observed?.kind === 'not-observed' && blank(observed.reason)) missing.push({ code: 'reason-missing', competencyId: entry.id });
      continue;
    }
    if (!observed) missing.push({ code: 'rating-missing', competencyId: entry.id });
    else if (observed.kind === 'not-observed') {
      if (blank(observed.reason)) missing.push({ code: 'reason-missing', competencyId: entry.id });
    } else if (gapOf(entry.expectedLevel, observed)?.kind !== 'met' && blank(rating?.evidence)) {
      missing.push({ code: 'evidence-missing', competencyId: entry.id });
    }
  }
  if (review.objectives.length === 0 && blank(review.noObjectivesReason)) missing.push({ code: 'no-objectives-reason-missing' });
  for (const objective of review.objectives) {
    if (blank(objective.description)) missing.push({ code: 'objective-description-missing', objectiveId: objective.id });
    if (!objective.result) missing.push({ code: 'objective-result-missing', objectiveId: objective.id });
  }
  if (review.outcome === 'insuffisant' && blank(review.outcomeJustification)) missing.push({ code: 'justification-missing' });
  return missing;
}

export type CompetencyBelow = { id: CompetencyId; name: string; distinctive: boolean; expected: number; observed: number };

/** What the objectives say about the first ground (fewer than half met), never more than their results show. */
export type ObjectivesGround =
  /** The bilan has no objective: this ground cannot be examined. */
  | 'no-objectives'
  /** Fewer than half are met, whatever the results still missing. */
  | 'fewer-than-half'
  /** At least half are met, whatever the results still missing. */
  | 'half-or-more'
  /** It depends on results not given yet. */
  | 'undetermined';

export type OutcomeHints = {
  objectivesTotal: number;
  objectivesJudged: number;
  objectivesMet: number;
  objectivesGround: ObjectivesGround;
  /** Every competency of the profile observed below its expected level (distinctive or not). */
  competenciesBelow: CompetencyBelow[];
  /** Competencies of the profile with no level yet (not rated, or not observed): the data cannot speak for them. */
  competenciesUnrated: number;
  /** Neither ground appears, and every objective and expected competency has been judged. */
  noGround: boolean;
};

/**
 * The rule's hints for the outcome; the decision stays the evaluator's. The
 * grounds for « insuffisant » are fewer than half of the objectives met, or
 * the competencies the job needs not developed: every expected competency
 * below its level is listed, and nothing is claimed that the data does not show.
 */
export function outcomeHints(review: Pick<Review, 'profile' | 'ratings' | 'objectives'>): OutcomeHints {
  const total = review.objectives.length;
  const judged = review.objectives.filter((objective) => objective.result !== null).length;
  const met = review.objectives.filter((objective) => objective.result === 'atteint').length;
  const pending = total - judged;
  const objectivesGround: ObjectivesGround =
    total === 0 ? 'no-objectives' : (met + pending) * 2 < total ? 'fewer-than-half' : met * 2 >= total ? 'half-or-more' : 'undetermined';
  const expected = review.profile.filter((entry) => entry.expectedLevel !== null);
  const competenciesBelow: CompetencyBelow[] = [];
  let competenciesUnrated = 0;
  for (const entry of expected) {
    const observed = review.ratings[entry.id]?.observed;
    const gap = gapOf(entry.expectedLevel, observed);
    if (!gap) competenciesUnrated++;
    else if (gap.kind === 'below') {
      competenciesBelow.push({ id: entry.id, name: entry.name, distinctive: entry.distinctive, expected: entry.expectedLevel!, observed: entry.expectedLevel! + gap.delta });
    }
  }
  return {
    objectivesTotal: total,
    objectivesJudged: judged,
    objectivesMet: met,
    objectivesGround,
    competenciesBelow,
    competenciesUnrated,
    noGround: objectivesGround === 'half-or-more' && pending === 0 && competenciesBelow.length === 0 && competenciesUnrated === 0,
  };
}

/** Competencies of the class's profile first, then those it leaves out (optional). */
export function splitProfile(profile: readonly ProfileSnapshotEntry[]) {
  return {
    expected: profile.filter((entry) => entry.expectedLevel !== null),
    optional: profile.filter((entry) => entry.expectedLevel === null),
  };
}

/** A status change: the review as it becomes, or why not (what is missing, or locked). */
export type TransitionResult = Result<Review, { code: 'missing'; missing: MissingItem[] } | { code: 'review-locked' }>;

/** brouillon → prête, only when nothing is missing. */
export function markReady(review: Review, now: string): TransitionResult {
  if (isLocked(review.status)) return { ok: false, error: { code: 'review-locked' } };
  const missing = readyCheck(review);
  if (missing.length > 0) return { ok: false, error: { code: 'missing', missing } };
  return { ok: true, value: { ...review, status: 'prete', updatedAt: now, audit: [...review.audit, { status: 'prete', at: now }] } };
}

/** prête → brouillon, on the evaluator's word. */
export function backToDraft(review: Review, now: string): TransitionResult {
  if (isLocked(review.status)) return { ok: false, error: { code: 'review-locked' } };
  if (review.status === 'brouillon') return { ok: true, value: review };
  return { ok: true, value: { ...review, status: 'brouillon', updatedAt: now, audit: [...review.audit, { status: 'brouillon', at: now }] } };
}

/** A "prête" review that an edit leaves incomplete goes back to "brouillon" by itself. */
export function statusAfterEdit(review: Review): ReviewStatus {
  return review.status === 'prete' && readyCheck(review).length > 0 ? 'brouillon' : review.status;
}

/** The workflow fields' values in a new review. (An old review read back gets them from shared/records/schema.ts.) */
export const REVIEW_V2_DEFAULTS = {
  audit: [],
  contentHash: null,
  finalisedAt: null,
  handedOverOn: null,
  acknowledgedOn: null,
  employeeComment: '',
  addenda: [],
} as const satisfies Partial<Review>;
