import type { Migration } from './types';

/*
 * Schema v6 (issue 16): the observation journal and the development plans.
 * Two new tables, no data changes shape. Notes are read by person (and
 * person + date, for a cycle's range); plan actions by person and by the
 * review they were drawn from. (v5 is issue 10's: a gap is fine in Dexie.)
 * Shipped: never edit.
 */
export const v6: Migration = {
  version: 6,
  stores: {
    journalNotes: 'id, personId, [personId+date]',
    planActions: 'id, personId, sourceReviewId, [personId+cycleIndex]',
  },
};
