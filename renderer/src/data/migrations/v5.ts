import type { Migration } from './types';

/*
 * Schema v5 (issue 10): the seal log, an append-only table of its own with
 * one entry per finalisation (review id, person, cycle, content hash, time,
 * HMAC). No data changes shape here: reviews finalised before this version
 * are entered once after opening, when their seal holds (see ../seal-log.ts;
 * an HMAC needs Web Crypto, which an upgrade transaction cannot wait for).
 * Shipped: never edit.
 */
export const v5: Migration = {
  version: 5,
  stores: { sealLog: '++seq, reviewId, personId' },
};
