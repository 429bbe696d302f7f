import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UnreadableRow } from '../../../shared/records/schema';
import { createBackup } from './backup/backup';
import { JalonDb } from './db';
import { onUnreadableRow } from './normalise-reads';

let db: JalonDb;
let counter = 0;
let reported: UnreadableRow[];
let stop: () => void;
beforeEach(async () => {
  db = new JalonDb(`reads-${++counter}`);
  await db.open();
  reported = [];
  stop = onUnreadableRow((row) => reported.push(row));
});
afterEach(async () => {
  stop();
  await db.delete();
});

const person = (id: string, name: string) => ({
  id,
  name,
  staffNumber: '',
  classHistory: [{ classId: 'C', from: '2020-01-01' }],
  employment: 'statutaire',
  limitedLeadership: false,
  service: '',
  notes: '',
  cycleStart: '2024-01-01',
  archived: false,
  createdAt: '2024-01-01T08:00:00.000Z',
  updatedAt: '2024-01-01T08:00:00.000Z',
});

/** Writes rows with the raw IndexedDB API, as another program (or an old bug) could have. */
async function writeRaw(store: string, rows: unknown[]): Promise<void> {
  const raw = db.backendDB();
  await new Promise<void>((resolve, reject) => {
    const transaction = raw.transaction(store, 'readwrite');
    for (const row of rows) transaction.objectStore(store).put(row);
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
}

describe('runtime reads go through the normaliser', () => {
  it('leaves an unreadable row out of every read and reports it by id; the others read as usual', async () => {
    await writeRaw('people', [person('ok', 'Léa Dubois'), { ...person('broken', 'Jan'), classHistory: 'C' }]);
    expect((await db.people.toArray()).map((row) => row.id)).toEqual(['ok']);
    expect((await db.people.orderBy('name').toArray()).map((row) => row.id)).toEqual(['ok']);
    expect(await db.people.get('broken')).toBeUndefined();
    expect((await db.people.bulkGet(['ok', 'broken'])).map((row) => row?.id)).toEqual(['ok', undefined]);
    expect(reported[0]).toEqual({ table: 'people', id: 'broken', path: 'classHistory', message: expect.any(String) });
  });

  it('brings an old shape up to date when it is read', async () => {
    await writeRaw('people', [person('old', 'Marie Claes')]);
    expect((await db.people.get('old'))!.example).toBe(false);
    expect(reported).toEqual([]);
  });

  it('backs up the rows as stored, the unreadable one included', async () => {
    await writeRaw('people', [person('ok', 'Léa Dubois'), { ...person('broken', 'Jan'), classHistory: 'C' }]);
    const file = await createBackup(db, { passphrase: null, appVersion: 'test' });
    const text = new TextDecoder().decode(file);
    expect(text).toContain('"broken"');
    expect(text).toContain('"ok"');
  });
});
