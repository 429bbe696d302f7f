import { isLocked } from './reviews/review';
import type { ReviewSummary } from './reviews/summary';

/**
 * The reviews a heat map shows: finalised ones (finalisée and after) only,
 * unless the manager asks to see drafts too, which are then marked.
 */
export function heatmapSummaries<T extends Pick<ReviewSummary, 'status'>>(summaries: readonly T[], includeDrafts: boolean): T[] {
  return includeDrafts ? [...summaries] : summaries.filter((summary) => isLocked(summary.status));
}

/** The year a heat map opens on: the latest with a finalised review, else the latest with any, else `fallback`. */
export function heatmapDefaultYear(years: readonly { year: number; finalised: boolean }[], fallback: number): number {
  const sorted = [...years].sort((a, b) => b.year - a.year);
  return sorted.find((entry) => entry.finalised)?.year ?? sorted[0]?.year ?? fallback;
}
