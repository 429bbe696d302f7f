import { isIsoDate, type IsoDate } from '../dates';
import type { CompetencyId } from '../framework';
import type { Review } from '../reviews/review';
import { gapOf, isLocked } from '../reviews/basics';
import { isCleanText } from '../text';
import type { Result } from '../result';

/** The kinds of development action the issue names. */
export const ACTION_TYPES = ['formation', 'accompagnement', 'mentorat', 'mise-en-situation', 'lecture', 'autre'] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

/** prévue → en cours → faite, or abandonnée. */
export const ACTION_STATUSES = ['prevue', 'en-cours', 'faite', 'abandonnee'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** One status change, dated, with what the manager had to say. */
export type ActionStatusEntry = { status: ActionStatus; date: IsoDate; comment: string; at: string };

/**
 * One action of a person's development plan. It comes from a review's gaps
 * (`sourceReviewId`) and is carried out during the next cycle (`cycleIndex`),
 * where it is followed up and shown beside the ratings.
 */
export type PlanAction = {
  id: string;
  personId: string;
  sourceReviewId: string;
  /** The cycle the action is carried out in: the one after its source review's. */
  cycleIndex: number;
  competencyId: CompetencyId;
  /** The competency's name as the source review knew it (a snapshot, like the review's profile). */
  competencyName: string;
  type: ActionType;
  description: string;
  /** Who supports it (a colleague, a trainer, a service). */
  support: string;
  dueDate: IsoDate | '';
  status: ActionStatus;
  /** Every status given, oldest first; the last one is `status`. */
  history: ActionStatusEntry[];
  example: boolean;
  createdAt: string;
  updatedAt: string;
};

export const ACTION_TEXT_MAX = 4000;

/** Whether a plan can be drawn from a review: once it is ready or finalised. */
export function canPlanFrom(review: Pick<Review, 'status'>): boolean {
  return review.status === 'prete' || isLocked(review.status);
}

export type PlanCandidate = { competencyId: CompetencyId; name: string; expected: number | null; observed: number | null; below: boolean };

/**
 * The competencies of a review a plan may address: those below their expected
 * level first (proposed), then every other one of the profile (the manager may
 * choose any).
 */
export function planCandidates(review: Pick<Review, 'profile' | 'ratings'>): PlanCandidate[] {
  const candidates = review.profile.map((entry) => {
    const observed = review.ratings[entry.id]?.observed ?? null;
    const gap = gapOf(entry.expectedLevel, observed);
    return {
      competencyId: entry.id,
      name: entry.name,
      expected: entry.expectedLevel,
      observed: observed?.kind === 'level' ? observed.level : observed?.kind === 'below' ? 0 : null,
      below: gap?.kind === 'below',
    };
  });
  return [...candidates.filter((candidate) => candidate.below), ...candidates.filter((candidate) => !candidate.below)];
}

export type ActionDraft = Pick<PlanAction, 'competencyId' | 'type' | 'description' | 'support' | 'dueDate'>;
export type ActionError = 'description-missing' | 'type-invalid' | 'due-date-invalid' | 'text-too-long' | 'text-invalid' | 'competency-unknown';

/** What stands between a draft action and a stored one. */
export function validateActionDraft(draft: ActionDraft, review: Pick<Review, 'profile'>): ActionError[] {
  const errors: ActionError[] = [];
  if (!review.profile.some((entry) => entry.id === draft.competencyId)) errors.push('competency-unknown');
  if (!(ACTION_TYPES as readonly string[]).includes(draft.type)) errors.push('type-invalid');
  if (draft.description.trim() === '') errors.push('description-missing');
  if (draft.dueDate !== '' && !isIsoDate(draft.dueDate)) errors.push('due-date-invalid');
  if (draft.description.length > ACTION_TEXT_MAX || draft.support.length > ACTION_TEXT_MAX) errors.push('text-too-long');
  else if (!isCleanText(draft.description) || !isCleanText(draft.support)) errors.push('text-invalid');
  return errors;
}

/** A new action drawn from `review`, « prévue » from `today`. */
export function newAction(review: Pick<Review, 'id' | 'personId' | 'cycleIndex' | 'profile'>, draft: ActionDraft, id: string, today: IsoDate, now: string): PlanAction {
  const entry = review.profile.find((candidate) => candidate.id === draft.competencyId);
  return {
    id,
    personId: review.personId,
    sourceReviewId: review.id,
    cycleIndex: review.cycleIndex + 1,
    competencyId: draft.competencyId,
    competencyName: entry?.name ?? draft.competencyId,
    type: draft.type,
    description: draft.description.trim(),
    support: draft.support.trim(),
    dueDate: draft.dueDate,
    status: 'prevue',
    history: [{ status: 'prevue', date: today, comment: '', at: now }],
    example: false,
    createdAt: now,
    updatedAt: now,
  };
}

export type StatusChangeError = 'status-invalid' | 'date-invalid' | 'date-future' | 'date-before-last' | 'comment-too-long' | 'comment-invalid';

/** An action with a new status (or the same one, with a new comment), dated; refuses a date before the last change or after today. */
export function changeStatus(
  action: PlanAction,
  change: { status: ActionStatus; date: string; comment: string },
  today: IsoDate,
  now: string,
): Result<PlanAction, { code: 'invalid-fields'; fields: StatusChangeError[] }> {
  const refuse = (error: StatusChangeError) => ({ ok: false as const, error: { code: 'invalid-fields' as const, fields: [error] } });
  if (!(ACTION_STATUSES as readonly string[]).includes(change.status)) return refuse('status-invalid');
  if (!isIsoDate(change.date)) return refuse('date-invalid');
  if (change.date > today) return refuse('date-future');
  const last = action.history.at(-1);
  if (last && change.date < last.date) return refuse('date-before-last');
  if (change.comment.length > ACTION_TEXT_MAX) return refuse('comment-too-long');
  if (!isCleanText(change.comment)) return refuse('comment-invalid');
  const entry: ActionStatusEntry = { status: change.status, date: change.date, comment: change.comment.trim(), at: now };
  return { ok: true, value: { ...action, status: change.status, history: [...action.history, entry], updatedAt: now } };
}

/** What a finalised review keeps of a plan action: sealed with its content, never updated afterwards. */
export type PlanSnapshotEntry = Pick<
  PlanAction,
  'id' | 'sourceReviewId' | 'cycleIndex' | 'competencyId' | 'competencyName' | 'type' | 'description' | 'support' | 'dueDate' | 'status'
> & { statusDate: IsoDate; comment: string };

/** The snapshot of actions as they stand, for a review being finalised. */
export function planSnapshot(actions: readonly PlanAction[]): PlanSnapshotEntry[] {
  return [...actions]
    .sort((a, b) => a.cycleIndex - b.cycleIndex || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    .map((action) => {
      const last = action.history.at(-1);
      return {
        id: action.id,
        sourceReviewId: action.sourceReviewId,
        cycleIndex: action.cycleIndex,
        competencyId: action.competencyId,
        competencyName: action.competencyName,
        type: action.type,
        description: action.description,
        support: action.support,
        dueDate: action.dueDate,
        status: action.status,
        statusDate: last?.date ?? action.createdAt.slice(0, 10),
        comment: last?.comment ?? '',
      };
    });
}

/**
 * The actions a review deals with: those followed up in its cycle (planned
 * from the previous review) and those it plans for the next cycle.
 */
export function actionsOfReview<T extends Pick<PlanAction, 'sourceReviewId' | 'cycleIndex' | 'personId'>>(
  actions: readonly T[],
  review: Pick<Review, 'id' | 'personId' | 'cycleIndex'>,
): { followed: T[]; planned: T[] } {
  const mine = actions.filter((action) => action.personId === review.personId);
  return {
    followed: mine.filter((action) => action.cycleIndex === review.cycleIndex && action.sourceReviewId !== review.id),
    planned: mine.filter((action) => action.sourceReviewId === review.id),
  };
}

/**
 * What a review's report prints of the plan: the sealed copy when the review
 * was finalised with one; otherwise the actions as they stand (`sealed`
 * false: for a finalised review, they came after its seal).
 */
export function planForReport(
  review: Pick<Review, 'id' | 'personId' | 'cycleIndex' | 'developmentPlan'>,
  live: readonly PlanAction[],
): { followed: PlanSnapshotEntry[]; planned: PlanSnapshotEntry[]; sealed: boolean } {
  const sealed = review.developmentPlan !== undefined;
  const entries = review.developmentPlan ?? planSnapshot(live.filter((action) => action.personId === review.personId));
  return {
    followed: entries.filter((entry) => entry.cycleIndex === review.cycleIndex && entry.sourceReviewId !== review.id),
    planned: entries.filter((entry) => entry.sourceReviewId === review.id),
    sealed,
  };
}

/** The header of a development plan's CSV export (one row per action; the journal is never exported: it stays private). */
export const PLAN_CSV_HEADER = ['Cycle', 'Compétence', 'Type d’action', 'Description', 'Accompagnement', 'Échéance', 'Statut', 'Date du statut', 'Commentaire'] as const;

/** A plan's rows for CSV, in the order of the header; labels are the French ones given. */
export function planCsvRows(
  actions: readonly PlanAction[],
  labels: { type: (type: ActionType) => string; status: (status: ActionStatus) => string; date: (date: IsoDate) => string },
): string[][] {
  return [...actions]
    .sort((a, b) => a.cycleIndex - b.cycleIndex || a.createdAt.localeCompare(b.createdAt))
    .map((action) => {
      const last = action.history.at(-1);
      return [
        String(action.cycleIndex + 1),
        action.competencyName,
        labels.type(action.type),
        action.description,
        action.support,
        action.dueDate ? labels.date(action.dueDate) : '',
        labels.status(action.status),
        last ? labels.date(last.date) : '',
        last?.comment ?? '',
      ];
    });
}
