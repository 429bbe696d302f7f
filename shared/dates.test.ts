import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dayOfWeek, daysBetween, formatDateFr, isIsoDate, parseDateInput, todayIso } from './dates';

describe('dates', () => {
  it('accepts real days only, within 1950–2100', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('1949-12-31')).toBe(false);
    expect(isIsoDate('2101-01-01')).toBe(false);
    expect(isIsoDate('20260101')).toBe(false);
    expect(isIsoDate(20260101)).toBe(false);
  });

  it('adds months, clamping to the end of shorter months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-26', 12)).toBe('2027-11-26');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
  });

  it('adds days and counts them across years and DST changes', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2026-03-01', '2026-02-01')).toBe(-28);
  });

  it('agrees with the calendar day by day over two centuries', () => {
    let date = '1950-01-01';
    for (let step = 0; step < 365 * 150; step += 17) {
      const expected = new Date(Date.UTC(1950, 0, 1 + step));
      const next = addDays('1950-01-01', step);
      expect(next).toBe(expected.toISOString().slice(0, 10));
      expect(dayOfWeek(next)).toBe(expected.getUTCDay());
      expect(daysBetween('1950-01-01', next)).toBe(step);
      date = next;
    }
    expect(date > '2099-01-01').toBe(true);
  });

  it('formats and reads Belgian dates', () => {
    expect(formatDateFr('2026-11-26')).toBe('26/11/2026');
    expect(parseDateInput('26/11/2026')).toBe('2026-11-26');
    expect(parseDateInput('1.2.2026')).toBe('2026-02-01');
    expect(parseDateInput('2026-11-26')).toBe('2026-11-26');
    expect(parseDateInput('31/02/2026')).toBeNull();
    expect(parseDateInput('hier')).toBeNull();
  });

  it('gives today in local time', () => {
    expect(todayIso(new Date(2026, 10, 26, 23, 59))).toBe('2026-11-26');
  });
});
