import { addMonths, isIsoDate, parseDateInput, type IsoDate } from '../dates';
import { cycleAt, type Cycle } from '../cycles';
import type { OutsideMention } from '../insufficient';
import { followUpMentions, type Remediation } from './interim';
import { isCleanText } from '../text';

/**
 * Adopting Jalon with existing staff: a cycle evaluated before Jalon (on
 * paper, in another tool, under the 2014–2021 system) is recorded on the
 * person as « évalué hors Jalon », with the date and the mention under the
 * rules of that time. Kept with the person like the class history: it goes
 * where the person goes (backup, restore, erasure).
 */

/** The first day of the cycles evaluated under the royal decree of 14 January 2022. */
export const RULES_2022_FROM: IsoDate = '2022-01-01';
/** The first day of the cycles of the 2014–2021 system (four mentions). */
export const RULES_2014_FROM: IsoDate = '2014-01-01';

/** Mentions of the 2014–2021 system, best first. */
export const MENTIONS_2014 = ['exceptionnel', 'repond-aux-attentes', 'a-ameliorer', 'insuffisant'] as const;
/** Mentions since 2022: none when expectations are met, or « insuffisant ». */
export const MENTIONS_2022 = ['none', 'insuffisant'] as const;
export const OUTSIDE_MENTIONS = ['exceptionnel', 'repond-aux-attentes', 'a-ameliorer', 'none', 'insuffisant'] as const;
export type OutsideMentionValue = (typeof OUTSIDE_MENTIONS)[number];
export type MentionSystem = '2014-2021' | '2022';

export const OUTSIDE_NOTE_MAX = 2000;
/** How far back a cycle can be recorded: 2014 is the oldest system Jalon knows. */
const MIN_CYCLE_INDEX = -60;

export type OutsideEvaluation = {
  id: string;
  /** The cycle evaluated, on the person's own 12-month grid (negative before Jalon's first cycle). */
  cycleIndex: number;
  /** The day of the evaluation (the mention counts from it). */
  date: IsoDate;
  mention: OutsideMentionValue;
  note: string;
  recordedAt: string;
};

/** The rules a cycle was evaluated under: those in force when it began; `null` before 2014. */
export function mentionSystemOf(cycle: Pick<Cycle, 'start'>): MentionSystem | null {
  if (cycle.start >= RULES_2022_FROM) return '2022';
  if (cycle.start >= RULES_2014_FROM) return '2014-2021';
  return null;
}

export function mentionsOf(system: MentionSystem): readonly OutsideMentionValue[] {
  return system === '2022' ? MENTIONS_2022 : MENTIONS_2014;
}

/**
 * The cycle an evaluation held on `date` closes: the one whose end is nearest
 * (within six months either side: reviewed early, from 60 days before the end,
 * or late, after it), on the person's grid extended backwards before Jalon's
 * first cycle. Older systems often ran on calendar years: a December
 * evaluation goes to the grid's cycle ending nearest to it.
 */
export function cycleEvaluatedOn(firstStart: IsoDate, date: IsoDate): number {
  const limit = addMonths(date, 6);
  // The cycle that contains `limit`, then the one before it.
  let index = Number(limit.slice(0, 4)) - Number(firstStart.slice(0, 4)) + 1;
  while (cycleAt(firstStart, index).start > limit) index--;
  return index - 1;
}

export type OutsideDraft = { cycleIndex: number; date: string; mention: string; note: string };
export type OutsideErrorCode =
  | 'invalid-date'
  | 'date-before-cycle'
  | 'date-in-future'
  | 'cycle-not-started'
  | 'cycle-before-2014'
  | 'cycle-already-recorded'
  | 'cycle-reviewed-in-jalon'
  | 'mention-not-of-rules'
  | 'too-long'
  | 'invalid-characters';
export type OutsideError = { field: 'cycleIndex' | 'date' | 'mention' | 'note'; code: OutsideErrorCode };

/**
 * Checks a cycle marked « évalué hors Jalon »: a cycle that has begun, from
 * 2014 on, not recorded twice nor reviewed in Jalon (a finalised review of it
 * exists), evaluated on a real day between its start and today, with a
 * mention of the rules in force when it began.
 */
export function validateOutsideEvaluation(
  person: { cycleStart: IsoDate; outsideEvaluations?: readonly Pick<OutsideEvaluation, 'id' | 'cycleIndex'>[] },
  draft: OutsideDraft,
  context: { today: IsoDate; lockedCycles: readonly number[]; selfId?: string },
): OutsideError[] {
  const errors: OutsideError[] = [];
  const index = draft.cycleIndex;
  const cycle = Number.isInteger(index) && index >= MIN_CYCLE_INDEX && index <= 200 ? cycleAt(person.cycleStart, index) : null;
  const system = cycle ? mentionSystemOf(cycle) : null;
  if (!cycle || cycle.start > context.today) errors.push({ field: 'cycleIndex', code: 'cycle-not-started' });
  else if (system === null) errors.push({ field: 'cycleIndex', code: 'cycle-before-2014' });
  else if ((person.outsideEvaluations ?? []).some((entry) => entry.cycleIndex === index && entry.id !== context.selfId)) {
    errors.push({ field: 'cycleIndex', code: 'cycle-already-recorded' });
  } else if (context.lockedCycles.includes(index)) errors.push({ field: 'cycleIndex', code: 'cycle-reviewed-in-jalon' });

  const date = parseDateInput(draft.date);
  if (date === null) errors.push({ field: 'date', code: 'invalid-date' });
  else if (date > context.today) errors.push({ field: 'date', code: 'date-in-future' });
  else if (cycle && date < cycle.start) errors.push({ field: 'date', code: 'date-before-cycle' });

  if (system && !(mentionsOf(system) as readonly string[]).includes(draft.mention)) errors.push({ field: 'mention', code: 'mention-not-of-rules' });
  else if (!system && !(OUTSIDE_MENTIONS as readonly string[]).includes(draft.mention)) errors.push({ field: 'mention', code: 'mention-not-of-rules' });

  if (draft.note.length > OUTSIDE_NOTE_MAX) errors.push({ field: 'note', code: 'too-long' });
  else if (!isCleanText(draft.note)) errors.push({ field: 'note', code: 'invalid-characters' });
  return errors;
}

/** The stored record of a checked draft (call `validateOutsideEvaluation` first). */
export function outsideEvaluationFrom(draft: OutsideDraft, id: string, now: string): OutsideEvaluation {
  return { id, cycleIndex: draft.cycleIndex, date: parseDateInput(draft.date)!, mention: draft.mention as OutsideMentionValue, note: draft.note.trim(), recordedAt: now };
}

/** The person's evaluations outside Jalon, in cycle order, each with its cycle. */
export function outsideHistory(person: { cycleStart: IsoDate; outsideEvaluations?: readonly OutsideEvaluation[] }): (OutsideEvaluation & { cycle: Cycle })[] {
  return [...(person.outsideEvaluations ?? [])]
    .sort((a, b) => a.cycleIndex - b.cycleIndex)
    .map((entry) => ({ ...entry, cycle: cycleAt(person.cycleStart, entry.cycleIndex) }));
}

/** What the « insuffisant » count needs of them (`shared/insufficient.ts`). */
export function outsideMentions(person: { outsideEvaluations?: readonly OutsideEvaluation[] }): OutsideMention[] {
  return (person.outsideEvaluations ?? []).map((entry) => ({ id: entry.id, date: entry.date, insufficient: entry.mention === 'insuffisant', source: 'outside' as const }));
}

/** Every mention recorded on the person beside the reviews: outside Jalon, and the follow-ups of remediation periods. */
export function personMentions(person: { outsideEvaluations?: readonly OutsideEvaluation[]; remediations?: readonly Remediation[] }): OutsideMention[] {
  return [...outsideMentions(person), ...followUpMentions(person)];
}

/** The cycles of the person's grid that are recorded as evaluated outside Jalon. */
export function outsideCycles(person: { outsideEvaluations?: readonly Pick<OutsideEvaluation, 'cycleIndex'>[] }): Set<number> {
  return new Set((person.outsideEvaluations ?? []).map((entry) => entry.cycleIndex));
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');

const MENTION_WORDS: Record<string, OutsideMentionValue> = {
  exceptionnel: 'exceptionnel',
  uitzonderlijk: 'exceptionnel',
  repondauxattentes: 'repond-aux-attentes',
  voldoetaandeverwachtingen: 'repond-aux-attentes',
  aameliorer: 'a-ameliorer',
  teverbeteren: 'a-ameliorer',
  insuffisant: 'insuffisant',
  onvoldoende: 'insuffisant',
  sansmention: 'none',
  aucunemention: 'none',
  aucune: 'none',
  geenvermelding: 'none',
};

/** A mention as a person types it (« Répond aux attentes », « à améliorer », « onvoldoende »), or `null`. */
export function readMention(text: string): OutsideMentionValue | null {
  return MENTION_WORDS[fold(text)] ?? null;
}

export type CsvOutsideEntry = { date: IsoDate; mention: OutsideMentionValue };
/** The cell's entries, or why it cannot be read (a CSV row's codes, shown on the row's line). */
export type CsvOutsideResult = { ok: true; value: CsvOutsideEntry[] } | { ok: false; error: { code: 'invalid-date' | 'invalid-value' } };

/**
 * An HR export's past evaluations, in one cell: « 15/12/2019 répond aux
 * attentes ; 18/12/2021 à améliorer » (entries separated by « ; », « | » or
 * a line break, each a date then a mention). Empty cell: none.
 */
export function readOutsideCell(cell: string): CsvOutsideResult {
  const entries: CsvOutsideEntry[] = [];
  for (const part of cell.split(/[;|\r\n]+/)) {
    const text = part.trim();
    if (text === '') continue;
    const match = /^(\S+)\s*:?\s*(.+)$/.exec(text);
    if (!match) return { ok: false, error: { code: 'invalid-value' } };
    const date = parseDateInput(match[1]!);
    if (date === null || !isIsoDate(date)) return { ok: false, error: { code: 'invalid-date' } };
    const mention = readMention(match[2]!);
    if (mention === null) return { ok: false, error: { code: 'invalid-value' } };
    entries.push({ date, mention });
  }
  return { ok: true, value: entries };
}
