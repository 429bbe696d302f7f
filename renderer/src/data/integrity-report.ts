import type { Review } from '../../../shared/reviews/review';
import { isLocked } from '../../../shared/reviews/basics';
import { INTEGRITY_PARTS, type IntegrityPart } from '../../../shared/reviews/seal';
import type { JalonDb } from './db';
import { checkReviewSeal, type IntegrityCheck } from './seal';
import { checkSealLog } from './seal-log';

export type IntegrityReportLine = {
  reviewId: string;
  personName: string;
  cycleStart: string;
  cycleEnd: string;
  check: IntegrityCheck;
  /** The review is no longer in the database (the seal log still names it). */
  removed?: boolean;
};
export type IntegrityReport = {
  /** Finalised reviews (and reviews that carry a seal or a content hash though no longer finalised) checked. */
  checked: number;
  intact: number;
  /** Intact, but finalised before the seal existed: only their content hash was checked. */
  unsealed: number;
  /** Every review that no longer matches what was sealed or logged, with the parts that changed (a deleted one included). */
  changed: IntegrityReportLine[];
  /** Reviews imported on explicit choice though their seal did not hold: flagged « intégrité non vérifiable ». */
  unverifiable: IntegrityReportLine[];
};

const ordered = (parts: Iterable<IntegrityPart>) => {
  const set = new Set(parts);
  return INTEGRITY_PARTS.filter((part) => set.has(part));
};

/**
 * Checks every finalised review against its seal and the seal log, on demand
 * (the Données screen): a review changed, set back, deleted or written
 * outside Jalon is named with its person and cycle.
 */
export async function verifyAllReviews(db: JalonDb, onProgress?: (done: number, total: number) => void): Promise<IntegrityReport> {
  const all = await db.reviews.toArray();
  const findings = new Map((await checkSealLog(db, all)).map((finding) => [finding.reviewId, finding]));
  // A review the log names is checked even if nothing of its seal is left (set back and stripped outside Jalon).
  const reviews = all.filter((review: Review) => isLocked(review.status) || review.contentHash !== null || review.seal !== undefined || findings.has(review.id));
  const personIds = [...new Set([...reviews.map((review) => review.personId), ...[...findings.values()].map((finding) => finding.personId)])];
  const people = new Map((await db.people.bulkGet(personIds)).filter(Boolean).map((person) => [person!.id, person!.name]));
  const report: IntegrityReport = { checked: 0, intact: 0, unsealed: 0, changed: [], unverifiable: [] };
  const total = reviews.length + [...findings.values()].filter((finding) => finding.parts.includes('removed')).length;
  for (const review of reviews) {
    let check: IntegrityCheck = await checkReviewSeal(review);
    const logged = findings.get(review.id)?.parts ?? [];
    // A review shown as not finalised that still carries a hash or a seal was set back outside Jalon.
    const extra: IntegrityPart[] = [...logged, ...(!isLocked(review.status) ? (['status'] as const) : [])];
    if (extra.length > 0) {
      const parts = check.status === 'changed' ? check.parts : [];
      check = { status: 'changed', parts: ordered([...parts, ...extra]), stored: review.contentHash ?? '', actual: check.status === 'changed' ? check.actual : '' };
    }
    report.checked += 1;
    const line = { reviewId: review.id, personName: people.get(review.personId) ?? '', cycleStart: review.cycleStart, cycleEnd: review.cycleEnd, check };
    if (review.integrityUnverified) report.unverifiable.push(line);
    else if (check.status === 'intact') {
      report.intact += 1;
      if (!check.sealed) report.unsealed += 1;
    } else report.changed.push(line);
    onProgress?.(report.checked, total);
  }
  // Finalised reviews the log names but the database no longer holds.
  for (const finding of findings.values()) {
    if (!finding.parts.includes('removed')) continue;
    report.checked += 1;
    report.changed.push({
      reviewId: finding.reviewId,
      personName: people.get(finding.personId) ?? '',
      cycleStart: finding.cycleStart,
      cycleEnd: finding.cycleEnd,
      check: { status: 'changed', parts: ordered(finding.parts), stored: '', actual: '' },
      removed: true,
    });
    onProgress?.(report.checked, total);
  }
  return report;
}
