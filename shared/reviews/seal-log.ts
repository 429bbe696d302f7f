import { stableJson } from './locked-change';
import { isLocked, type ReviewStatus } from './basics';

/**
 * The seal log: one append-only record per finalisation, apart from the
 * reviews (its own table), written in the same transaction as the
 * finalisation. It names the review, its person and cycle, and the content
 * hash sealed, with an HMAC under the installation's key. Entries are never
 * updated; they go only when their person is erased. So a finalised review
 * that is later deleted, set back to an earlier status or rewritten (even
 * with a recomputed hash) no longer matches the log, and the integrity check
 * names it.
 *
 * Kinds: `finalisee` (written at finalisation), `restauree` (a finalised
 * review written by a restore, after its seal was re-verified), `inscrite`
 * (a review finalised before the log existed, entered once after the upgrade
 * when its seal held).
 */
export const SEAL_LOG_KINDS = ['finalisee', 'restauree', 'inscrite'] as const;
export type SealLogKind = (typeof SEAL_LOG_KINDS)[number];

export type SealLogEntry = {
  /** Auto-incremented key: the order entries were written in. */
  seq?: number;
  kind: SealLogKind;
  reviewId: string;
  personId: string;
  cycleIndex: number;
  cycleStart: string;
  cycleEnd: string;
  /** The review's content hash (SHA-256, hex) when the entry was written. */
  contentHash: string;
  at: string;
  /** HMAC-SHA-256 (hex) of `sealLogMessage(entry)` under the installation's key. */
  mac: string;
};

/** The text an entry's HMAC is taken over: every field but its key and its HMAC. */
export function sealLogMessage(entry: Omit<SealLogEntry, 'seq' | 'mac'>): string {
  const { kind, reviewId, personId, cycleIndex, cycleStart, cycleEnd, contentHash, at } = entry;
  return stableJson({ format: 'jalon-seal-log', version: 1, kind, reviewId, personId, cycleIndex, cycleStart, cycleEnd, contentHash, at });
}

/** What the log says went wrong with a review. */
export type SealLogPart = 'removed' | 'status' | 'content' | 'unlogged' | 'seal-log';

export type LoggedReview = { id: string; personId: string; status: ReviewStatus; contentHash: string | null; cycleStart: string; cycleEnd: string };

export type SealLogFinding = { reviewId: string; personId: string; cycleStart: string; cycleEnd: string; parts: SealLogPart[] };

/**
 * The reviews that no longer match the seal log, each with what changed:
 * - `removed`: logged, but no longer in the database;
 * - `status`: logged, but no longer finalised (set back);
 * - `content`: its content hash is not the one logged (rewritten);
 * - `seal-log`: one of its log entries was altered (its HMAC does not hold);
 * - `unlogged`: finalised, but never logged (written outside Jalon), once
 *   `complete` (every review finalised before the log existed was entered).
 * `entries` are the log's entries with whether each HMAC holds, in any order.
 */
export function sealLogFindings(
  reviews: readonly LoggedReview[],
  entries: readonly { entry: SealLogEntry; macOk: boolean }[],
  complete: boolean,
): SealLogFinding[] {
  const byReview = new Map<string, { entry: SealLogEntry; macOk: boolean }[]>();
  for (const item of entries) byReview.set(item.entry.reviewId, [...(byReview.get(item.entry.reviewId) ?? []), item]);
  const present = new Map(reviews.map((review) => [review.id, review]));
  const findings: SealLogFinding[] = [];
  for (const [reviewId, items] of byReview) {
    const parts = new Set<SealLogPart>();
    if (items.some((item) => !item.macOk)) parts.add('seal-log');
    const held = items.filter((item) => item.macOk).sort((a, b) => (a.entry.seq ?? 0) - (b.entry.seq ?? 0));
    const last = held.at(-1)?.entry ?? items.at(-1)!.entry;
    const review = present.get(reviewId);
    if (!review) parts.add('removed');
    else {
      if (!isLocked(review.status)) parts.add('status');
      if (review.contentHash !== last.contentHash) parts.add('content');
    }
    if (parts.size > 0) {
      findings.push({
        reviewId,
        personId: review?.personId ?? last.personId,
        cycleStart: review?.cycleStart ?? last.cycleStart,
        cycleEnd: review?.cycleEnd ?? last.cycleEnd,
        parts: (['removed', 'status', 'content', 'seal-log'] as const).filter((part) => parts.has(part)),
      });
    }
  }
  if (complete) {
    for (const review of reviews) {
      if (isLocked(review.status) && !byReview.has(review.id)) {
        findings.push({ reviewId: review.id, personId: review.personId, cycleStart: review.cycleStart, cycleEnd: review.cycleEnd, parts: ['unlogged'] });
      }
    }
  }
  return findings;
}
