import type { Migration } from './types';

/** Schema v1 (Jalon 0.1.0): people, reviews, settings. Shipped: never edit. */
export const v1: Migration = {
  version: 1,
  stores: {
    people: 'id, name, staffNumber',
    reviews: 'id, personId, &[personId+cycleIndex], status, updatedAt',
    settings: 'key',
  },
};
