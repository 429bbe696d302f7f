import { describe, expect, it } from 'vitest';
import { cycleAt, cycleContaining, cycleState, cyclesUntil } from './cycles';

describe('evaluation cycles', () => {
  it('runs 12 months from the start date, each ending the day before the next begins', () => {
    expect(cycleAt('2024-03-01', 0)).toEqual({ index: 0, start: '2024-03-01', end: '2025-02-28' });
    expect(cycleAt('2024-03-01', 2)).toEqual({ index: 2, start: '2026-03-01', end: '2027-02-28' });
    expect(cycleAt('2023-01-01', 1)).toEqual({ index: 1, start: '2024-01-01', end: '2024-12-31' });
    expect(cycleAt('2024-02-29', 1)).toEqual({ index: 1, start: '2025-02-28', end: '2026-02-27' });
  });

  it('lists cycles up to the one running today', () => {
    expect(cyclesUntil('2022-01-01', '2026-11-26').map((cycle) => cycle.start)).toEqual([
      '2022-01-01',
      '2023-01-01',
      '2024-01-01',
      '2025-01-01',
      '2026-01-01',
    ]);
    expect(cyclesUntil('2027-01-01', '2026-11-26')).toHaveLength(1);
    expect(cycleContaining('2022-01-01', '2021-12-31')).toBeNull();
    expect(cycleContaining('2022-01-01', '2024-06-30')?.index).toBe(2);
  });

  it('is due from 60 days before its end and overdue more than three months after, without a finalised review', () => {
    const cycle = cycleAt('2025-01-01', 0); // ends 2025-12-31
    expect(cycleState(cycle, false, '2024-12-31')).toBe('upcoming');
    expect(cycleState(cycle, false, '2025-06-01')).toBe('in-progress');
    expect(cycleState(cycle, false, '2025-11-01')).toBe('due');
    expect(cycleState(cycle, false, '2026-03-31')).toBe('due');
    expect(cycleState(cycle, false, '2026-04-01')).toBe('overdue');
    expect(cycleState(cycle, true, '2026-04-01')).toBe('done');
    // Recorded as evaluated outside Jalon: never overdue, whatever the year.
    expect(cycleState(cycle, false, '2026-04-01', true)).toBe('outside');
    expect(cycleState(cycle, false, '2031-01-01', true)).toBe('outside');
    expect(cycleState(cycle, true, '2026-04-01', true)).toBe('done');
  });
});
