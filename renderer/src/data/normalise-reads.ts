import type { DBCore, DBCoreTable, Middleware } from 'dexie';
import { normaliseRecord, RECORD_SCHEMAS, type RecordTable, type UnreadableRow } from '../../../shared/records/schema';

/*
 * Every row the app reads from people, reviews and settings passes through
 * the one normaliser of its type (shared/records/schema.ts): an old shape is
 * brought up to date, and a row that cannot be read is left out and reported
 * by id, so no screen ever receives it (and none crashes on it). Backups read
 * the rows as stored, through a database opened without this middleware.
 */

type Listener = (row: UnreadableRow) => void;
const listeners = new Set<Listener>();

/** Called with each unreadable row a read meets (the app shows them; tests collect them). */
export function onUnreadableRow(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function readable(table: RecordTable, raw: unknown): unknown {
  if (raw === undefined) return undefined;
  const normalised = normaliseRecord(table, raw);
  if (normalised.ok) return normalised.value;
  for (const listener of listeners) listener(normalised.error);
  return undefined;
}

const isRecordTable = (name: string): name is RecordTable => Object.hasOwn(RECORD_SCHEMAS, name);

export const normaliseReadsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'jalon-normalise-reads',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return isRecordTable(name) ? normalisingTable(name, table) : table;
    },
  }),
};

function normalisingTable(name: RecordTable, table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    get: async (request) => readable(name, await table.get(request)),
    getMany: async (request) => (await table.getMany(request)).map((row) => readable(name, row)),
    query: async (request) => {
      const response = await table.query(request);
      if (!request.values) return response;
      return { ...response, result: response.result.map((row) => readable(name, row)).filter((row) => row !== undefined) };
    },
  };
}
