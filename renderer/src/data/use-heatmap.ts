import { useLiveQuery } from 'dexie-react-hooks';
import { isLocked } from '../../../shared/reviews/basics';
import { db } from './db';

/** Each year in which a review's cycle ended, newest first; `finalised` marks the newest year that has a finalised review. */
export function useHeatmapYears(): { year: number; finalised: boolean }[] | undefined {
  return useLiveQuery(async () => {
    const ends = (await db.reviewSummaries.orderBy('cycleEnd').uniqueKeys()) as string[];
    const years = [...new Set(ends.map((end) => Number(end.slice(0, 4))))].sort((a, b) => b - a);
    const result: { year: number; finalised: boolean }[] = [];
    let found = false;
    for (const year of years) {
      // Stop looking once the newest finalised year is known: older years only need listing.
      const finalised: boolean =
        !found &&
        (await db.reviewSummaries
          .where('cycleEnd')
          .between(`${year}-01-01`, `${year}-12-31`, true, true)
          .filter((summary) => isLocked(summary.status))
          .first()) !== undefined;
      found ||= finalised;
      result.push({ year, finalised });
    }
    return result;
  }, []);
}
