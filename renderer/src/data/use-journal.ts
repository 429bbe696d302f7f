import { useLiveQuery } from 'dexie-react-hooks';
import type { JournalNote } from '../../../shared/journal/note';
import type { PlanAction } from '../../../shared/plan/plan';
import { todayIso } from '../../../shared/dates';
import { db } from './db';

/** A person's journal, every note; `undefined` while loading. */
export function usePersonNotes(personId: string | null): JournalNote[] | undefined {
  return useLiveQuery(async () => (personId ? db.journalNotes.where('personId').equals(personId).toArray() : []), [personId]);
}

/** A person's notes dated within [start, end]. */
export function useNotesBetween(personId: string, start: string, end: string): JournalNote[] | undefined {
  return useLiveQuery(() => db.journalNotes.where('[personId+date]').between([personId, start], [personId, end], true, true).toArray(), [personId, start, end]);
}

/** A person's development plan actions, every cycle. */
export function usePersonPlan(personId: string): PlanAction[] | undefined {
  return useLiveQuery(() => db.planActions.where('personId').equals(personId).toArray(), [personId]);
}

/** The objectives a note may refer to: those of the person's latest review (its bilan, or its planification once its cycle is over). */
export function useNoteObjectives(personId: string): { id: string; description: string }[] {
  return (
    useLiveQuery(async () => {
      if (!personId) return [];
      const latest = (await db.reviews.where('personId').equals(personId).sortBy('cycleIndex')).at(-1);
      if (!latest) return [];
      return latest.cycleEnd >= todayIso() ? latest.objectives : latest.nextObjectives;
    }, [personId]) ?? []
  );
}

/** The reviews whose cycle ends in `year` (through the summaries' index), for self-calibration. */
export function useReviewsOfYear(year: number | null) {
  return useLiveQuery(async () => {
    if (year === null) return [];
    const ids = await db.reviewSummaries.where('cycleEnd').between(`${year}-01-01`, `${year}-12-31`, true, true).primaryKeys();
    return (await db.reviews.bulkGet(ids)).filter((review) => review !== undefined);
  }, [year]);
}
