import type { IsoDate } from '../dates';
import type { ClassPeriod, Person } from './person';

/**
 * The last class change (a promotion) can be undone while no review is judged
 * against it: a review uses the latest period when it was judged in that class
 * for a cycle ending on or after the period's start. The first period is the
 * person's starting class and cannot be undone.
 */
export function lastClassChangeUndoable(
  person: Pick<Person, 'classHistory'>,
  reviews: readonly { classId: string; cycleEnd: IsoDate }[],
): boolean {
  if (person.classHistory.length < 2) return false;
  const last = person.classHistory.at(-1)!;
  return !reviews.some((review) => review.classId === last.classId && review.cycleEnd >= last.from);
}

/** The history without its last change. */
export function withoutLastClassChange(history: readonly ClassPeriod[]): ClassPeriod[] {
  return history.slice(0, -1);
}
