import { addDays, addMonths, type IsoDate } from './dates';

/** A 12-month evaluation cycle (royal decree of 14 January 2022), numbered from 0. */
export type Cycle = { index: number; start: IsoDate; end: IsoDate };

/** A review is due from this many days before its cycle ends. */
export const DUE_BEFORE_END_DAYS = 60;
/** With no finalised review this many months after its end, a cycle is overdue. */
export const OVERDUE_AFTER_MONTHS = 3;
/** Cycles shown ahead of today: the current one and the next. */
const MAX_CYCLES = 200;

export function cycleAt(firstStart: IsoDate, index: number): Cycle {
  return {
    index,
    start: addMonths(firstStart, 12 * index),
    end: addDays(addMonths(firstStart, 12 * (index + 1)), -1),
  };
}

/** Every cycle from the first one to the one running on `today` (or the first, if it has not begun). */
export function cyclesUntil(firstStart: IsoDate, today: IsoDate): Cycle[] {
  const cycles = [cycleAt(firstStart, 0)];
  while (cycles.length < MAX_CYCLES) {
    const next = cycleAt(firstStart, cycles.length);
    if (next.start > today) break;
    cycles.push(next);
  }
  return cycles;
}

/** The cycle that contains `date`, or `null` before the first. */
export function cycleContaining(firstStart: IsoDate, date: IsoDate): Cycle | null {
  if (date < firstStart) return null;
  return cyclesUntil(firstStart, date).at(-1) ?? null;
}

export type CycleState = 'upcoming' | 'in-progress' | 'due' | 'overdue' | 'done' | 'outside';

/**
 * Where a cycle stands on `today`: done once its review is finalised, or
 * recorded as evaluated outside Jalon (adopting existing staff); otherwise
 * due from 60 days before its end, and overdue more than three months after it.
 */
export function cycleState(cycle: Cycle, hasFinalisedReview: boolean, today: IsoDate, evaluatedOutside = false): CycleState {
  if (hasFinalisedReview) return 'done';
  if (evaluatedOutside) return 'outside';
  if (today < cycle.start) return 'upcoming';
  if (today > addMonths(cycle.end, OVERDUE_AFTER_MONTHS)) return 'overdue';
  if (today >= addDays(cycle.end, -DUE_BEFORE_END_DAYS)) return 'due';
  return 'in-progress';
}
