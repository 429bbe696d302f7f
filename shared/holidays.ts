import { addDays, dayOfWeek, type IsoDate } from './dates';

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
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The ten legal public holidays of Belgium in `year`: New Year, Easter Monday,
 * Labour Day, Ascension, Whit Monday, National Day, Assumption, All Saints,
 * Armistice, Christmas.
 */
export function belgianPublicHolidays(year: number): IsoDate[] {
  const easter = easterSunday(year);
  const fixed = (month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return [
    fixed(1, 1),
    addDays(easter, 1),
    fixed(5, 1),
    addDays(easter, 39),
    addDays(easter, 50),
    fixed(7, 21),
    fixed(8, 15),
    fixed(11, 1),
    fixed(11, 11),
    fixed(12, 25),
  ].sort();
}

export function isWorkingDay(date: IsoDate): boolean {
  const weekday = dayOfWeek(date);
  if (weekday === 0 || weekday === 6) return false;
  return !belgianPublicHolidays(Number(date.slice(0, 4))).includes(date);
}

/** The date `count` working days after `from` (the day of `from` itself not counted). */
export function addWorkingDays(from: IsoDate, count: number): IsoDate {
  let date = from;
  let remaining = count;
  while (remaining > 0) {
    date = addDays(date, 1);
    if (isWorkingDay(date)) remaining--;
  }
  return date;
}

/** The employee may appeal in writing within 20 working days of receiving the report. */
export const APPEAL_WORKING_DAYS = 20;

/** The last day to appeal, for a report handed over on `handedOverOn`. */
export function appealDeadline(handedOverOn: IsoDate): IsoDate {
  return addWorkingDays(handedOverOn, APPEAL_WORKING_DAYS);
}
