import { describe, expect, it } from 'vitest';
import { addWorkingDays, appealDeadline, belgianPublicHolidays, easterSunday, isWorkingDay } from './holidays';

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

describe('Belgian public holidays', () => {
  it('lists the ten legal holidays of 2025', () => {
    expect(belgianPublicHolidays(2025)).toEqual([
      '2025-01-01',
      '2025-04-21',
      '2025-05-01',
      '2025-05-29',
      '2025-06-09',
      '2025-07-21',
      '2025-08-15',
      '2025-11-01',
      '2025-11-11',
      '2025-12-25',
    ]);
  });

  it('moves the Easter-based ones each year', () => {
    expect(belgianPublicHolidays(2024)).toEqual(expect.arrayContaining(['2024-04-01', '2024-05-09', '2024-05-20']));
    expect(belgianPublicHolidays(2026)).toEqual(expect.arrayContaining(['2026-04-06', '2026-05-14', '2026-05-25']));
    expect(belgianPublicHolidays(2027)).toEqual(expect.arrayContaining(['2027-03-29', '2027-05-06', '2027-05-17']));
  });

  it('are not working days, nor are weekends', () => {
    expect(isWorkingDay('2026-04-06')).toBe(false);
    expect(isWorkingDay('2026-11-28')).toBe(false);
    expect(isWorkingDay('2026-11-29')).toBe(false);
    expect(isWorkingDay('2026-11-26')).toBe(true);
  });
});

describe('appeal deadline: 20 working days', () => {
  it('counts four plain weeks when no holiday falls in them', () => {
    expect(appealDeadline('2026-02-02')).toBe('2026-03-02');
  });

  it('skips Easter Monday, 1 May, Ascension and Whit Monday', () => {
    // Handed over Thursday 2 April 2026: Easter Monday 6/4 skipped.
    expect(appealDeadline('2026-04-02')).toBe('2026-05-04');
    // 20 April 2026: 1 May (Fri) and Ascension 14 May (Thu) skipped.
    expect(appealDeadline('2026-04-20')).toBe('2026-05-20');
    // 4 May 2026: Ascension 14/5 and Whit Monday 25/5 skipped.
    expect(appealDeadline('2026-05-04')).toBe('2026-06-03');
  });

  it('skips the end-of-year holidays across the new year', () => {
    // 1 Dec 2025 (Mon): Christmas 25/12 and New Year 1/1/2026 skipped.
    expect(appealDeadline('2025-12-01')).toBe('2025-12-30');
    // 10 Dec 2025 (Wed): Christmas and New Year both skipped.
    expect(appealDeadline('2025-12-10')).toBe('2026-01-09');
  });

  it('starts counting the day after a weekend handover', () => {
    expect(addWorkingDays('2026-11-28', 1)).toBe('2026-11-30');
    // National Day 2024 fell on a Sunday: nothing more to skip.
    expect(appealDeadline('2024-07-01')).toBe('2024-07-29');
    // National Day 2025 fell on a Monday.
    expect(appealDeadline('2025-07-01')).toBe('2025-07-30');
  });
});
