import { addDays, dayOfWeek, formatDateFr, isIsoDate, MAX_YEAR, MIN_YEAR, type IsoDate } from './dates';
import type { Result } from './result';

/**
 * The non-working days of federal staff, year by year, and working-day
 * arithmetic over them (royal decree of 19 November 1998 on leave, as
 * amended; the federal circulars on compensation and bridge days).
 */

/** Easter Sunday of `year` (Gregorian calendar; anonymous algorithm of Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

function iso(year: number, month: number, day: number): IsoDate {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Why a day is off: the kind decides whether it comes from the law, a regulation, a circular or the organisation. */
export type DayOffKind = 'legal' | 'regulatory' | 'compensation' | 'bridge' | 'extra';

export type DayOff = {
  date: IsoDate;
  reason: string;
  kind: DayOffKind;
  /** A bridge day beyond the second of its year: the minister decides which ones are granted. */
  needsDecision?: boolean;
};

/** The ten legal public holidays of `year`, with their names. */
export function legalHolidays(year: number): DayOff[] {
  const easter = easterSunday(year);
  const legal = (date: IsoDate, reason: string): DayOff => ({ date, reason, kind: 'legal' });
  return [
    legal(iso(year, 1, 1), 'Nouvel An'),
    legal(addDays(easter, 1), 'Lundi de Pâques'),
    legal(iso(year, 5, 1), 'Fête du Travail'),
    legal(addDays(easter, 39), 'Ascension'),
    legal(addDays(easter, 50), 'Lundi de Pentecôte'),
    legal(iso(year, 7, 21), 'Fête nationale'),
    legal(iso(year, 8, 15), 'Assomption'),
    legal(iso(year, 11, 1), 'Toussaint'),
    legal(iso(year, 11, 11), 'Armistice'),
    legal(iso(year, 12, 25), 'Noël'),
  ].sort(byDate);
}

/** The three regulatory days off of federal staff. */
export function regulatoryDaysOff(year: number): DayOff[] {
  return [
    { date: iso(year, 11, 2), reason: 'Jour des défunts (jour de congé réglementaire)', kind: 'regulatory' as const },
    { date: iso(year, 11, 15), reason: 'Fête du Roi (jour de congé réglementaire)', kind: 'regulatory' as const },
    { date: iso(year, 12, 26), reason: 'Lendemain de Noël (jour de congé réglementaire)', kind: 'regulatory' as const },
  ];
}

const byDate = (a: { date: IsoDate }, b: { date: IsoDate }) => a.date.localeCompare(b.date);

const isWeekend = (date: IsoDate) => {
  const weekday = dayOfWeek(date);
  return weekday === 0 || weekday === 6;
};

/**
 * Public contract: the 10 legal holidays and the 3 regulatory days off of
 * federal staff in `year`, sorted by date (no compensation or bridge days,
 * which depend on circulars: see `computedDaysOff`).
 */
export function federalDaysOff(year: number): { date: string; reason: string }[] {
  return [...legalHolidays(year), ...regulatoryDaysOff(year)].sort(byDate).map(({ date, reason }) => ({ date, reason }));
}

/** Bridge days are granted from this year on. */
export const BRIDGE_DAYS_SINCE = 2023;
/** Beyond this many bridge days in a year, the minister decides which are granted. */
export const BRIDGE_DAYS_WITHOUT_DECISION = 2;

/**
 * The bridge days falling in `year`: the Monday before a legal holiday on a
 * Tuesday and the Friday after one on a Thursday (from 2023), unless that day
 * is already off. A Monday 31 December bridges the next year's New Year.
 */
export function bridgeDays(year: number): DayOff[] {
  if (year < BRIDGE_DAYS_SINCE) return [];
  const alreadyOff = new Set([...legalHolidays(year), ...regulatoryDaysOff(year)].map((day) => day.date));
  const holidays = [...legalHolidays(year), ...(year < MAX_YEAR ? legalHolidays(year + 1) : [])];
  const bridges: DayOff[] = [];
  for (const holiday of holidays) {
    const weekday = dayOfWeek(holiday.date);
    const bridge = weekday === 2 ? addDays(holiday.date, -1) : weekday === 4 ? addDays(holiday.date, 1) : null;
    if (!bridge || !bridge.startsWith(`${year}-`) || alreadyOff.has(bridge)) continue;
    const weekdayName = weekday === 2 ? 'mardi' : 'jeudi';
    bridges.push({ date: bridge, reason: `Pont : ${holiday.reason} le ${weekdayName} ${formatDateFr(holiday.date)}`, kind: 'bridge' });
  }
  bridges.sort(byDate);
  if (bridges.length > BRIDGE_DAYS_WITHOUT_DECISION) return bridges.map((bridge) => ({ ...bridge, needsDecision: true }));
  return bridges;
}

/** The compensation days of `year`: one for each legal holiday on a Saturday or Sunday, placed on the working days from 27 to 31 December. */
export function compensationDays(year: number): { days: DayOff[]; unplaced: DayOff[] } {
  const weekendHolidays = legalHolidays(year).filter((holiday) => isWeekend(holiday.date));
  const taken = new Set(bridgeDays(year).map((day) => day.date));
  const slots = [27, 28, 29, 30, 31].map((day) => iso(year, 12, day)).filter((date) => !isWeekend(date) && !taken.has(date));
  const days = weekendHolidays.slice(0, slots.length).map((holiday, index) => ({
    date: slots[index]!,
    reason: `Compensation : ${holiday.reason} (${isSunday(holiday.date) ? 'dimanche' : 'samedi'} ${formatDateFr(holiday.date)})`,
    kind: 'compensation' as const,
  }));
  return { days, unplaced: weekendHolidays.slice(slots.length) };
}

const isSunday = (date: IsoDate) => dayOfWeek(date) === 0;

/** Every day off the rules give for `year`, before the organisation's changes. */
export function computedDaysOff(year: number): DayOff[] {
  return [...legalHolidays(year), ...regulatoryDaysOff(year), ...compensationDays(year).days, ...bridgeDays(year)].sort(byDate);
}

/** The working week used to count deadlines: whether Saturday counts is not settled in the texts, so it is stated. */
export const WORKING_WEEKS = ['mon-fri', 'mon-sat'] as const;
export type WorkingWeek = (typeof WORKING_WEEKS)[number];

/** What the organisation changes in the computed calendar. */
export type CalendarSettings = {
  workingWeek: WorkingWeek;
  /** Computed days the organisation does not grant (e.g. a bridge day the minister did not keep). */
  removed: IsoDate[];
  /** Days off the organisation adds, each with its reason. */
  extra: { date: IsoDate; reason: string }[];
};

export const DEFAULT_CALENDAR: CalendarSettings = { workingWeek: 'mon-fri', removed: [], extra: [] };

export const CALENDAR_REASON_MAX = 160;

/** A day of the calendar as Paramètres shows it: computed or added, and whether it is removed. */
export type CalendarEntry = DayOff & { removed: boolean };

/** The year's days off as the organisation sees them: computed ones (marked when removed) and added ones. */
export function calendarOfYear(year: number, settings: CalendarSettings): CalendarEntry[] {
  const removed = new Set(settings.removed);
  const computed = computedDaysOff(year).map((day) => ({ ...day, removed: removed.has(day.date) }));
  const known = new Set(computed.map((day) => day.date));
  const extra = settings.extra
    .filter((day) => day.date.startsWith(`${year}-`) && !known.has(day.date))
    .map((day) => ({ date: day.date, reason: day.reason, kind: 'extra' as const, removed: false }));
  return [...computed, ...extra].sort(byDate);
}

/** The days off actually in force over `years`. */
export function effectiveDaysOff(years: Iterable<number>, settings: CalendarSettings): Set<IsoDate> {
  const days = new Set<IsoDate>();
  for (const year of years) for (const entry of calendarOfYear(year, settings)) if (!entry.removed) days.add(entry.date);
  return days;
}

function isWorkingDayIn(date: IsoDate, daysOff: ReadonlySet<IsoDate>, workingWeek: WorkingWeek): boolean {
  const weekday = dayOfWeek(date);
  if (weekday === 0 || (weekday === 6 && workingWeek === 'mon-fri')) return false;
  return !daysOff.has(date);
}

function addWorkingDaysIn(startIso: IsoDate, days: number, daysOff: ReadonlySet<IsoDate>, workingWeek: WorkingWeek): IsoDate {
  let date = startIso;
  let remaining = days;
  while (remaining > 0) {
    date = addDays(date, 1);
    if (isWorkingDayIn(date, daysOff, workingWeek)) remaining--;
  }
  return date;
}

/**
 * Public contract: the date `days` working days after `startIso` (the start
 * day itself not counted), Monday to Friday, skipping `daysOff`.
 */
export function addWorkingDays(startIso: string, days: number, daysOff: Iterable<string>): string {
  return addWorkingDaysIn(startIso, days, new Set(daysOff), 'mon-fri');
}

/** The employee may appeal in writing within 20 working days of receiving the report. */
export const APPEAL_WORKING_DAYS = 20;

/**
 * The last day to appeal, for a report received on `receivedOn`: counting
 * starts the next day, over the organisation's calendar.
 */
export function appealDeadline(receivedOn: IsoDate, settings: CalendarSettings = DEFAULT_CALENDAR): IsoDate {
  const year = Number(receivedOn.slice(0, 4));
  const daysOff = effectiveDaysOff([year, Math.min(year + 1, MAX_YEAR)], settings);
  return addWorkingDaysIn(receivedOn, APPEAL_WORKING_DAYS, daysOff, settings.workingWeek);
}

export type CalendarError = { code: 'invalid-date' | 'day-reason-required' | 'day-reason-too-long' | 'already-off' | 'out-of-range' };

/** Adds a day off of the organisation's own, refusing a bad date, an empty reason or a day already off. */
export function addExtraDay(
  settings: CalendarSettings,
  day: { date: string; reason: string },
): Result<CalendarSettings, CalendarError> {
  const reason = day.reason.trim();
  if (!isIsoDate(day.date)) return { ok: false, error: { code: 'invalid-date' } };
  const year = Number(day.date.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR) return { ok: false, error: { code: 'out-of-range' } };
  if (reason === '') return { ok: false, error: { code: 'day-reason-required' } };
  if (reason.length > CALENDAR_REASON_MAX) return { ok: false, error: { code: 'day-reason-too-long' } };
  const active = calendarOfYear(year, settings).some((entry) => entry.date === day.date && !entry.removed);
  if (active) return { ok: false, error: { code: 'already-off' } };
  const computed = computedDaysOff(year).some((entry) => entry.date === day.date);
  if (computed) return { ok: true, value: { ...settings, removed: settings.removed.filter((date) => date !== day.date) } };
  return { ok: true, value: { ...settings, extra: [...settings.extra, { date: day.date, reason }].sort(byDate) } };
}

/** Removes a day off: a computed one is marked removed (and can be restored), an added one is deleted. */
export function removeDay(settings: CalendarSettings, date: IsoDate): CalendarSettings {
  if (settings.extra.some((day) => day.date === date)) return { ...settings, extra: settings.extra.filter((day) => day.date !== date) };
  if (settings.removed.includes(date)) return settings;
  return { ...settings, removed: [...settings.removed, date].sort() };
}

/** Gives back a computed day off that was removed. */
export function restoreDay(settings: CalendarSettings, date: IsoDate): CalendarSettings {
  return { ...settings, removed: settings.removed.filter((candidate) => candidate !== date) };
}

/** Reads stored calendar settings, keeping only well-formed entries. */
export function normaliseCalendar(value: unknown): CalendarSettings {
  const record = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const workingWeek = WORKING_WEEKS.includes(record.workingWeek as WorkingWeek) ? (record.workingWeek as WorkingWeek) : 'mon-fri';
  const removed = Array.isArray(record.removed) ? record.removed.filter(isIsoDate) : [];
  const extra = Array.isArray(record.extra)
    ? record.extra
        .filter((day): day is { date: IsoDate; reason: string } => !!day && typeof day === 'object' && isIsoDate((day as { date?: unknown }).date) && typeof (day as { reason?: unknown }).reason === 'string')
        .map((day) => ({ date: day.date, reason: day.reason }))
    : [];
  return { workingWeek, removed, extra };
}
