import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DB_NAME, readStoredVersion, readStoredVersionEarly, storedVersion } from './stored-version';

let counter = 0;
const fresh = () => `stored-version-${++counter}`;

function create(name: string, version: number, store: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => request.result.createObjectStore(store);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

const names = async () => (await indexedDB.databases()).map((database) => database.name);

describe('the stored version, read before Dexie opens the database', () => {
  it('is 0 where there is no database, and leaves none behind', async () => {
    const name = fresh();
    expect(await readStoredVersion(name)).toBe(0);
    expect(await names()).not.toContain(name);
    // Created afterwards at version 1 as usual: nothing half-made was in the way.
    await create(name, 1, 'people');
    expect(await readStoredVersion(name)).toBe(1);
  });

  it('is the version stored, and the database is neither upgraded nor changed', async () => {
    const name = fresh();
    await create(name, 50, 'reviews');
    expect(await readStoredVersion(name)).toBe(50);
    expect(await readStoredVersion(name)).toBe(50);
    const database = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
    });
    expect([database.version, [...database.objectStoreNames]]).toEqual([50, ['reviews']]);
    database.close();
  });

  it('read early for the app database, is taken once; a second open reads it again', async () => {
    await create(DB_NAME, 3, 'people');
    readStoredVersionEarly();
    // The database upgraded between the two opens: the second sees it.
    const early = storedVersion(DB_NAME);
    await create(DB_NAME, 4, 'reviews');
    expect(await early).toBe(3);
    expect(await storedVersion(DB_NAME)).toBe(4);
    // Another database is never answered from the app's early read.
    readStoredVersionEarly();
    expect(await storedVersion(fresh())).toBe(0);
    expect(await storedVersion(DB_NAME)).toBe(4);
  });
});
