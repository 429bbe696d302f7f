import type { CompetencyId } from '../framework';
import type { ObservedRating, ProfileSnapshotEntry, Review } from './review';

/** One screen of the meeting mode: the objectives, one competency, or the closing summary. */
export type MeetingStep = { kind: 'objectives' } | { kind: 'competency'; id: CompetencyId } | { kind: 'summary' };

/**
 * The meeting mode's screens, in the order of the review: the objectives of
 * the bilan, each competency of the profile, the competencies outside it that
 * were rated, then a summary.
 */
export function meetingSteps(review: Pick<Review, 'profile' | 'ratings'>): MeetingStep[] {
  const competencies = review.profile.filter((entry) => entry.expectedLevel !== null || review.ratings[entry.id]?.observed);
  return [{ kind: 'objectives' }, ...competencies.map((entry): MeetingStep => ({ kind: 'competency', id: entry.id })), { kind: 'summary' }];
}

/**
 * The rating a key gives on a competency in the meeting mode, as on the
 * review page: 1–4 a level the competency has, 0 below level 1, N not
 * observed; anything else `null`.
 */
export function ratingForKey(key: string, entry: Pick<ProfileSnapshotEntry, 'levelTitles'>): ObservedRating | null {
  if (key === 'n' || key === 'N') return { kind: 'not-observed', reason: '' };
  if (!/^[0-9]$/.test(key)) return null;
  const digit = Number(key);
  if (digit === 0) return { kind: 'below' };
  return digit <= entry.levelTitles.length ? { kind: 'level', level: digit } : null;
}
