import type { Review } from '../../../../shared/reviews/review';

/**
 * For `memo`: a review section that never reads the ratings redraws only when
 * something else it is given changed. Edits copy the review and keep every
 * field they leave alone (`shared/reviews/edits.ts`), so a rating changes
 * `ratings` and nothing else: the sections below it stay as they are, and a
 * key press redraws one card and the side panel, not the whole review.
 */
export function sameButRatings<P extends { review: Review }>(before: Readonly<P>, after: Readonly<P>): boolean {
  for (const key of Object.keys(after) as (keyof P)[]) {
    if (key !== 'review' && before[key] !== after[key]) return false;
  }
  if (Object.keys(before).length !== Object.keys(after).length) return false;
  const [a, b] = [before.review, after.review];
  if (a === b) return true;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof Review)[]);
  for (const key of keys) {
    if (key !== 'ratings' && a[key] !== b[key]) return false;
  }
  return true;
}

/**
 * For `memo`: a review section that reads the ratings' observed levels but never
 * their evidence (the outcome's hints) redraws when a level changes, not at each
 * key typed in an evidence field. An evidence edit copies the rating and keeps
 * its `observed` object (`shared/reviews/edits.ts`).
 */
export function sameButEvidence<P extends { review: Review }>(before: Readonly<P>, after: Readonly<P>): boolean {
  if (!sameButRatings(before, after)) return false;
  const [a, b] = [before.review.ratings, after.review.ratings];
  if (a === b) return true;
  const ids = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof Review['ratings'])[]);
  for (const id of ids) {
    if ((a[id]?.observed ?? null) !== (b[id]?.observed ?? null)) return false;
  }
  return true;
}
