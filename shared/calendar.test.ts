import { describe, expect, it } from 'vitest';
import {
  addExtraDay,
  addWorkingDays,
  appealDeadline,
  bridgeDays,
  calendarOfYear,
  compensationDays,
  computedDaysOff,
  DEFAULT_CALENDAR,
  easterSunday,
  effectiveDaysOff,
  federalDaysOff,
  normaliseCalendar,
  removeDay,
  restoreDay,
  type CalendarSettings,
} from './calendar';

describe('Easter', () => {
  it.each([
    [2019, '2019-04-21'],
    [2022, '2022-04-17'],
    [2023, '2023-04-09'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('falls in %i on %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe('federalDaysOff (public contract)', () => {
  it('lists the 10 legal and 3 regulatory days of 2025, sorted, with their reasons', () => {
    const days = federalDaysOff(2025);
    expect(days.map((day) => day.date)).toEqual([
      '2025-01-01',
      '2025-04-21',
      '2025-05-01',
      '2025-05-29',
      '2025-06-09',
      '2025-07-21',
      '2025-08-15',
      '2025-11-01',
      '2025-11-02',
      '2025-11-11',
      '2025-11-15',
      '2025-12-25',
      '2025-12-26',
    ]);
    expect(days.every((day) => Object.keys(day).sort().join() === 'date,reason' && day.reason.length > 0)).toBe(true);
    expect(days.find((day) => day.date === '2025-11-15')?.reason).toMatch(/Fête du Roi/);
  });

  it.each([
    [2022, ['2022-04-18', '2022-05-26', '2022-06-06']],
    [2024, ['2024-04-01', '2024-05-09', '2024-05-20']],
    [2026, ['2026-04-06', '2026-05-14', '2026-05-25']],
    [2027, ['2027-03-29', '2027-05-06', '2027-05-17']],
    [2030, ['2030-04-22', '2030-05-30', '2030-06-10']],
  ])('moves Easter Monday, Ascension and Whit Monday with Easter in %i, and holds 13 days', (year, movable) => {
    const dates = federalDaysOff(year).map((day) => day.date);
    expect(dates).toHaveLength(13);
    expect(dates).toEqual(expect.arrayContaining([...movable, `${year}-11-02`, `${year}-11-15`, `${year}-12-26`]));
    expect([...dates].sort()).toEqual(dates);
  });

  it('never includes compensation or bridge days', () => {
    expect(federalDaysOff(2026).map((day) => day.date)).not.toContain('2026-05-15');
    expect(federalDaysOff(2022).map((day) => day.date)).not.toContain('2022-12-27');
  });
});

describe('compensation days (27–31 December, for legal holidays on a weekend)', () => {
  it('2022: New Year (Sat), 1 May (Sun) and Christmas (Sun) give 27, 28 and 29 December', () => {
    expect(compensationDays(2022).days.map((day) => [day.date, day.reason])).toEqual([
      ['2022-12-27', 'Compensation : Nouvel An (samedi 01/01/2022)'],
      ['2022-12-28', 'Compensation : Fête du Travail (dimanche 01/05/2022)'],
      ['2022-12-29', 'Compensation : Noël (dimanche 25/12/2022)'],
    ]);
  });

  it('2024: only the National Day fell on a Sunday', () => {
    expect(compensationDays(2024).days.map((day) => day.date)).toEqual(['2024-12-27']);
  });

  it('2026: Assumption (Sat) and All Saints (Sun) take the first working days after the weekend of 26–27 December', () => {
    expect(compensationDays(2026).days.map((day) => day.date)).toEqual(['2026-12-28', '2026-12-29']);
    expect(compensationDays(2026).unplaced).toEqual([]);
  });

  it('a regulatory day on a weekend is not compensated (2 November 2024 was a Saturday)', () => {
    expect(compensationDays(2024).days.some((day) => day.reason.includes('02/11'))).toBe(false);
  });

  it('leaves the 31 December to a bridge before a Tuesday New Year (2029)', () => {
    expect(compensationDays(2029).days.map((day) => day.date)).toEqual(['2029-12-27', '2029-12-28']);
    expect(bridgeDays(2029).map((day) => day.date)).toContain('2029-12-31');
  });
});

describe('bridge days (since 2023)', () => {
  it('none before 2023', () => {
    expect(bridgeDays(2022)).toEqual([]);
    expect(bridgeDays(2019)).toEqual([]);
  });

  it('2023: the Friday after Ascension and the Monday before Assumption (Tuesday)', () => {
    expect(bridgeDays(2023).map((day) => [day.date, day.needsDecision ?? false])).toEqual([
      ['2023-05-19', false],
      ['2023-08-14', false],
    ]);
    expect(bridgeDays(2023)[1]!.reason).toBe('Pont : Assomption le mardi 15/08/2023');
  });

  it('2026: three candidates (2 January, 15 May, 20 July): beyond two, each is marked for the minister’s decision', () => {
    expect(bridgeDays(2026).map((day) => day.date)).toEqual(['2026-01-02', '2026-05-15', '2026-07-20']);
    expect(bridgeDays(2026).every((day) => day.needsDecision)).toBe(true);
  });

  it('skips a bridge that is already a day off (All Saints on a Thursday: 2 November is regulatory)', () => {
    // 1 November 2029 is a Thursday.
    expect(bridgeDays(2029).map((day) => day.date)).not.toContain('2029-11-02');
    expect(computedDaysOff(2029).filter((day) => day.date === '2029-11-02')).toHaveLength(1);
  });
});

describe('the organisation’s calendar', () => {
  const base: CalendarSettings = DEFAULT_CALENDAR;

  it('shows every computed day with its kind, and removes and restores one', () => {
    const removed = removeDay(base, '2026-05-15');
    const may15 = calendarOfYear(2026, removed).find((entry) => entry.date === '2026-05-15');
    expect(may15).toMatchObject({ kind: 'bridge', removed: true });
    expect(effectiveDaysOff([2026], removed).has('2026-05-15')).toBe(false);
    expect(effectiveDaysOff([2026], restoreDay(removed, '2026-05-15')).has('2026-05-15')).toBe(true);
    expect(calendarOfYear(2026, base).map((entry) => entry.kind)).toEqual(expect.arrayContaining(['legal', 'regulatory', 'compensation', 'bridge']));
  });

  it('adds an extra day to its own year only, with a reason; refuses bad input', () => {
    const added = addExtraDay(base, { date: '2027-02-15', reason: '  Fermeture du bâtiment ' });
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect(calendarOfYear(2027, added.value).find((entry) => entry.date === '2027-02-15')).toMatchObject({ kind: 'extra', reason: 'Fermeture du bâtiment' });
    expect(calendarOfYear(2026, added.value).some((entry) => entry.date === '2027-02-15')).toBe(false);
    expect(removeDay(added.value, '2027-02-15').extra).toEqual([]);
    expect(addExtraDay(base, { date: '2027-02-30', reason: 'x' })).toEqual({ ok: false, error: { code: 'invalid-date' } });
    expect(addExtraDay(base, { date: '2027-02-15', reason: ' ' })).toEqual({ ok: false, error: { code: 'day-reason-required' } });
    expect(addExtraDay(base, { date: '2027-12-25', reason: 'Noël' })).toEqual({ ok: false, error: { code: 'already-off' } });
    expect(addExtraDay(base, { date: '2027-02-15', reason: 'x'.repeat(161) })).toEqual({ ok: false, error: { code: 'day-reason-too-long' } });
  });

  it('adding a removed computed day gives it back', () => {
    const removed = removeDay(base, '2026-05-15');
    const back = addExtraDay(removed, { date: '2026-05-15', reason: 'Pont' });
    expect(back.ok && back.value.removed).toEqual([]);
  });

  it('normalises stored settings, dropping what is malformed', () => {
    expect(normaliseCalendar(undefined)).toEqual(DEFAULT_CALENDAR);
    expect(normaliseCalendar({ workingWeek: 'mon-sun', removed: ['2026-05-15', 'nope'], extra: [{ date: '2026-02-01', reason: 'a' }, { date: 3 }] })).toEqual({
      workingWeek: 'mon-fri',
      removed: ['2026-05-15'],
      extra: [{ date: '2026-02-01', reason: 'a' }],
    });
  });
});

describe('addWorkingDays (public contract)', () => {
  it('counts from the day after, Monday to Friday', () => {
    expect(addWorkingDays('2026-11-28', 1, [])).toBe('2026-11-30');
    expect(addWorkingDays('2026-02-02', 20, [])).toBe('2026-03-02');
    expect(addWorkingDays('2026-02-02', 0, [])).toBe('2026-02-02');
  });

  it('skips the days off it is given', () => {
    const off = federalDaysOff(2025).map((day) => day.date);
    expect(addWorkingDays('2025-12-24', 1, off)).toBe('2025-12-29');
    expect(addWorkingDays('2025-10-31', 1, off)).toBe('2025-11-03');
    expect(addWorkingDays('2025-10-31', 1, [])).toBe('2025-11-03');
    expect(addWorkingDays('2026-02-02', 20, new Set(['2026-02-16']))).toBe('2026-03-03');
  });
});

describe('appeal deadline: 20 working days after receipt, over the organisation’s calendar', () => {
  it('counts four plain weeks when no day off falls in them', () => {
    expect(appealDeadline('2026-02-02')).toBe('2026-03-02');
  });

  it('skips Easter Monday', () => {
    expect(appealDeadline('2026-04-02')).toBe('2026-05-04');
  });

  it('skips 1 May, Ascension and the bridge day after it; a removed bridge counts again', () => {
    expect(appealDeadline('2026-04-20')).toBe('2026-05-21');
    expect(appealDeadline('2026-04-20', removeDay(DEFAULT_CALENDAR, '2026-05-15'))).toBe('2026-05-20');
  });

  it('skips the regulatory days: 2 November and Armistice in 2026', () => {
    expect(appealDeadline('2026-10-26')).toBe('2026-11-25');
  });

  it('skips Christmas, 26 December, a compensation day, New Year and its bridge across the year end', () => {
    // 1 Dec 2025: 25 and 26/12, 29/12 (for All Saints on a Saturday), 1/1 and Friday 2/1/2026.
    expect(appealDeadline('2025-12-01')).toBe('2026-01-05');
  });

  it('counts an extra day of the organisation', () => {
    const added = addExtraDay(DEFAULT_CALENDAR, { date: '2026-02-16', reason: 'Carnaval' });
    expect(added.ok && appealDeadline('2026-02-02', added.value)).toBe('2026-03-03');
  });

  it('with the Monday–Saturday convention, Saturdays count', () => {
    expect(appealDeadline('2026-02-02', { ...DEFAULT_CALENDAR, workingWeek: 'mon-sat' })).toBe('2026-02-25');
  });

  it('2024: National Day on a Sunday has nothing more to skip in July', () => {
    expect(appealDeadline('2024-07-01')).toBe('2024-07-29');
    expect(appealDeadline('2025-07-01')).toBe('2025-07-30');
  });
});
