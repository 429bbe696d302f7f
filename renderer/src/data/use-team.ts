import { useLiveQuery } from 'dexie-react-hooks';
import type { Person } from '../../../shared/people/person';
import type { ReviewSummary } from '../../../shared/reviews/summary';
import { teamRows, type TeamRow } from '../../../shared/team';
import { db } from './db';

/** The team overview's rows, from people and one light summary per person (never the reviews themselves). */
export function useTeamRows(today: string): TeamRow[] | undefined {
  return useLiveQuery(async () => {
    const [people, summaries] = await Promise.all([db.people.toArray(), db.personSummaries.toArray()]);
    return teamRows(people, summaries, today);
  }, [today]);
}

export type HeatmapData = { people: Person[]; summaries: ReviewSummary[] };

/** The summaries of the reviews whose cycle ended in `year`, with their people. */
export function useHeatmapData(year: number): HeatmapData | undefined {
  return useLiveQuery(async () => {
    const summaries = await db.reviewSummaries.where('cycleEnd').between(`${year}-01-01`, `${year}-12-31`, true, true).toArray();
    const people = (await db.people.bulkGet([...new Set(summaries.map((summary) => summary.personId))])).filter(
      (person): person is Person => person !== undefined,
    );
    return { people, summaries };
  }, [year]);
}

/** The years for which at least one review's cycle ended, newest first. */
export function useReviewYears(): number[] | undefined {
  return useLiveQuery(async () => {
    const ends = (await db.reviewSummaries.orderBy('cycleEnd').uniqueKeys()) as string[];
    return [...new Set(ends.map((end) => Number(end.slice(0, 4))))].sort((a, b) => b - a);
  }, []);
}
