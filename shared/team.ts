import { addDays, addMonths, type IsoDate } from './dates';
import { DUE_BEFORE_END_DAYS, cycleAt, cycleState, type Cycle } from './cycles';
import type { ClassId } from './framework';
import { currentClass, foldForSearch, searchKeyOf, type Person } from './people/person';
import { isLocked } from './reviews/basics';
import type { ReviewSummary } from './reviews/summary';
import { NEXT_ACTION_ORDER, nextAction } from './team-dashboard';

/** The status of a person's current cycle, as the team overview shows it. */
export const TEAM_STATUSES = ['pas-commencee', 'brouillon', 'prete', 'finalisee', 'signee', 'hors-jalon', 'en-retard'] as const;
export type TeamStatus = (typeof TEAM_STATUSES)[number];

export type TeamRow = {
  id: string;
  name: string;
  staffNumber: string;
  classId: ClassId | string | null;
  service: string;
  archived: boolean;
  example: boolean;
  cycle: Cycle;
  status: TeamStatus;
  /** When the latest finalised review was finalised. */
  lastReviewDate: IsoDate | null;
  /** Competencies below expectation in the latest rated review; `null` with no review. */
  belowCount: number | null;
  /** Name, staff number and service folded for search, once when the row is built (`searchKeyOf`). */
  searchKey: string;
};

/**
 * The cycle the manager is working on: the latest one that is due (from 60
 * days before its end), or the first cycle when none is due yet.
 */
export function cycleToReview(firstStart: IsoDate, today: IsoDate): Cycle {
  return cycleAt(firstStart, cycleIndexToReview(firstStart, dueLimit(today)));
}

/** A cycle is due once the next one starts on or before this day (its end, less 60 days, is today or earlier). */
const dueLimit = (today: IsoDate): IsoDate => addDays(today, DUE_BEFORE_END_DAYS + 1);

function cycleIndexToReview(firstStart: IsoDate, limit: IsoDate): number {
  // No cycle past the year difference can be due yet: start there and walk back (one or two steps),
  // rather than forward from the first cycle — this runs for every person each time the team opens.
  let index = Math.max(0, Number(limit.slice(0, 4)) - Number(firstStart.slice(0, 4)) + 1);
  while (index > 0 && addMonths(firstStart, 12 * (index + 1)) > limit) index--;
  return index;
}

function statusOf(cycle: Cycle, summary: TeamReviewFacts | undefined, today: IsoDate, outside: boolean): TeamStatus {
  // A cycle recorded as evaluated outside Jalon (adopting existing staff) is neither to do nor overdue.
  if (outside && !(summary && isLocked(summary.status))) return 'hors-jalon';
  if (summary) {
    switch (summary.status) {
      case 'signee':
      case 'cloturee':
        return 'signee';
      case 'finalisee':
      case 'remise':
        return 'finalisee';
    }
  }
  if (cycleState(cycle, summary ? isLocked(summary.status) : false, today) === 'overdue') return 'en-retard';
  return summary ? (summary.status === 'prete' ? 'prete' : 'brouillon') : 'pas-commencee';
}

/** What the team overview needs of one review. */
export type TeamReviewFacts = Pick<ReviewSummary, 'cycleIndex' | 'status' | 'finalisedAt' | 'belowCount'> & { rated: boolean };

/**
 * One row per person with the facts of all their reviews: the team overview
 * reads this, not every review summary. The facts are packed in one string
 * (`encodeFacts`), which the browser reads back far faster than an array of objects.
 */
export type PersonSummary = { personId: string; facts: string };

const STATUS_CODES = ['brouillon', 'prete', 'finalisee', 'remise', 'signee', 'cloturee'] as const;

/** `cycleIndex,status,finalisedAt,belowCount,rated;…` — status as its index, dates as given. */
export function encodeFacts(facts: readonly TeamReviewFacts[]): string {
  return facts
    .map((fact) => [fact.cycleIndex, STATUS_CODES.indexOf(fact.status), fact.finalisedAt ?? '', fact.belowCount, fact.rated ? 1 : 0].join(','))
    .join(';');
}

export function decodeFacts(packed: string): TeamReviewFacts[] {
  if (packed === '') return [];
  return packed.split(';').map((entry) => {
    const [cycleIndex, status, finalisedAt, belowCount, rated] = entry.split(',');
    return {
      cycleIndex: Number(cycleIndex),
      status: STATUS_CODES[Number(status)] ?? 'brouillon',
      finalisedAt: finalisedAt === '' || finalisedAt === undefined ? null : finalisedAt,
      belowCount: Number(belowCount),
      rated: rated === '1',
    };
  });
}

export function reviewFacts(summary: ReviewSummary): TeamReviewFacts {
  return {
    cycleIndex: summary.cycleIndex,
    status: summary.status,
    finalisedAt: summary.finalisedAt,
    belowCount: summary.belowCount,
    rated: Object.keys(summary.gaps).length > 0,
  };
}

/** The person summaries of these review summaries, one per person (grouped in one pass). */
export function personSummaries(summaries: readonly ReviewSummary[]): PersonSummary[] {
  const byPerson = new Map<string, TeamReviewFacts[]>();
  for (const summary of summaries) {
    const list = byPerson.get(summary.personId);
    if (list) list.push(reviewFacts(summary));
    else byPerson.set(summary.personId, [reviewFacts(summary)]);
  }
  return [...byPerson].map(([personId, reviews]) => ({ personId, facts: encodeFacts(reviews.sort((a, b) => a.cycleIndex - b.cycleIndex)) }));
}

/** One row of the team overview, from the person and the facts of their reviews. */
export function teamRow(person: Person, summaries: readonly TeamReviewFacts[], today: IsoDate): TeamRow {
  return rowOf(person, summaries, cycleToReview(person.cycleStart, today), today);
}

function rowOf(person: Person, summaries: readonly TeamReviewFacts[], cycle: Cycle, today: IsoDate): TeamRow {
  const current = summaries.find((summary) => summary.cycleIndex === cycle.index);
  let lastFinalised: TeamReviewFacts | undefined;
  let lastRated: TeamReviewFacts | undefined;
  for (const summary of summaries) {
    if (summary.finalisedAt && (!lastFinalised || summary.cycleIndex > lastFinalised.cycleIndex)) lastFinalised = summary;
    if (summary.rated && (!lastRated || summary.cycleIndex > lastRated.cycleIndex)) lastRated = summary;
  }
  let lastReviewDate = lastFinalised?.finalisedAt?.slice(0, 10) ?? null;
  let outside = false;
  for (const entry of person.outsideEvaluations ?? []) {
    if (entry.cycleIndex === cycle.index) outside = true;
    if (lastReviewDate === null || entry.date > lastReviewDate) lastReviewDate = entry.date;
  }
  return {
    id: person.id,
    name: person.name,
    staffNumber: person.staffNumber,
    classId: currentClass(person),
    service: person.service,
    archived: person.archived,
    example: person.example,
    cycle,
    status: statusOf(cycle, current, today, outside),
    lastReviewDate,
    belowCount: lastRated ? lastRated.belowCount : null,
    searchKey: searchKeyOf(person),
  };
}

/**
 * The facts a row needs from a packed history (`encodeFacts`, oldest first):
 * read from the newest back, stopping once the current cycle, the last
 * finalised and the last rated review are found — the older years are never
 * decoded. Any other order is decoded whole.
 */
function neededFacts(packed: string, cycleIndex: number): TeamReviewFacts[] {
  if (packed === '') return [];
  const entries = packed.split(';');
  for (let index = 1; index < entries.length; index++) {
    if (parseInt(entries[index]!, 10) <= parseInt(entries[index - 1]!, 10)) return decodeFacts(packed);
  }
  const needed: TeamReviewFacts[] = [];
  let current = false;
  let finalised = false;
  let rated = false;
  for (let index = entries.length - 1; index >= 0; index--) {
    const fact = decodeFacts(entries[index]!)[0]!;
    needed.push(fact);
    current ||= fact.cycleIndex === cycleIndex || fact.cycleIndex < cycleIndex;
    finalised ||= fact.finalisedAt !== null;
    rated ||= fact.rated;
    if (current && finalised && rated) break;
  }
  return needed;
}

/**
 * Every row of the team overview. Each person's cycle is worked out once per
 * distinct first-cycle date, and only the newest facts of each history are read.
 */
export function teamRows(people: readonly Person[], summaries: readonly PersonSummary[], today: IsoDate): TeamRow[] {
  const packedOf = new Map(summaries.map((summary) => [summary.personId, summary.facts]));
  const cycles = new Map<IsoDate, Cycle>();
  const limit = dueLimit(today);
  return people.map((person) => {
    let cycle = cycles.get(person.cycleStart);
    if (!cycle) cycles.set(person.cycleStart, (cycle = cycleAt(person.cycleStart, cycleIndexToReview(person.cycleStart, limit))));
    return rowOf(person, neededFacts(packedOf.get(person.id) ?? '', cycle.index), cycle, today);
  });
}

export type TeamFilter = { text: string; classId: string; status: string; service: string; showArchived: boolean };

export const EMPTY_TEAM_FILTER: TeamFilter = { text: '', classId: '', status: '', service: '', showArchived: false };

/** Whether a filter keeps everyone not archived (nothing typed or chosen). */
export const isEmptyTeamFilter = (filter: TeamFilter): boolean =>
  (Object.keys(EMPTY_TEAM_FILTER) as (keyof TeamFilter)[]).every((key) => filter[key] === EMPTY_TEAM_FILTER[key]);

/**
 * The rows the filter keeps, in the order given: filter an already-sorted list
 * and nothing is sorted again per keystroke. The query is folded once, each
 * row's text was folded when the row was built.
 */
export function filterTeamRows(rows: readonly TeamRow[], filter: TeamFilter): TeamRow[] {
  const needle = foldForSearch(filter.text.trim());
  const searching = needle !== '';
  if (searching && needle.includes('\n')) return [];
  return rows.filter(
    (row) =>
      (filter.showArchived || !row.archived) &&
      (filter.classId === '' || row.classId === filter.classId) &&
      (filter.status === '' || row.status === filter.status) &&
      (filter.service === '' || row.service === filter.service) &&
      (!searching || row.searchKey.includes(needle)),
  );
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** French order for names and services: accents and case aside, numbers by value (Léa 9 before Léa 10). */
export function compareText(a: string, b: string): number {
  return collator.compare(a, b);
}

/** The columns the team table sorts by, as TanStack's sorting state names them. */
export type TeamSortId = 'name' | 'staffNumber' | 'classId' | 'service' | 'status' | 'cycleEnd' | 'next' | 'lastReview' | 'below';
export type TeamSorting = readonly { id: string; desc: boolean }[];

/** Ranks of texts already in French order: texts the collator finds equal (« émile », « Emile ») share one, so their rows keep their order. */
function ranksOfSorted(distinct: readonly string[]): Map<string, number> {
  const ranks = new Map<string, number>();
  let rank = 0;
  distinct.forEach((value, index) => {
    if (index > 0 && collator.compare(distinct[index - 1]!, value) !== 0) rank++;
    ranks.set(value, rank);
  });
  return ranks;
}

/**
 * Each distinct text's rank in French order: the collator runs once per
 * distinct value (a few hundred services and names, not n log n compares),
 * and every later sort compares numbers.
 */
function frenchRanks(values: readonly string[]): Map<string, number> {
  return ranksOfSorted([...new Set(values)].sort(collator.compare));
}

/**
 * Lets long work give the main thread back: `due` says whether the current
 * slice has run long enough, `pause` waits for the browser to draw and answer
 * input before the next one.
 */
export type Slicer = { due: () => boolean; pause: () => Promise<void> };

/** The collator's order of `values`, a slice at a time: runs sorted apart, then merged (stable, as Array.prototype.sort). */
async function sortedInSlices(values: readonly string[], slicer: Slicer): Promise<string[]> {
  const RUN = 1024;
  let runs: string[][] = [];
  for (let start = 0; start < values.length; start += RUN) {
    runs.push(values.slice(start, start + RUN).sort(collator.compare));
    if (slicer.due()) await slicer.pause();
  }
  while (runs.length > 1) {
    const merged: string[][] = [];
    for (let index = 0; index < runs.length; index += 2) {
      const [left, right] = [runs[index]!, runs[index + 1]];
      if (!right) {
        merged.push(left);
        continue;
      }
      const out: string[] = [];
      let [i, j] = [0, 0];
      while (i < left.length && j < right.length) {
        out.push(collator.compare(left[i]!, right[j]!) <= 0 ? left[i++]! : right[j++]!);
        if ((out.length & 255) === 0 && slicer.due()) await slicer.pause();
      }
      while (i < left.length) out.push(left[i++]!);
      while (j < right.length) out.push(right[j++]!);
      merged.push(out);
    }
    runs = merged;
  }
  return runs[0] ?? [];
}

type SortKeys = Record<TeamSortId, Float64Array>;

/** Sort keys per row, computed once per list of rows (the rows of one read), then reused by every sort. */
const sortKeysCache = new WeakMap<readonly TeamRow[], Partial<SortKeys>>();

const TEXT_OF: Partial<Record<TeamSortId, (row: TeamRow) => string>> = {
  name: (row) => row.name,
  staffNumber: (row) => row.staffNumber,
  classId: (row) => row.classId ?? '',
  service: (row) => row.service,
  lastReview: (row) => row.lastReviewDate ?? '',
};

function keysFrom(rows: readonly TeamRow[], id: TeamSortId, ranksOf: (values: readonly string[]) => Map<string, number>): Float64Array {
  const keys = new Float64Array(rows.length);
  const text = TEXT_OF[id];
  if (text) {
    const values = rows.map(text);
    const ranks = ranksOf(values);
    values.forEach((value, index) => (keys[index] = ranks.get(value)!));
  } else if (id === 'status') {
    rows.forEach((row, index) => (keys[index] = TEAM_STATUSES.indexOf(row.status)));
  } else if (id === 'cycleEnd') {
    rows.forEach((row, index) => (keys[index] = Number(row.cycle.end.replaceAll('-', ''))));
  } else if (id === 'next') {
    rows.forEach((row, index) => (keys[index] = NEXT_ACTION_ORDER.indexOf(nextAction(row))));
  } else {
    rows.forEach((row, index) => (keys[index] = row.belowCount ?? -1));
  }
  return keys;
}

/** The sort keys already computed for these rows (one read's rows), by column. */
function keysCacheOf(rows: readonly TeamRow[]): Partial<SortKeys> {
  return entryFor(sortKeysCache, rows);
}

/** What a per-read cache holds for these rows (one read's rows), created empty on first use. */
function entryFor<T>(cache: WeakMap<readonly TeamRow[], Partial<T>>, rows: readonly TeamRow[]): Partial<T> {
  let entry = cache.get(rows);
  if (!entry) cache.set(rows, (entry = {}));
  return entry;
}

function sortKey(rows: readonly TeamRow[], id: TeamSortId): Float64Array {
  return (keysCacheOf(rows)[id] ??= keysFrom(rows, id, frenchRanks));
}

const isSortId = (id: string): id is TeamSortId => SORT_IDS.includes(id);

/** Row indexes in ascending order of one column, ties in the order given: sorted once per list of rows and column. */
const ascendingCache = new WeakMap<readonly TeamRow[], Partial<Record<TeamSortId, Uint32Array>>>();

function ascendingOrder(rows: readonly TeamRow[], id: TeamSortId): Uint32Array {
  const cached = entryFor(ascendingCache, rows);
  if (!cached[id]) {
    const keys = sortKey(rows, id);
    cached[id] = Uint32Array.from(rows.keys()).sort((a, b) => keys[a]! - keys[b]! || a - b);
  }
  return cached[id];
}

/** The descending order from the ascending one: its runs of equal keys taken from the last, each kept in the order given. */
function descendingOrder(ascending: Uint32Array, keys: Float64Array): Uint32Array {
  const out = new Uint32Array(ascending.length);
  let next = 0;
  for (let end = ascending.length; end > 0; ) {
    let start = end - 1;
    const key = keys[ascending[start]!];
    while (start > 0 && keys[ascending[start - 1]!] === key) start--;
    out.set(ascending.subarray(start, end), next);
    next += end - start;
    end = start;
  }
  return out;
}

/**
 * Computes ahead, a slice at a time, what `sortTeamRows` would compute at once
 * for `sorting` on these rows: the sort keys, and for one column its
 * ascending order. At 10,000 people, ordering the names in French is one task
 * of 20–30 ms; sliced, the first drawing of the whole team only reads orders.
 */
export async function prepareSortKeys(rows: readonly TeamRow[], sorting: TeamSorting, slicer: Slicer): Promise<void> {
  const cached = keysCacheOf(rows);
  const ids = sorting.map(({ id }) => id).filter(isSortId);
  for (const id of ids) {
    if (cached[id]) continue;
    const text = TEXT_OF[id];
    // Texts are ordered in slices; status, cycle ends, next actions and counts are numbers already (keysFrom never asks for ranks).
    const ranks = text ? ranksOfSorted(await sortedInSlices([...new Set(rows.map(text))], slicer)) : new Map<string, number>();
    cached[id] = keysFrom(rows, id, () => ranks);
    if (slicer.due()) await slicer.pause();
  }
  if (ids.length === 1 && sorting.length === 1) {
    ascendingOrder(rows, ids[0]!);
    if (slicer.due()) await slicer.pause();
  }
}

/**
 * Prepares every column's one-column sort (`prepareSortKeys`), a slice at a
 * time: run when the browser is idle after a read, so that the first click
 * on any header only reads an order. Each column at 10,000 people is at most
 * one task of a few milliseconds once its texts are ordered in slices.
 */
export async function prepareEverySort(rows: readonly TeamRow[], slicer: Slicer): Promise<void> {
  for (const id of SORT_IDS) await prepareSortKeys(rows, [{ id, desc: false }], slicer);
}

const SORT_IDS: readonly string[] = ['name', 'staffNumber', 'classId', 'service', 'status', 'cycleEnd', 'next', 'lastReview', 'below'] satisfies TeamSortId[];

/**
 * The rows in the table's order: each sorting column in turn (French order
 * for text, numbers by value), ties in the order given. Returns the same
 * array when nothing sorts.
 */
export function sortTeamRows(rows: readonly TeamRow[], sorting: TeamSorting): readonly TeamRow[] {
  const sorts = sorting.filter((entry): entry is { id: TeamSortId; desc: boolean } => isSortId(entry.id));
  if (sorts.length === 0) return rows;
  if (sorts.length === 1) {
    // One column (the table's usual case): its ascending order is sorted once per read, either way is then one pass.
    const { id, desc } = sorts[0]!;
    const order = ascendingOrder(rows, id);
    return Array.from(desc ? descendingOrder(order, sortKey(rows, id)) : order, (index) => rows[index]!);
  }
  const columns = sorts.map((entry) => ({ keys: sortKey(rows, entry.id), sign: entry.desc ? -1 : 1 }));
  const order = Array.from(rows.keys());
  order.sort((a, b) => {
    for (const { keys, sign } of columns) {
      const difference = keys[a]! - keys[b]!;
      if (difference !== 0) return sign * difference;
    }
    return a - b;
  });
  return order.map((index) => rows[index]!);
}
