import type { ClassId, CompetencyId } from './framework';
import { gapOf, type Review } from './reviews/review';

/**
 * Self-calibration for one manager (issue 16): for a year, how far the
 * observed levels sit from the expected ones, competency by competency,
 * across the whole team or one class. Counts only: nobody is named or ranked.
 */
export type CalibrationReview = Pick<Review, 'classId' | 'cycleEnd' | 'profile' | 'ratings'>;

export type CalibrationRow = {
  competencyId: CompetencyId;
  name: string;
  /** Rated with a level (or below level 1) where a level is expected. */
  rated: number;
  below: number;
  met: number;
  above: number;
  notObserved: number;
  /** How many ratings at each observed − expected value (e.g. −1: 3). */
  distribution: Record<number, number>;
  /** The mean of observed − expected, `null` with no rating. */
  mean: number | null;
  /** Ratings that differ from the expected level with no evidence written. */
  withoutEvidence: number;
};

export type CalibrationSignal =
  | { code: 'all-met'; competencyId: CompetencyId; name: string; count: number }
  | { code: 'severe'; competencyId: CompetencyId; name: string; mean: number; others: number }
  | { code: 'no-evidence'; competencyId: CompetencyId; name: string; count: number }
  | { code: 'not-observed'; competencyId: CompetencyId; name: string; count: number; total: number };

export type Calibration = { reviews: number; rows: CalibrationRow[]; signals: CalibrationSignal[] };

/** Fewer ratings than this say nothing about a habit. */
export const MIN_RATINGS_FOR_SIGNAL = 3;
/** A competency whose mean gap is this much lower than the others' is "rated much more severely". */
export const SEVERE_MARGIN = 0.5;
/** « Non observé » in at least this share of the reviews (and twice at least) is "used often". */
export const NOT_OBSERVED_SHARE = 0.25;

/** The years in which a review's cycle ended, newest first. */
export function calibrationYears(reviews: readonly Pick<Review, 'cycleEnd'>[]): number[] {
  return [...new Set(reviews.map((review) => Number(review.cycleEnd.slice(0, 4))))].sort((a, b) => b - a);
}

/** The classes the reviews of `year` were judged against, in the framework's order of appearance. */
export function calibrationClasses(reviews: readonly CalibrationReview[], year: number): ClassId[] {
  return [...new Set(reviews.filter((review) => review.cycleEnd.startsWith(`${year}-`)).map((review) => review.classId))].sort();
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * The distribution of observed − expected per competency for the reviews
 * whose cycle ends in `year` (of one class, or all when `classId` is null),
 * against each review's own expected profile, and the signals worth a second
 * look.
 */
export function calibration(reviews: readonly CalibrationReview[], year: number, classId: ClassId | null = null): Calibration {
  const chosen = reviews.filter((review) => review.cycleEnd.startsWith(`${year}-`) && (classId === null || review.classId === classId));
  const rows = new Map<CompetencyId, CalibrationRow & { sum: number }>();
  for (const review of chosen) {
    for (const entry of review.profile) {
      if (entry.expectedLevel === null) continue;
      const row =
        rows.get(entry.id) ??
        rows.set(entry.id, { competencyId: entry.id, name: entry.name, rated: 0, below: 0, met: 0, above: 0, notObserved: 0, distribution: {}, mean: null, withoutEvidence: 0, sum: 0 }).get(entry.id)!;
      const rating = review.ratings[entry.id];
      if (rating?.observed?.kind === 'not-observed') {
        row.notObserved++;
        continue;
      }
      const gap = gapOf(entry.expectedLevel, rating?.observed);
      if (!gap) continue;
      row.rated++;
      row[gap.kind]++;
      row.sum += gap.delta;
      row.distribution[gap.delta] = (row.distribution[gap.delta] ?? 0) + 1;
      if (gap.kind !== 'met' && (rating?.evidence ?? '').trim() === '') row.withoutEvidence++;
    }
  }
  const finished = [...rows.values()].map(({ sum, ...row }) => ({ ...row, mean: row.rated > 0 ? round2(sum / row.rated) : null }));
  const totalSum = [...rows.values()].reduce((total, row) => total + row.sum, 0);
  const totalRated = finished.reduce((total, row) => total + row.rated, 0);

  const signals: CalibrationSignal[] = [];
  for (const row of finished) {
    const base = { competencyId: row.competencyId, name: row.name };
    if (row.rated >= MIN_RATINGS_FOR_SIGNAL && row.met === row.rated) signals.push({ code: 'all-met', ...base, count: row.rated });
    const othersRated = totalRated - row.rated;
    if (row.rated >= MIN_RATINGS_FOR_SIGNAL && othersRated > 0 && row.mean !== null) {
      const others = round2((totalSum - rows.get(row.competencyId)!.sum) / othersRated);
      if (row.mean <= others - SEVERE_MARGIN) signals.push({ code: 'severe', ...base, mean: row.mean, others });
    }
    if (row.withoutEvidence > 0) signals.push({ code: 'no-evidence', ...base, count: row.withoutEvidence });
    const total = row.rated + row.notObserved;
    if (row.notObserved >= 2 && row.notObserved / total >= NOT_OBSERVED_SHARE) signals.push({ code: 'not-observed', ...base, count: row.notObserved, total });
  }
  return { reviews: chosen.length, rows: finished, signals };
}
