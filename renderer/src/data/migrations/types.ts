import type { Transaction } from 'dexie';

/**
 * One shipped schema version: the `stores()` it declares and, when it
 * changes the shape of stored data, its upgrade. Frozen once shipped (see
 * README.md beside this file).
 */
export type Migration = {
  version: number;
  stores: Readonly<Record<string, string | null>>;
  upgrade?: (transaction: Transaction) => Promise<void>;
};
