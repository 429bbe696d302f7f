import type { Migration } from './types';

/*
 * Schema v4: a `meta` table for the data layer's own records (the version of
 * the derived tables, see ../summaries.ts). No data changes shape: the derived
 * tables are rebuilt after opening when their recorded version differs, which
 * an upgraded database (no record yet) always does. Shipped: never edit.
 */
export const v4: Migration = {
  version: 4,
  stores: { meta: 'key' },
};
