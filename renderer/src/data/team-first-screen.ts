import type { IsoDate } from '../../../shared/dates';
import { TEAM_STATUSES, type TeamRow } from '../../../shared/team';
import { teamCounts, type TeamCounts } from '../../../shared/team-dashboard';

/**
 * The team screen's first screenful as it was last drawn (the people not
 * archived, in the order chosen, with the numbers around them), kept in this
 * profile's localStorage beside the database, so that the next start paints
 * it before the whole team is read; the read follows and replaces it. Only
 * for the same day (a row's status depends on it) and the same order.
 * Only the first team screen after start uses it (later, it would show the
 * team as it was before the edits just made). Erasing a person, restoring a
 * backup and removing the example forget it (`forgetFirstScreen`), so that
 * nobody erased is shown again, even for a moment. What cannot be read back
 * is ignored and removed.
 */
export type FirstScreen = {
  today: IsoDate;
  /** The order the rows are in (`sortingKey`). */
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

export const FIRST_SCREEN_KEY = 'jalon.team.firstScreen';
/** Rows kept: more than a tall window shows. */
export const FIRST_SCREEN_ROWS = 30;

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

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function rememberFirstScreen(screen: FirstScreen): void {
  try {
    storage()?.setItem(FIRST_SCREEN_KEY, JSON.stringify(screen));
  } catch {
    // Storage full or refused: the next start reads the team first, as without it.
  }
}

export function forgetFirstScreen(): void {
  try {
    storage()?.removeItem(FIRST_SCREEN_KEY);
  } catch {
    // Nothing kept to forget.
  }
}

/** The screenful kept for this day and order, or `null` (none, another day or order, or unreadable: then removed). */
export function readFirstScreen(today: IsoDate, sorting: string): FirstScreen | null {
  let text: string | null;
  try {
    text = storage()?.getItem(FIRST_SCREEN_KEY) ?? null;
  } catch {
    return null;
  }
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = null;
  }
  if (!isFirstScreen(value)) {
    forgetFirstScreen();
    return null;
  }
  return value.today === today && value.sorting === sorting && value.rows.length > 0 ? value : null;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function isRow(value: unknown): value is TeamRow {
  if (!isObject(value) || !isObject(value['cycle'])) return false;
  const cycle = value['cycle'];
  return (
    isString(value['id']) &&
    isString(value['name']) &&
    isString(value['staffNumber']) &&
    (value['classId'] === null || isString(value['classId'])) &&
    isString(value['service']) &&
    value['archived'] === false &&
    typeof value['example'] === 'boolean' &&
    isCount(cycle['index']) &&
    isString(cycle['start']) &&
    isString(cycle['end']) &&
    (TEAM_STATUSES as readonly unknown[]).includes(value['status']) &&
    (value['lastReviewDate'] === null || isString(value['lastReviewDate'])) &&
    (value['belowCount'] === null || isCount(value['belowCount'])) &&
    isString(value['searchKey'])
  );
}

function isFirstScreen(value: unknown): value is FirstScreen {
  if (!isObject(value) || !isObject(value['counts'])) return false;
  const counts = value['counts'];
  return (
    isString(value['today']) &&
    isString(value['sorting']) &&
    Array.isArray(value['rows']) &&
    value['rows'].length <= FIRST_SCREEN_ROWS &&
    value['rows'].every(isRow) &&
    isCount(value['count']) &&
    isCount(value['total']) &&
    (['toReview', 'drafts', 'ready', 'overdue', 'belowExpected'] as const).every((key) => isCount(counts[key])) &&
    Array.isArray(value['services']) &&
    value['services'].every(isString) &&
    typeof value['hasExample'] === 'boolean'
  );
}
