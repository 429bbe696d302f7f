import { isLocked, type Review } from '../../../shared/reviews/review';
import type { JalonDb } from './db';
import { checkReviewSeal, type IntegrityCheck } from './seal';

export type IntegrityReportLine = { reviewId: string; personName: string; cycleStart: string; cycleEnd: string; check: IntegrityCheck };
export type IntegrityReport = {
  /** Finalised reviews (and reviews that carry a seal or a content hash though no longer finalised) checked. */
  checked: number;
  intact: number;
  /** Intact, but finalised before the seal existed: only their content hash was checked. */
  unsealed: number;
  /** Every review that no longer matches what was sealed, with the parts that changed. */
  changed: IntegrityReportLine[];
};

/** Checks every finalised review against its seal, on demand (the Données screen). */
export async function verifyAllReviews(db: JalonDb, onProgress?: (done: number, total: number) => void): Promise<IntegrityReport> {
  const reviews = (await db.reviews.toArray()).filter((review: Review) => isLocked(review.status) || review.contentHash !== null || review.seal !== undefined);
  const people = new Map((await db.people.bulkGet([...new Set(reviews.map((review) => review.personId))])).filter(Boolean).map((person) => [person!.id, person!.name]));
  const report: IntegrityReport = { checked: 0, intact: 0, unsealed: 0, changed: [] };
  for (const review of reviews) {
    let check = await checkReviewSeal(review);
    // A review shown as not finalised that still carries a hash or a seal was set back outside Jalon.
    if (!isLocked(review.status)) {
      const parts = check.status === 'changed' ? check.parts : [];
      check = { status: 'changed', parts: parts.includes('status') ? parts : ['status', ...parts], stored: review.contentHash ?? '', actual: '' };
    }
    report.checked += 1;
    if (check.status === 'intact') {
      report.intact += 1;
      if (!check.sealed) report.unsealed += 1;
    } else {
      report.changed.push({ reviewId: review.id, personName: people.get(review.personId) ?? '', cycleStart: review.cycleStart, cycleEnd: review.cycleEnd, check });
    }
    onProgress?.(report.checked, reviews.length);
  }
  return report;
}
