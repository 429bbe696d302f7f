import { describe, expect, it } from 'vitest';
import { lastClassChangeUndoable, withoutLastClassChange } from './class-undo';

const person = {
  classHistory: [
    { classId: 'C' as const, from: '2019-01-01' },
    { classId: 'B' as const, from: '2026-06-01' },
  ],
};

describe('lastClassChangeUndoable', () => {
  it('allows undoing a promotion that no review uses yet', () => {
    expect(lastClassChangeUndoable(person, [])).toBe(true);
    // A review judged in C (before the promotion) does not use it.
    expect(lastClassChangeUndoable(person, [{ classId: 'C', cycleEnd: '2026-12-31' }])).toBe(true);
  });

  it('refuses once a review is judged against the new class', () => {
    expect(lastClassChangeUndoable(person, [{ classId: 'B', cycleEnd: '2026-12-31' }])).toBe(false);
  });

  it('does not count an earlier period in the same class (C → B → C)', () => {
    const back = { classHistory: [...person.classHistory, { classId: 'C' as const, from: '2027-03-01' }] };
    expect(lastClassChangeUndoable(back, [{ classId: 'C', cycleEnd: '2026-12-31' }])).toBe(true);
    expect(lastClassChangeUndoable(back, [{ classId: 'C', cycleEnd: '2027-12-31' }])).toBe(false);
  });

  it('never undoes the starting class', () => {
    expect(lastClassChangeUndoable({ classHistory: [person.classHistory[0]!] }, [])).toBe(false);
  });
});

describe('withoutLastClassChange', () => {
  it('drops the last period only', () => {
    expect(withoutLastClassChange(person.classHistory)).toEqual([{ classId: 'C', from: '2019-01-01' }]);
  });
});
