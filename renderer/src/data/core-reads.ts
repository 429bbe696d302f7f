import type { DBCoreKeyRange, DBCoreTable, DBCoreTransaction } from 'dexie';

// DBCoreRangeType is a const enum Dexie does not ship at runtime.
const EQUAL = 1;
const ANY = 3;
/** Every key of a table or index, for the middlewares' DBCore requests. */
export const anyRange: DBCoreKeyRange = { type: ANY, lower: -Infinity, lowerOpen: false, upper: [[]], upperOpen: false };
export const equalRange = (key: string): DBCoreKeyRange => ({ type: EQUAL, lower: key, upper: key, lowerOpen: false, upperOpen: false });

/** Up to this many keys, rows are read one request a key without first asking whether the table holds any. */
const FEW_KEYS = 64;

/**
 * A write of this many keys may land in a table that holds nothing yet (a bulk
 * load into a new database, a restore after clearing), where one request
 * (`holdsNothing`) answers what would otherwise take one read a key, all of
 * them empty. A few keys (every save of the editor) are not worth that extra
 * round trip.
 */
export const worthAskingIfEmpty = (keys: readonly unknown[]): boolean => keys.length > FEW_KEYS;

/**
 * Whether the table holds no row. Chained, not `async`: awaiting a native
 * promise inside a middleware would lose Dexie's zone (its transaction context).
 */
export const holdsNothing = (table: DBCoreTable, trans: DBCoreTransaction): Promise<boolean> =>
  table.count({ trans, query: { index: table.schema.primaryKey, range: anyRange } }).then((count) => count === 0);
