import type { Review } from '../../../shared/reviews/review';
import { isLocked } from '../../../shared/reviews/basics';
import { SEAL_LOG_KINDS, sealLogFindings, sealLogMessage, type SealLogEntry, type SealLogFinding, type SealLogKind } from '../../../shared/reviews/seal-log';
import type { JalonDb } from './db';
import { checkReviewSeal } from './seal';
import { macHex, macHolds } from './seal-key';
import { SEAL_LOG_COMPLETE_KEY } from './seal-log-state';

/** A log entry for `review` as it stands, with its HMAC (taken outside any transaction: Web Crypto is not IndexedDB). */
export async function sealLogEntryFor(review: Review, kind: SealLogKind, at: string): Promise<SealLogEntry> {
  const body = {
    kind,
    reviewId: review.id,
    personId: review.personId,
    cycleIndex: review.cycleIndex,
    cycleStart: review.cycleStart,
    cycleEnd: review.cycleEnd,
    contentHash: review.contentHash ?? '',
    at,
  };
  return { ...body, mac: await macHex(sealLogMessage(body)) };
}

const HEX64 = /^[0-9a-f]{64}$/;
/** A row of the log as stored: anything else (a raw edit) is an entry that does not hold. */
function wellFormed(row: unknown): row is SealLogEntry {
  const entry = row as Partial<SealLogEntry> | null;
  return (
    !!entry &&
    SEAL_LOG_KINDS.includes(entry.kind as SealLogKind) &&
    typeof entry.reviewId === 'string' &&
    typeof entry.personId === 'string' &&
    Number.isInteger(entry.cycleIndex) &&
    typeof entry.cycleStart === 'string' &&
    typeof entry.cycleEnd === 'string' &&
    typeof entry.contentHash === 'string' &&
    typeof entry.at === 'string' &&
    typeof entry.mac === 'string' &&
    HEX64.test(entry.mac)
  );
}

/**
 * Enters, once, every finalised review that has no log entry yet (finalised
 * before schema v5) and whose seal holds; a review whose seal does not hold
 * is left out, so the integrity check keeps naming it. Then records that the
 * log is complete: from then on a finalised review without an entry was
 * written outside Jalon.
 */
export async function ensureSealLog(db: JalonDb): Promise<void> {
  if ((await db.meta.get(SEAL_LOG_COMPLETE_KEY))?.value === 'complete') return;
  const logged = new Set((await db.sealLog.toArray()).map((entry) => entry.reviewId));
  const missing = (await db.reviews.toArray()).filter((review) => isLocked(review.status) && !logged.has(review.id));
  const entries: SealLogEntry[] = [];
  const at = new Date().toISOString();
  for (const review of missing) {
    if ((await checkReviewSeal(review)).status === 'intact') entries.push(await sealLogEntryFor(review, 'inscrite', at));
  }
  await db.transaction('rw', db.sealLog, db.meta, async () => {
    if ((await db.meta.get(SEAL_LOG_COMPLETE_KEY))?.value === 'complete') return;
    const now = new Set((await db.sealLog.toArray()).map((entry) => entry.reviewId));
    await db.sealLog.bulkAdd(entries.filter((entry) => !now.has(entry.reviewId)));
    await db.meta.put({ key: SEAL_LOG_COMPLETE_KEY, value: 'complete' });
  });
}

/** The reviews that no longer match the seal log: deleted, set back, rewritten, never logged, or whose log entry was altered. */
export async function checkSealLog(db: JalonDb, reviews: readonly Review[]): Promise<SealLogFinding[]> {
  const rows: unknown[] = await db.sealLog.toArray();
  const entries = await Promise.all(
    rows.map(async (row) =>
      wellFormed(row)
        ? { entry: row, macOk: await macHolds(sealLogMessage(row), row.mac) }
        : { entry: { ...(row as SealLogEntry), reviewId: String((row as SealLogEntry | null)?.reviewId ?? '') }, macOk: false },
    ),
  );
  const complete = (await db.meta.get(SEAL_LOG_COMPLETE_KEY))?.value === 'complete';
  return sealLogFindings(reviews, entries, complete);
}
