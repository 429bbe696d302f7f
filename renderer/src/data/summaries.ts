import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { Review } from '../../../shared/reviews/review';
import { summarise, type ReviewSummary } from '../../../shared/reviews/summary';
import { personSummaries, type PersonSummary } from '../../../shared/team';
import { anyRange, equalRange, holdsNothing, worthAskingIfEmpty } from './core-reads';
import type { JalonDb } from './db';

/*
 * The derived tables (one summary per review for the heat map, one per person
 * for the team overview) are written in one place: this middleware, under
 * every write to `reviews`, whoever makes it (a repository, a restore, a bulk
 * load, a bare `db.reviews.put`). No writer has to remember them.
 *
 * DERIVED_VERSION names the way they are computed: change `summarise`,
 * `personSummaries` or what they keep, bump it, and every database rebuilds
 * its derived tables from the reviews the next time it opens.
 */
export const DERIVED_VERSION = 1;
const DERIVED_KEY = 'derived-version';

/** The tables a write to reviews also writes. */
const DERIVED_TABLES = ['reviewSummaries', 'personSummaries'] as const;

/** Above this many people in one write, the person summaries are rebuilt from one read of all review summaries. */
const MANY_PEOPLE = 50;

export const summariesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'jalon-summaries',
  create: (down) => ({
    ...down,
    // A read-write transaction over reviews always spans the derived tables too.
    transaction: (stores, mode, options) =>
      down.transaction(mode === 'readwrite' && stores.includes('reviews') ? [...new Set([...stores, ...DERIVED_TABLES])] : stores, mode, options),
    table: (name) => {
      const table = down.table(name);
      return name === 'reviews' ? derivingTable(down, table) : table;
    },
  }),
};

function derivingTable(core: DBCore, reviews: DBCoreTable): DBCoreTable {
  return {
    ...reviews,
    mutate: async (request: DBCoreMutateRequest): Promise<DBCoreMutateResponse> => {
      // Schema upgrades are frozen (./migrations): they write what they wrote when they shipped.
      if ((request.trans as unknown as IDBTransaction).mode === 'versionchange') return reviews.mutate(request);
      const summaries = core.table('reviewSummaries');
      const people = core.table('personSummaries');
      const { trans } = request;
      switch (request.type) {
        case 'add':
        case 'put': {
          // One review (every save of the editor): its requests go together. Several (a restore, a bulk load): summarised once written.
          if (request.type === 'put' && request.values.length === 1) return putOne(reviews, summaries, people, request);
          const keys = (request.values as Review[]).map((review) => review.id);
          // No summary yet (a bulk load into a new database, a restore after clearing): nothing to read back, before or after.
          const fresh = worthAskingIfEmpty(keys) && (await holdsNothing(summaries, trans));
          // The summaries as they were, asked first (IndexedDB answers in order): a review moved to another person leaves the first one's row too.
          const before = fresh ? undefined : summaries.getMany({ trans, keys });
          const response = await reviews.mutate(request);
          const written = (request.values as Review[]).filter((_, index) => !response.failures[index]);
          if (written.length === 0) return response;
          const left = before ? ((await before) as (ReviewSummary | undefined)[]).flatMap((summary, index) => (summary && !response.failures[index] ? [summary.personId] : [])) : [];
          const rows = written.map(summarise);
          await summaries.mutate({ type: 'put', trans, values: rows });
          // Their people's summaries hold just the rows written when the table held none before.
          if (fresh) await people.mutate({ type: 'put', trans, values: personSummaries(rows) });
          else await refreshPeople(summaries, people, trans, new Set([...written.map((review) => review.personId), ...left]));
          return response;
        }
        case 'delete': {
          const gone = ((await reviews.getMany({ trans, keys: request.keys })) as (Review | undefined)[]).filter((review) => review !== undefined);
          const response = await reviews.mutate(request);
          await summaries.mutate({ type: 'delete', trans, keys: gone.map((review) => review.id) });
          await refreshPeople(summaries, people, trans, new Set(gone.map((review) => review.personId)));
          return response;
        }
        case 'deleteRange': {
          if (request.range.type === anyRange.type) {
            const response = await reviews.mutate(request);
            await summaries.mutate({ type: 'deleteRange', trans, range: anyRange });
            await people.mutate({ type: 'deleteRange', trans, range: anyRange });
            return response;
          }
          const gone = (await reviews.query({ trans, values: true, query: { index: reviews.schema.primaryKey, range: request.range } })).result as Review[];
          const response = await reviews.mutate(request);
          await summaries.mutate({ type: 'delete', trans, keys: gone.map((review) => review.id) });
          await refreshPeople(summaries, people, trans, new Set(gone.map((review) => review.personId)));
          return response;
        }
      }
    },
  };
}

/**
 * One review written (every save of the editor): the read of its summary as it
 * was, the review, its summary and the read of its person's summaries are
 * asked for together, so the transaction waits for one answer, not four
 * (IndexedDB runs them in order, so the last read holds the new summary).
 * When the review is not written after all (refused by the lock, or failed),
 * its summary and its person's are put back from what is stored before the
 * refusal goes on: a caller that catches it inside its transaction still
 * commits summaries true to the reviews.
 */
async function putOne(reviews: DBCoreTable, summaries: DBCoreTable, people: DBCoreTable, request: DBCoreMutateRequest & { type: 'put' }): Promise<DBCoreMutateResponse> {
  const { trans } = request;
  const review = request.values[0] as Review;
  // Summarised before anything is asked: a review it cannot summarise is refused before its put is sent.
  const summary = summarise(review);
  // Its summary as it was, asked first: a review moved to another person (`personId` changed) leaves the first one's row too.
  const before = summaries.get({ trans, key: review.id }) as Promise<ReviewSummary | undefined>;
  const written = reviews.mutate(request);
  const summarised = summaries.mutate({ type: 'put', trans, values: [summary] });
  const siblings = summaries.query({ trans, values: true, query: { index: summaries.schema.getIndexByKeyPath('personId')!, range: equalRange(review.personId) } });
  const putBack = async () => {
    await Promise.allSettled([before, summarised, siblings]);
    const stored = (await reviews.get({ trans, key: review.id })) as Review | undefined;
    if (stored) await summaries.mutate({ type: 'put', trans, values: [summarise(stored)] });
    else await summaries.mutate({ type: 'delete', trans, keys: [review.id] });
    await refreshPeople(summaries, people, trans, new Set([review.personId, ...(stored ? [stored.personId] : [])]));
  };
  let response: DBCoreMutateResponse;
  try {
    response = await written;
  } catch (error) {
    // A transaction already aborting commits nothing: putting back may fail there, and need not succeed.
    await putBack().catch(() => undefined);
    throw error;
  }
  if (response.failures[0]) {
    await putBack();
    return response;
  }
  await summarised;
  await people.mutate({ type: 'put', trans, values: personSummaries((await siblings).result as ReviewSummary[]) });
  const left = (await before)?.personId;
  if (left !== undefined && left !== review.personId) await refreshPeople(summaries, people, trans, new Set([left]));
  return response;
}

/** Rewrites the person summary of each person from their review summaries (none left: no row). */
async function refreshPeople(summaries: DBCoreTable, people: DBCoreTable, trans: DBCoreTransaction, personIds: ReadonlySet<string>): Promise<void> {
  if (personIds.size === 0) return;
  let rows: ReviewSummary[];
  if (personIds.size > MANY_PEOPLE) {
    const all = (await summaries.query({ trans, values: true, query: { index: summaries.schema.primaryKey, range: anyRange } })).result as ReviewSummary[];
    rows = all.filter((summary) => personIds.has(summary.personId));
  } else {
    const index = summaries.schema.getIndexByKeyPath('personId')!;
    const found = await Promise.all([...personIds].map((id) => summaries.query({ trans, values: true, query: { index, range: equalRange(id) } })));
    rows = found.flatMap((response) => response.result as ReviewSummary[]);
  }
  const built: PersonSummary[] = personSummaries(rows);
  const empty = [...personIds].filter((id) => !built.some((summary) => summary.personId === id));
  if (built.length > 0) await people.mutate({ type: 'put', trans, values: built });
  if (empty.length > 0) await people.mutate({ type: 'delete', trans, keys: empty });
}

/** Rebuilds both derived tables from the reviews, in one transaction, and records the derived version. */
export async function rebuildDerived(db: JalonDb): Promise<void> {
  await db.transaction('rw', db.reviews, db.reviewSummaries, db.personSummaries, db.meta, async () => {
    const summaries = (await db.reviews.toArray()).map(summarise);
    await Promise.all([db.reviewSummaries.clear(), db.personSummaries.clear()]);
    await db.reviewSummaries.bulkPut(summaries);
    await db.personSummaries.bulkPut(personSummaries(summaries));
    await db.meta.put({ key: DERIVED_KEY, value: DERIVED_VERSION });
  });
}

/** After opening: rebuilds the derived tables when they were computed another way (or never recorded). Returns whether it did. */
export async function ensureDerived(db: JalonDb): Promise<boolean> {
  const stored = await db.meta.get(DERIVED_KEY);
  if (stored?.value === DERIVED_VERSION) return false;
  await rebuildDerived(db);
  return true;
}

/** The ids of stored summaries that differ from a recompute from the reviews (review ids, then person ids). */
export async function staleDerived(db: JalonDb): Promise<{ reviews: string[]; people: string[] }> {
  return db.transaction('r', db.reviews, db.reviewSummaries, db.personSummaries, async () => {
    const expected = (await db.reviews.toArray()).map(summarise);
    const stored = new Map((await db.reviewSummaries.toArray()).map((summary) => [summary.id, JSON.stringify(summary)]));
    const reviews = expected.filter((summary) => stored.get(summary.id) !== JSON.stringify(summary)).map((summary) => summary.id);
    for (const id of stored.keys()) if (!expected.some((summary) => summary.id === id)) reviews.push(id);
    const expectedPeople = new Map(personSummaries(expected).map((summary) => [summary.personId, summary.facts]));
    const storedPeople = new Map((await db.personSummaries.toArray()).map((summary) => [summary.personId, summary.facts]));
    const people = [...new Set([...expectedPeople.keys(), ...storedPeople.keys()])].filter((id) => expectedPeople.get(id) !== storedPeople.get(id));
    return { reviews, people };
  });
}
