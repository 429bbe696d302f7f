/*
 * What the database layer needs of a review (its status, the lock, the gap, the
 * limits), apart from ./review.ts, which builds reviews from the framework's
 * table: the modules loaded at start import these from here, so that the table
 * stays out of the app's first script. ./review.ts exports them too.
 */
import type { ObservedRating } from './review';

/** brouillon → prête → finalisée → remise → signée → clôturée. */
export const REVIEW_STATUSES = ['brouillon', 'prete', 'finalisee', 'remise', 'signee', 'cloturee'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** From "finalisée" on, the content is locked. */
export function isLocked(status: ReviewStatus): boolean {
  return REVIEW_STATUSES.indexOf(status) >= REVIEW_STATUSES.indexOf('finalisee');
}

/** The planification should hold "about ten objectives at most". */
export const MAX_PLANNED_OBJECTIVES = 10;
/** Room for a long year of notes; more is a pasting accident. */
export const TEXT_MAX = 200_000;

export type Gap = { kind: 'below' | 'met' | 'above'; delta: number };

/** The gap between what was observed and what the class expects; `null` when either is missing. */
export function gapOf(expectedLevel: number | null, observed: ObservedRating | null | undefined): Gap | null {
  if (expectedLevel === null || !observed || observed.kind === 'not-observed') return null;
  const level = observed.kind === 'below' ? 0 : observed.level;
  const delta = level - expectedLevel;
  return { kind: delta < 0 ? 'below' : delta > 0 ? 'above' : 'met', delta };
}
