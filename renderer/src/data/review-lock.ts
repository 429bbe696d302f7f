import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { frozenContent, lockedChangeViolation, type LockedPart } from '../../../shared/reviews/locked-change';
import type { Review } from '../../../shared/reviews/review';
import { isLocked } from '../../../shared/reviews/basics';
import { holdsNothing, worthAskingIfEmpty } from './core-reads';

/** A write to a review that is finalised: refused by the data layer itself, whatever the caller. */
export class ReviewLockedError extends Error {
  override readonly name = 'ReviewLockedError';
  constructor(
    readonly reviewId: string,
    /** What the write would have changed; `removed` for a deletion. */
    readonly part: LockedPart | 'removed' | 'replaced' = 'content',
  ) {
    super(`Review ${reviewId} is locked (${part}).`);
  }
}

/**
 * Locked reviews deleted (with their person) in a transaction: one may come
 * back in the same transaction (a restore that replaces everything) only with
 * the same content and hash.
 */
const erasedIn = new WeakMap<DBCoreTransaction, Map<string, Review>>();

/**
 * The reviews a transaction has already read or written and found not
 * locked: a save that read its review first (as every save does) is checked
 * without reading it a second time. Only the fact is kept, never the row, so
 * a caller that changes an object it read cannot change what the check sees;
 * every write of the transaction updates it.
 */
const unlockedIn = new WeakMap<DBCoreTransaction, Set<string>>();

function noteRows(trans: DBCoreTransaction | undefined, rows: readonly (Review | undefined)[]): void {
  // A read outside any transaction (Dexie may pass none) has nothing to remember.
  if (!trans || (trans as unknown as IDBTransaction).mode === 'versionchange') return;
  let known = unlockedIn.get(trans);
  for (const row of rows) {
    if (!row) continue;
    if (isLocked(row.status)) known?.delete(row.id);
    else (known ??= new Set()).add(row.id);
  }
  if (known) unlockedIn.set(trans, known);
}

/**
 * Dexie middleware on every mutation of the reviews table (`add`, `put`,
 * `delete`, `deleteRange`, whatever the caller: `put`, `update`, `modify`,
 * `bulkPut`, `bulkDelete`, `clear`, `Collection.delete`):
 * - a write to a locked review passes only if it is a step the workflow rules
 *   allow (`lockedChangeViolation`);
 * - a locked review may be deleted only together with its person (erasure:
 *   the person is gone in the same transaction); deleted and written again in
 *   the same transaction, it must come back with the same content and hash.
 */
export const reviewLockMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'jalon-review-lock',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (name === 'sealLog') return appendOnlyTable(table, (trans, ids) => personExists(down, trans, ids));
      if (name !== 'reviews') return table;
      return guardedTable(table, (trans, ids) => personExists(down, trans, ids));
    },
  }),
};

/** Which of `ids` are people still in the database, read in the same transaction. */
async function personExists(down: DBCore, trans: DBCoreTransaction, ids: string[]): Promise<Set<string>> {
  const people = (await down.table('people').getMany({ trans, keys: ids })) as ({ id: string } | undefined)[];
  return new Set(people.filter((person) => person !== undefined).map((person) => person!.id));
}

function guardedTable(table: DBCoreTable, peopleStillThere: (trans: DBCoreTransaction, ids: string[]) => Promise<Set<string>>): DBCoreTable {
  /** The reviews a deletion would remove, as stored. */
  async function targets(request: DBCoreMutateRequest): Promise<Review[]> {
    if (request.type === 'delete') {
      return ((await table.getMany({ trans: request.trans, keys: request.keys })) as (Review | undefined)[]).filter((review) => review !== undefined);
    }
    if (request.type === 'deleteRange') {
      const found = await table.query({ trans: request.trans, values: true, query: { index: table.schema.primaryKey, range: request.range } });
      return found.result as Review[];
    }
    return [];
  }

  return {
    ...table,
    // Chained, not awaited: Dexie's zone (its transaction context) follows the caller's promise chain.
    get: (request) =>
      table.get(request).then((row: Review | undefined) => {
        noteRows(request.trans, [row]);
        return row;
      }),
    getMany: (request) =>
      table.getMany(request).then((rows: (Review | undefined)[]) => {
        noteRows(request.trans, rows);
        return rows;
      }),
    mutate: async (request: DBCoreMutateRequest) => {
      const erased = erasedIn.get(request.trans);
      if (request.type === 'put' || request.type === 'add') {
        const values = request.values as Review[];
        const known = unlockedIn.get(request.trans);
        // Every review written was read (or written) in this transaction and is not locked: nothing to check, nothing to read again.
        if (request.type === 'put' && known && values.every((value) => known.has(value.id))) {
          const response = await table.mutate(request);
          noteRows(request.trans, values.filter((_, index) => !response.failures[index]));
          return response;
        }
        const keys = values.map((value) => value.id);
        // Nothing stored yet (a bulk load into a new database, a restore after clearing): nothing locked to read.
        const stored = worthAskingIfEmpty(keys) && (await holdsNothing(table, request.trans)) ? keys.map(() => undefined) : ((await table.getMany({ trans: request.trans, keys })) as (Review | undefined)[]);
        stored.forEach((old, index) => {
          const next = values[index]!;
          if (!old) {
            const before = erased?.get(next.id);
            if (before && (frozenContent(before) !== frozenContent(next) || before.contentHash !== next.contentHash)) {
              throw new ReviewLockedError(next.id, 'replaced');
            }
            return;
          }
          const violation = lockedChangeViolation(old, next);
          if (violation) throw new ReviewLockedError(old.id, violation);
        });
      } else {
        const locked = (await targets(request)).filter((review) => isLocked(review.status));
        if (locked.length > 0) {
          let present: Set<string>;
          try {
            present = await peopleStillThere(request.trans, [...new Set(locked.map((review) => review.personId))]);
          } catch {
            // A transaction without the people table cannot be an erasure.
            throw new ReviewLockedError(locked[0]!.id, 'removed');
          }
          const kept = locked.find((review) => present.has(review.personId));
          if (kept) throw new ReviewLockedError(kept.id, 'removed');
          const map = erased ?? new Map<string, Review>();
          locked.forEach((review) => map.set(review.id, review));
          erasedIn.set(request.trans, map);
        }
      }
      const response = await table.mutate(request);
      if (request.type === 'put' || request.type === 'add') noteRows(request.trans, (request.values as Review[]).filter((_, index) => !response.failures[index]));
      else if (request.type === 'delete') for (const key of request.keys) unlockedIn.get(request.trans)?.delete(key as string);
      else unlockedIn.delete(request.trans);
      return response;
    },
  };
}

/** A write the seal log refuses: its entries are added, never changed, and removed only with their person. */
export class SealLogLockedError extends Error {
  override readonly name = 'SealLogLockedError';
  constructor(readonly change: 'updated' | 'removed') {
    super(`The seal log is append-only (an entry would be ${change}).`);
  }
}

/**
 * The seal log (schema v5): `add` only. A `put` over an existing entry is
 * refused, and so is any deletion (`delete`, `deleteRange`, `clear`) unless
 * every entry it removes belongs to a person already gone in the same
 * transaction (erasure).
 */
function appendOnlyTable(table: DBCoreTable, peopleStillThere: (trans: DBCoreTransaction, ids: string[]) => Promise<Set<string>>): DBCoreTable {
  return {
    ...table,
    mutate: async (request: DBCoreMutateRequest) => {
      if (request.type === 'add') return table.mutate(request);
      if (request.type === 'put') {
        const keys = (request.keys ?? (request.values as { seq?: number }[]).map((value) => value.seq)).filter((key) => key !== undefined);
        const existing = keys.length === 0 ? [] : (await table.getMany({ trans: request.trans, keys })).filter((row) => row !== undefined);
        if (existing.length > 0) throw new SealLogLockedError('updated');
        return table.mutate(request);
      }
      const removed = (
        request.type === 'delete'
          ? await table.getMany({ trans: request.trans, keys: request.keys })
          : (await table.query({ trans: request.trans, values: true, query: { index: table.schema.primaryKey, range: request.range } })).result
      ).filter((row) => row !== undefined) as { personId: string }[];
      if (removed.length > 0) {
        let present: Set<string>;
        try {
          present = await peopleStillThere(request.trans, [...new Set(removed.map((row) => row.personId))]);
        } catch {
          throw new SealLogLockedError('removed');
        }
        if (removed.some((row) => present.has(row.personId))) throw new SealLogLockedError('removed');
      }
      return table.mutate(request);
    },
  };
}
