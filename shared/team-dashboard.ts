import { daysBetween, type IsoDate } from './dates';
import type { TeamRow } from './team';

/** The season at a glance: what the manager still has to do, over the people not archived. */
export type TeamCounts = {
  /** A cycle to review and no review started yet. */
  toReview: number;
  drafts: number;
  ready: number;
  overdue: number;
  /** People whose latest rated review has at least one competency below the expected level. */
  belowExpected: number;
};

export const TEAM_COUNT_KEYS = ['toReview', 'drafts', 'ready', 'overdue', 'belowExpected'] as const satisfies readonly (keyof TeamCounts)[];

export function teamCounts(rows: readonly TeamRow[]): TeamCounts {
  const counts: TeamCounts = { toReview: 0, drafts: 0, ready: 0, overdue: 0, belowExpected: 0 };
  for (const row of rows) {
    if (row.archived) continue;
    if (row.status === 'pas-commencee') counts.toReview++;
    else if (row.status === 'brouillon') counts.drafts++;
    else if (row.status === 'prete') counts.ready++;
    else if (row.status === 'en-retard') counts.overdue++;
    if (row.belowCount !== null && row.belowCount > 0) counts.belowExpected++;
  }
  return counts;
}

/** Days from today to the end of the row's cycle: positive ahead, 0 on the day, negative once past. */
export function daysToCycleEnd(row: Pick<TeamRow, 'cycle'>, today: IsoDate): number {
  return daysBetween(today, row.cycle.end);
}

/** What the manager does next for one person. */
export type NextAction = 'start' | 'complete' | 'finalise' | 'hand-over' | 'catch-up' | 'none';

/** Next actions from the most urgent: the team table's order for « Prochaine étape ». */
export const NEXT_ACTION_ORDER: readonly NextAction[] = ['catch-up', 'finalise', 'complete', 'start', 'hand-over', 'none'];

export function nextAction(row: Pick<TeamRow, 'status' | 'archived'>): NextAction {
  if (row.archived) return 'none';
  switch (row.status) {
    case 'pas-commencee':
      return 'start';
    case 'brouillon':
      return 'complete';
    case 'prete':
      return 'finalise';
    case 'finalisee':
      return 'hand-over';
    case 'en-retard':
      return 'catch-up';
    case 'signee':
    case 'hors-jalon':
      return 'none';
  }
}

/**
 * The team screen's first screenful as drawn (the people not archived, in the
 * order chosen, with the figures around it), kept so that the next start
 * paints it before the whole team is read. Only for the same day (a row's
 * status depends on it) and the same order (`sorting`, see `sortingKey`).
 */
export type FirstScreen = {
  today: IsoDate;
  sorting: string;
  rows: TeamRow[];
  /** People not archived, over the whole team. */
  count: number;
  /** Everyone, archived included. */
  total: number;
  counts: TeamCounts;
  services: string[];
  hasExample: boolean;
};

/** Rows kept: more than a tall window shows. */
export const FIRST_SCREEN_ROWS = 30;

/** The order of a sorting state, as one string (`name:asc,status:desc`). */
export const sortingKey = (sorting: readonly { id: string; desc: boolean }[]): string => sorting.map(({ id, desc }) => `${id}:${desc ? 'desc' : 'asc'}`).join(',');

/** The first screenful of `sortedRows` (the whole team, in order), with the figures the screen shows around it. */
export function firstScreenOf(sortedRows: readonly TeamRow[], today: IsoDate, sorting: string, services: readonly string[]): FirstScreen {
  const shown = sortedRows.filter((row) => !row.archived);
  return {
    today,
    sorting,
    rows: shown.slice(0, FIRST_SCREEN_ROWS),
    count: shown.length,
    total: sortedRows.length,
    counts: teamCounts(sortedRows),
    services: [...services],
    hasExample: sortedRows.some((row) => row.example),
  };
}
