import { addMonths, type IsoDate } from './dates';
import { isLocked, type Review } from './reviews/review';

/**
 * « Insuffisant » counted as the rules count it (royal decree of 14 January
 * 2022): two mentions within four years (with at least 240 days worked
 * between them) can lead to dismissal for professional inaptitude. A mention
 * counts from the day the report was finalised, whatever the end of its
 * cycle; a mention recorded outside Jalon counts from its own date.
 */
export const INSUFFICIENT_WINDOW_MONTHS = 48;
/** The days worked the rule requires between the two mentions; Jalon does not count them, it states them. */
export const INSUFFICIENT_DAYS_WORKED = 240;

export type InsufficientMention = {
  /** The review's id, or the past cycle's id for a mention recorded outside Jalon. */
  id: string;
  /** The day the mention was given: finalisation in Jalon, the recorded date outside it. */
  date: IsoDate;
  source: 'review' | 'outside' | 'follow-up';
};

/**
 * A mention recorded beside the reviews, as far as the count is concerned: given
 * outside Jalon (an earlier system, a paper report), or by the follow-up
 * evaluation that closes a remediation period.
 */
export type OutsideMention = { id: string; date: IsoDate; insufficient: boolean; source?: 'outside' | 'follow-up' };

/** Every « insuffisant » finalised (or later) in Jalon, and every one recorded outside it, oldest first. */
export function insufficientMentions(reviews: readonly Review[], outside: readonly OutsideMention[] = []): InsufficientMention[] {
  const fromReviews = reviews
    .filter((review) => isLocked(review.status) && review.outcome === 'insuffisant')
    .map((review) => ({ id: review.id, date: (review.finalisedAt ?? review.updatedAt).slice(0, 10), source: 'review' as const }));
  const fromOutside = outside.filter((entry) => entry.insufficient).map((entry) => ({ id: entry.id, date: entry.date, source: entry.source ?? ('outside' as const) }));
  return [...fromReviews, ...fromOutside].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** Whether two dates lie within four years of each other (the later one before the fourth anniversary of the earlier). */
export function withinWindow(earlier: IsoDate, later: IsoDate): boolean {
  return later >= earlier && later < addMonths(earlier, INSUFFICIENT_WINDOW_MONTHS);
}

export type InsufficientStatus = {
  mentions: InsufficientMention[];
  /** The latest two mentions that lie within four years of each other, if any. */
  pair: [InsufficientMention, InsufficientMention] | null;
  /** Mentions within the four years before `today`, where a new one would make a second. */
  recent: InsufficientMention[];
};

/** The person's « insuffisant » record: every mention, the latest pair within four years, the ones a new mention today would pair with. */
export function insufficientStatus(mentions: readonly InsufficientMention[], today: IsoDate): InsufficientStatus {
  let pair: InsufficientStatus['pair'] = null;
  for (let index = 1; index < mentions.length; index++) {
    for (let before = index - 1; before >= 0; before--) {
      if (withinWindow(mentions[before]!.date, mentions[index]!.date)) pair = [mentions[before]!, mentions[index]!];
    }
  }
  const recent = mentions.filter((mention) => mention.date <= today && withinWindow(mention.date, today));
  return { mentions: [...mentions], pair, recent };
}

export type DraftWarning =
  /** The draft carries « insuffisant » and an earlier mention lies within four years: it would be the second. */
  | { kind: 'would-be-second'; earlier: InsufficientMention[] }
  /** The draft carries « insuffisant », with no other mention within four years. */
  | { kind: 'would-be-first' }
  /** The draft carries no mention, but a mention lies within the last four years: a reminder while deciding. */
  | { kind: 'earlier-within-window'; earlier: InsufficientMention[] }
  | { kind: 'none' };

/**
 * What the manager should know while deciding the outcome of `review`: the
 * draft counted as if it were finalised `today`, against the other mentions.
 */
export function draftInsufficientWarning(review: Pick<Review, 'id' | 'outcome' | 'status'>, mentions: readonly InsufficientMention[], today: IsoDate): DraftWarning {
  const others = mentions.filter((mention) => mention.id !== review.id);
  const earlier = insufficientStatus(others, today).recent;
  if (review.outcome === 'insuffisant') return earlier.length > 0 ? { kind: 'would-be-second', earlier } : { kind: 'would-be-first' };
  return earlier.length > 0 ? { kind: 'earlier-within-window', earlier } : { kind: 'none' };
}
