import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { canonicalContent } from '../../../shared/reviews/canonical';
import { isLocked, type Review } from '../../../shared/reviews/review';

/** A write to a review that is finalised: refused by the data layer itself, whatever the caller. */
export class ReviewLockedError extends Error {
  override readonly name = 'ReviewLockedError';
  constructor(readonly reviewId: string) {
    super(`Review ${reviewId} is locked.`);
  }
}

/**
 * Dexie middleware: a put that would change the content of a locked review
 * fails, from any code path (`put`, `update`, `modify`, `bulkPut`). Status,
 * dates and addenda may still change; deletion (of a whole person) stays possible.
 */
export const reviewLockMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'jalon-review-lock',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (name !== 'reviews') return table;
      return guardedTable(table);
    },
  }),
};

function guardedTable(table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    mutate: async (request: DBCoreMutateRequest) => {
      if (request.type === 'put' || request.type === 'add') {
        const values = request.values as Review[];
        const stored = (await table.getMany({ trans: request.trans, keys: values.map((value) => value.id) })) as (Review | undefined)[];
        stored.forEach((old, index) => {
          const next = values[index]!;
          if (old && isLocked(old.status) && (canonicalContent(old) !== canonicalContent(next) || !isLocked(next.status) || old.contentHash !== next.contentHash)) {
            throw new ReviewLockedError(old.id);
          }
        });
      }
      return table.mutate(request);
    },
  };
}
