import { addDays, addMonths, parseDateInput, type IsoDate } from '../dates';
import { cycleAt, type Cycle } from '../cycles';
import type { PlannedObjective, Review } from '../reviews/review';
import { isLocked, MAX_PLANNED_OBJECTIVES } from '../reviews/basics';
import { isCleanText } from '../text';
import type { OutsideMention } from '../insufficient';

/**
 * What happens between two entretiens de cycle d'évaluation (royal decree of
 * 14 January 2022): entretiens de fonctionnement (optional, mandatory after a
 * change of work regime or more than 70 days of absence; they may adjust the
 * objectives), the first planification of a new member of staff, and the
 * remediation period after a finalised « insuffisant » (6 to 12 months, at
 * least 60 days worked, objectives agreed in writing, then a follow-up
 * evaluation). Kept with the person, like the class history.
 */

export const INTERVIEW_KINDS = ['fonctionnement', 'planification'] as const;
export type InterviewKind = (typeof INTERVIEW_KINDS)[number];
export const INTERVIEW_REASONS = ['libre', 'changement-regime', 'retour-absence'] as const;
export type InterviewReason = (typeof INTERVIEW_REASONS)[number];

/** Absence beyond which an entretien de fonctionnement is mandatory on return; Jalon states it, it does not count absences. */
export const LONG_ABSENCE_DAYS = 70;
/** A remediation period lasts 6 to 12 months… */
export const REMEDIATION_MIN_MONTHS = 6;
export const REMEDIATION_MAX_MONTHS = 12;
/** …with at least this many days worked (stated, not counted). */
export const REMEDIATION_DAYS_WORKED = 60;
export const INTERIM_TEXT_MAX = 20_000;
const OBJECTIVE_MAX = 2000;

export type InterimObjective = { id: string; description: string };

export type Interview = {
  id: string;
  kind: InterviewKind;
  date: IsoDate;
  /** Why an entretien de fonctionnement took place; `null` for the first planification. */
  reason: InterviewReason | null;
  notes: string;
  /** Objectives set (first planification) or adjusted (entretien de fonctionnement); empty when unchanged. */
  objectives: InterimObjective[];
  recordedAt: string;
};

export const FOLLOW_UP_RESULTS = ['satisfaisant', 'insuffisant'] as const;
export type FollowUpResult = (typeof FOLLOW_UP_RESULTS)[number];

export type Remediation = {
  id: string;
  /** The finalised review with the mention « insuffisant » that opened it. */
  reviewId: string;
  start: IsoDate;
  end: IsoDate;
  /** The day the objectives were agreed in writing. */
  agreementDate: IsoDate;
  objectives: InterimObjective[];
  /** The follow-up evaluation at the end of the period, with its own report. */
  followUp: { date: IsoDate; result: FollowUpResult; report: string; recordedAt: string } | null;
  recordedAt: string;
};

type HasInterim = { cycleStart: IsoDate; interviews?: readonly Interview[]; remediations?: readonly Remediation[] };

/** One objective per non-empty line. */
export function objectivesFromLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export type InterimErrorCode =
  | 'invalid-date'
  | 'date-in-future'
  | 'before-first-cycle'
  | 'planification-exists'
  | 'planification-outside-first-cycle'
  | 'reason-required'
  | 'objectives-required'
  | 'too-many-objectives'
  | 'too-long'
  | 'invalid-characters'
  | 'not-insufficient'
  | 'remediation-exists'
  | 'start-before-finalisation'
  | 'end-out-of-range'
  | 'agreement-out-of-range'
  | 'follow-up-before-start'
  | 'follow-up-exists'
  | 'result-required'
  | 'report-required';
export type InterimError<F extends string> = { field: F; code: InterimErrorCode };

function checkText(text: string, max: number): InterimErrorCode | null {
  if (text.length > max) return 'too-long';
  if (!isCleanText(text)) return 'invalid-characters';
  return null;
}

function checkObjectives(lines: readonly string[], required: boolean): InterimErrorCode | null {
  if (required && lines.length === 0) return 'objectives-required';
  if (lines.length > MAX_PLANNED_OBJECTIVES) return 'too-many-objectives';
  for (const line of lines) {
    const problem = checkText(line, OBJECTIVE_MAX);
    if (problem) return problem;
  }
  return null;
}

export type InterviewDraft = { kind: string; date: string; reason: string; notes: string; objectives: string };
export type InterviewField = 'kind' | 'date' | 'reason' | 'notes' | 'objectives';

/**
 * Checks an interview: a real day, not after today, from the first cycle on;
 * an entretien de fonctionnement has its reason; the first planification is
 * held once, within the first cycle, and sets at least one objective; at most
 * ten objectives.
 */
export function validateInterview(person: HasInterim, draft: InterviewDraft, today: IsoDate): InterimError<InterviewField>[] {
  const errors: InterimError<InterviewField>[] = [];
  const date = parseDateInput(draft.date);
  const first = cycleAt(person.cycleStart, 0);
  const planification = draft.kind === 'planification';
  if (date === null) errors.push({ field: 'date', code: 'invalid-date' });
  else if (date > today) errors.push({ field: 'date', code: 'date-in-future' });
  else if (planification && (date < first.start || date > first.end)) errors.push({ field: 'date', code: 'planification-outside-first-cycle' });
  else if (date < first.start) errors.push({ field: 'date', code: 'before-first-cycle' });
  if (planification && (person.interviews ?? []).some((interview) => interview.kind === 'planification')) errors.push({ field: 'kind', code: 'planification-exists' });
  if (!planification && !(INTERVIEW_REASONS as readonly string[]).includes(draft.reason)) errors.push({ field: 'reason', code: 'reason-required' });
  const notes = checkText(draft.notes, INTERIM_TEXT_MAX);
  if (notes) errors.push({ field: 'notes', code: notes });
  const objectives = checkObjectives(objectivesFromLines(draft.objectives), planification);
  if (objectives) errors.push({ field: 'objectives', code: objectives });
  return errors;
}

const withIds = (lines: readonly string[], newId: () => string): InterimObjective[] => lines.map((description) => ({ id: newId(), description }));

/** The stored interview of a checked draft. */
export function interviewFrom(draft: InterviewDraft, newId: () => string, now: string): Interview {
  const planification = draft.kind === 'planification';
  return {
    id: newId(),
    kind: planification ? 'planification' : 'fonctionnement',
    date: parseDateInput(draft.date)!,
    reason: planification ? null : (draft.reason as InterviewReason),
    notes: draft.notes.trim(),
    objectives: withIds(objectivesFromLines(draft.objectives), newId),
    recordedAt: now,
  };
}

/** The person's interviews, oldest first, each with the cycle it falls in. */
export function interviewHistory(person: HasInterim): (Interview & { cycle: Cycle })[] {
  return [...(person.interviews ?? [])]
    .sort((a, b) => a.date.localeCompare(b.date) || a.recordedAt.localeCompare(b.recordedAt))
    .map((interview) => {
      let index = Math.max(0, Number(interview.date.slice(0, 4)) - Number(person.cycleStart.slice(0, 4)) + 1);
      while (index > 0 && cycleAt(person.cycleStart, index).start > interview.date) index--;
      return { ...interview, cycle: cycleAt(person.cycleStart, index) };
    });
}

/**
 * The objectives a new review of `cycle` starts its bilan with: the latest
 * set during the cycle (an entretien de fonctionnement that adjusted them, or
 * the first planification), else those the previous review planned.
 */
export function objectivesForCycle(person: HasInterim, cycle: Cycle, previous: Pick<Review, 'nextObjectives'> | undefined): PlannedObjective[] {
  const during = interviewHistory(person).filter((interview) => interview.cycle.index === cycle.index && interview.objectives.length > 0);
  const latest = during.at(-1);
  if (latest) return latest.objectives.map((objective) => ({ id: objective.id, description: objective.description, indicator: '', dueDate: '' }));
  return (previous?.nextObjectives ?? []).filter((objective) => objective.description.trim() !== '');
}

/** Whether a review opened a remediation: finalised (or later) with the mention « insuffisant ». */
export function opensRemediation(review: Pick<Review, 'status' | 'outcome' | 'finalisedAt'>): boolean {
  return review.outcome === 'insuffisant' && review.finalisedAt !== null && isLocked(review.status);
}

/** The latest end a remediation starting on `start` may have (12 months), and the earliest (6 months). */
export function remediationEndRange(start: IsoDate): { earliest: IsoDate; latest: IsoDate } {
  return { earliest: addDays(addMonths(start, REMEDIATION_MIN_MONTHS), -1), latest: addDays(addMonths(start, REMEDIATION_MAX_MONTHS), -1) };
}

export type RemediationDraft = { start: string; end: string; agreementDate: string; objectives: string };
export type RemediationField = 'review' | 'start' | 'end' | 'agreementDate' | 'objectives';

/**
 * Checks a remediation period: after a finalised « insuffisant », one per
 * review, starting on or after the finalisation, ending 6 to 12 months later
 * (the day before the 6th or 12th monthly anniversary at the extremes),
 * objectives agreed in writing on a day between the finalisation and the end.
 */
export function validateRemediation(
  person: HasInterim,
  review: Pick<Review, 'id' | 'status' | 'outcome' | 'finalisedAt'>,
  draft: RemediationDraft,
): InterimError<RemediationField>[] {
  const errors: InterimError<RemediationField>[] = [];
  if (!opensRemediation(review)) errors.push({ field: 'review', code: 'not-insufficient' });
  else if ((person.remediations ?? []).some((remediation) => remediation.reviewId === review.id)) errors.push({ field: 'review', code: 'remediation-exists' });
  const finalised = review.finalisedAt?.slice(0, 10) ?? null;
  const start = parseDateInput(draft.start);
  const end = parseDateInput(draft.end);
  const agreement = parseDateInput(draft.agreementDate);
  if (start === null) errors.push({ field: 'start', code: 'invalid-date' });
  else if (finalised && start < finalised) errors.push({ field: 'start', code: 'start-before-finalisation' });
  if (end === null) errors.push({ field: 'end', code: 'invalid-date' });
  else if (start !== null) {
    const range = remediationEndRange(start);
    if (end < range.earliest || end > range.latest) errors.push({ field: 'end', code: 'end-out-of-range' });
  }
  if (agreement === null) errors.push({ field: 'agreementDate', code: 'invalid-date' });
  else if ((finalised && agreement < finalised) || (end !== null && agreement > end)) errors.push({ field: 'agreementDate', code: 'agreement-out-of-range' });
  const objectives = checkObjectives(objectivesFromLines(draft.objectives), true);
  if (objectives) errors.push({ field: 'objectives', code: objectives });
  return errors;
}

export function remediationFrom(reviewId: string, draft: RemediationDraft, newId: () => string, now: string): Remediation {
  return {
    id: newId(),
    reviewId,
    start: parseDateInput(draft.start)!,
    end: parseDateInput(draft.end)!,
    agreementDate: parseDateInput(draft.agreementDate)!,
    objectives: withIds(objectivesFromLines(draft.objectives), newId),
    followUp: null,
    recordedAt: now,
  };
}

export type FollowUpDraft = { date: string; result: string; report: string };
export type FollowUpField = 'date' | 'result' | 'report';

/** Checks the follow-up evaluation: once, on a real day from the period's start to today, with its result and its report. */
export function validateFollowUp(remediation: Remediation, draft: FollowUpDraft, today: IsoDate): InterimError<FollowUpField>[] {
  const errors: InterimError<FollowUpField>[] = [];
  const date = parseDateInput(draft.date);
  if (remediation.followUp) errors.push({ field: 'date', code: 'follow-up-exists' });
  else if (date === null) errors.push({ field: 'date', code: 'invalid-date' });
  else if (date < remediation.start) errors.push({ field: 'date', code: 'follow-up-before-start' });
  else if (date > today) errors.push({ field: 'date', code: 'date-in-future' });
  if (!(FOLLOW_UP_RESULTS as readonly string[]).includes(draft.result)) errors.push({ field: 'result', code: 'result-required' });
  if (draft.report.trim() === '') errors.push({ field: 'report', code: 'report-required' });
  else {
    const problem = checkText(draft.report, INTERIM_TEXT_MAX);
    if (problem) errors.push({ field: 'report', code: problem });
  }
  return errors;
}

/** The stored follow-up of a checked draft. */
export function followUpFrom(draft: FollowUpDraft, now: string): NonNullable<Remediation['followUp']> {
  return { date: parseDateInput(draft.date)!, result: draft.result as FollowUpResult, report: draft.report.trim(), recordedAt: now };
}

/** The finalised « insuffisant » reviews that have no remediation recorded yet. */
export function remediationsToOrganise(person: HasInterim, reviews: readonly Review[]): Review[] {
  const done = new Set((person.remediations ?? []).map((remediation) => remediation.reviewId));
  return reviews.filter((review) => opensRemediation(review) && !done.has(review.id)).sort((a, b) => a.cycleIndex - b.cycleIndex);
}

/**
 * The follow-up evaluations that closed a remediation period with
 * « insuffisant »: each is a mention of its own, counted from its date in the
 * four-year window (`shared/insufficient.ts`).
 */
export function followUpMentions(person: { remediations?: readonly Remediation[] }): OutsideMention[] {
  return (person.remediations ?? []).flatMap((remediation) =>
    remediation.followUp ? [{ id: remediation.id, date: remediation.followUp.date, insufficient: remediation.followUp.result === 'insuffisant', source: 'follow-up' as const }] : [],
  );
}
