import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import type { Person } from '../../../shared/people/person';
import type { ReviewSummary } from '../../../shared/reviews/summary';
import { prepareEverySort, prepareSortKeys, teamRows, type Slicer, type TeamRow, type TeamSorting } from '../../../shared/team';
import { afterNextPaint } from '../after-next-paint';
import { idleSlicer } from '../when-idle';
import { whenDatabaseOpen } from './database-open';
import { db } from './db';

/**
 * People read per request at startup: each page is one short task (read, clone, shape check, rows built),
 * never one long one. A page of 1,000 was one task of 50–70 ms, half of it the records' shape check.
 */
const TEAM_PAGE = 500;

/**
 * The team overview's rows, from people and one light summary per person
 * (never the reviews themselves), read a page at a time in key order so
 * that the main thread is free between pages.
 */
export async function readTeamRows(today: string): Promise<TeamRow[]> {
  const rows: TeamRow[] = [];
  let after: string | null = null;
  for (;;) {
    const people: Person[] = await (after === null ? db.people.orderBy(':id') : db.people.where(':id').above(after)).limit(TEAM_PAGE).toArray();
    // The same key range in the summaries (keyed by person id): one request, not one per person.
    const summaries = people.length === 0 ? [] : await db.personSummaries.where(':id').between(people[0]!.id, people.at(-1)!.id, true, true).toArray();
    for (const row of teamRows(people, summaries, today)) rows.push(row);
    if (people.length < TEAM_PAGE) return rows;
    after = people.at(-1)!.id;
  }
}

/** Gives the main thread back (the browser draws and answers input), then goes on. */
const yieldToMain = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/** Slices of at most `budgetMs` of work, each followed by a pause for the browser. */
export function mainThreadSlicer(budgetMs = 8): Slicer {
  let since = performance.now();
  return {
    due: () => performance.now() - since > budgetMs,
    pause: async () => {
      await yieldToMain();
      since = performance.now();
    },
  };
}

/**
 * The team's rows, and the sort keys of the table's order computed ahead in
 * slices (`prepareSortKeys`), so that the first drawing of the whole team is
 * not one long task. `sorting` is read when the rows are read, not a reason
 * to read them again. The first read waits for the database to be open
 * (startup may draw the kept first screenful before), and with `afterPaint`
 * for the next frame to be drawn (the kept first screenful is on screen
 * before the read's work, done on this thread as the answers come, competes
 * with its drawing).
 */
export function useTeamRows(today: string, sorting: TeamSorting, { afterPaint = false }: { afterPaint?: boolean } = {}): TeamRow[] | undefined {
  const order = useRef(sorting);
  useEffect(() => {
    order.current = sorting;
  }, [sorting]);
  const firstRead = useRef(true);
  const rows = useLiveQuery(async () => {
    if (firstRead.current) {
      firstRead.current = false;
      // Not Dexie calls: wrapped as dexie-react-hooks asks. The database may still be opening (./database-open.ts).
      await Promise.resolve(Promise.all([afterPaint ? afterNextPaint() : null, whenDatabaseOpen()]));
    }
    const rows = await readTeamRows(today);
    // Not a Dexie call: wrapped as dexie-react-hooks asks (every read is done by now).
    await Promise.resolve(prepareSortKeys(rows, order.current, mainThreadSlicer()));
    return rows;
  }, [today]);
  useEffect(() => (rows ? prepareEverySortWhenIdle(rows) : undefined), [rows]);
  return rows;
}

/** Tells a preparation that its rows were replaced: it stops at its next pause. */
class Replaced extends Error {}

/**
 * Every column's sort of these rows prepared in the browser's idle periods,
 * so that the first click on any header (not only the order shown at load)
 * only reads an order: at 10,000 people, ordering services or staff numbers
 * in French on the click would be 20–30 ms. Returns the stop, for when the
 * rows are replaced.
 */
function prepareEverySortWhenIdle(rows: readonly TeamRow[]): () => void {
  let replaced = false;
  const idle = idleSlicer();
  const slicer: Slicer = {
    due: idle.due,
    pause: async () => {
      await idle.pause();
      if (replaced) throw new Replaced();
    },
  };
  slicer
    .pause()
    .then(() => prepareEverySort(rows, slicer))
    .catch((error: unknown) => {
      if (!(error instanceof Replaced)) throw error;
    });
  return () => {
    replaced = true;
  };
}

export type HeatmapData = { people: Person[]; summaries: ReviewSummary[] };

/** The summaries of the reviews whose cycle ended in `year`, with their people (`null`: no year chosen yet, nothing read). */
export function useHeatmapData(year: number | null): HeatmapData | undefined {
  return useLiveQuery(async () => {
    if (year === null) return undefined;
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
