import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeFacts } from '../../../shared/team';
import { ok } from '../../../shared/result';
import { readBackup } from './backup/backup';
import Dexie from 'dexie';
import { JalonDb, SCHEMA_VERSION } from './db';
import { MIGRATIONS } from './migrations';
import { openDatabase, type DatabaseEvents } from './open-database';

type Fixture = {
  schemaVersion: number;
  idbVersion: number;
  stores: Record<string, { keyPath: string; autoIncrement?: boolean; indexes: [string, string | string[], boolean][] }>;
  records: Record<string, Record<string, unknown>[]>;
};

/** Builds, with the raw IndexedDB API, the database a given schema version left on disk. */
async function writeFixtureDatabase(name: string, fixture: Fixture): Promise<void> {
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, fixture.idbVersion);
    request.onupgradeneeded = () => {
      for (const [store, spec] of Object.entries(fixture.stores)) {
        const objectStore = request.result.createObjectStore(store, { keyPath: spec.keyPath, autoIncrement: spec.autoIncrement ?? false });
        for (const [indexName, keyPath, unique] of spec.indexes) objectStore.createIndex(indexName, keyPath, { unique });
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise<void>((resolve, reject) => {
    const transaction = database.transaction(Object.keys(fixture.records), 'readwrite');
    for (const [store, records] of Object.entries(fixture.records)) for (const record of records) transaction.objectStore(store).put(record);
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
  database.close();
}

function events(kept: Uint8Array[] = []): DatabaseEvents {
  return { onVersionChange: () => undefined, onBlocked: () => undefined, keepSafetyBackup: async (bytes) => (kept.push(bytes), ok(null)), appVersion: 'test' };
}

const fixture = (version: number) => JSON.parse(readFileSync(new URL(`../../../test-fixtures/schema-v${version}.json`, import.meta.url), 'utf8')) as Fixture;
const v1 = fixture(1);
const v2 = fixture(2);
const v3 = fixture(3);
const v4 = fixture(4);
const v5 = fixture(5);
const v6 = fixture(6);

/** The workflow fields a v1 review takes in v2, as v2 shipped them (frozen here, not read from live code). */
const V2_DEFAULTS = { audit: [], contentHash: null, finalisedAt: null, handedOverOn: null, acknowledgedOn: null, employeeComment: '', addenda: [] };

/** Every record of a store, read with the raw IndexedDB API (no Dexie, no upgrade). */
async function rawRecords(name: string): Promise<{ version: number; stores: Record<string, unknown[]> }> {
  const raw = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const stores: Record<string, unknown[]> = {};
  for (const store of [...raw.objectStoreNames]) {
    stores[store] = await new Promise<unknown[]>((resolve) => {
      const request = raw.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result);
    });
  }
  raw.close();
  return { version: raw.version, stores };
}

/** What a stored person reads as today: fields added since (issue 17's language) get their default on read, not in the database. */
const asRead = (people: unknown) => (people as Record<string, unknown>[]).map((person) => ({ language: 'fr', ...person }));

describe('schema upgrades', () => {
  it('upgrades the v1 fixture database to the current version with every record preserved, after a safety backup', async () => {
    await writeFixtureDatabase('upgrade-v1', v1);
    const kept: Uint8Array[] = [];
    const db = new JalonDb('upgrade-v1');
    expect(await openDatabase(db, events(kept))).toEqual({ ok: true, value: { upgradedFrom: 1 } });
    expect(db.verno).toBe(SCHEMA_VERSION);

    const byId = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await db.people.toArray())).toEqual(byId(asRead(v1.records['people']) as never[]));
    expect(byId(await db.reviews.toArray())).toEqual(byId((v1.records['reviews'] as { id: string }[]).map((review) => ({ ...V2_DEFAULTS, ...review }))));
    expect(await db.settings.toArray()).toEqual(v1.records['settings']);
    expect((await db.reviewSummaries.toArray()).map((summary) => summary.id).sort()).toEqual(['v1-r1', 'v1-r2']);
    const [person] = await db.personSummaries.toArray();
    expect(person!.personId).toBe('v1-p1');
    expect(decodeFacts(person!.facts)).toEqual([
      { cycleIndex: 0, status: 'prete', finalisedAt: null, belowCount: 0, rated: true },
      { cycleIndex: 1, status: 'brouillon', finalisedAt: null, belowCount: 1, rated: true },
    ]);
    expect((await db.reviews.get('v1-r2'))!.ratings.communiquer!.evidence).toHaveLength(100_000);

    // The safety backup taken before the upgrade is a complete, restorable backup of the v1 data.
    expect(kept).toHaveLength(1);
    const backup = await readBackup(kept[0]!, null);
    expect(backup).toMatchObject({ ok: true, value: { header: { schemaVersion: 1, counts: { people: 2, reviews: 2, settings: 1 } } } });
    db.close();
  });

  it('upgrades the v2 fixture database with every record preserved and the person summaries built', async () => {
    await writeFixtureDatabase('upgrade-v2', v2);
    const kept: Uint8Array[] = [];
    const db = new JalonDb('upgrade-v2');
    expect(await openDatabase(db, events(kept))).toEqual({ ok: true, value: { upgradedFrom: 2 } });
    const byId = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await db.people.toArray())).toEqual(byId(asRead(v2.records['people']) as never[]));
    expect(byId(await db.reviews.toArray())).toEqual(byId(v2.records['reviews'] as never[]));
    expect(byId(await db.reviewSummaries.toArray())).toEqual(byId(v2.records['reviewSummaries'] as never[]));
    expect((await db.personSummaries.toArray()).map((summary) => summary.personId)).toEqual(['v1-p1']);
    expect(await readBackup(kept[0]!, null)).toMatchObject({ ok: true, value: { header: { schemaVersion: 2 } } });
    db.close();
  });

  it('opens a current database without an upgrade or a safety backup', async () => {
    const first = new JalonDb('current');
    await first.open();
    first.close();
    const kept: Uint8Array[] = [];
    const db = new JalonDb('current');
    expect(await openDatabase(db, events(kept))).toEqual({ ok: true, value: { upgradedFrom: null } });
    expect(kept).toHaveLength(0);
    db.close();
  });

  it('never writes to a database from a newer version, and says so', async () => {
    await writeFixtureDatabase('from-the-future', { ...v1, idbVersion: 990 });
    const db = new JalonDb('from-the-future');
    expect(await openDatabase(db, events())).toEqual({ ok: false, error: { code: 'db-newer', found: 99, known: SCHEMA_VERSION } });
    const raw = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('from-the-future');
      request.onsuccess = () => resolve(request.result);
    });
    expect(raw.version).toBe(990);
    expect([...raw.objectStoreNames].sort()).toEqual(['people', 'reviews', 'settings']);
    const people = await new Promise<unknown[]>((resolve) => {
      const request = raw.transaction('people').objectStore('people').getAll();
      request.onsuccess = () => resolve(request.result);
    });
    expect(people).toEqual(v1.records['people']);
    raw.close();
  });

  it('upgrades the v3 fixture database with every record preserved and the derived-data version recorded', async () => {
    await writeFixtureDatabase('upgrade-v3', v3);
    const kept: Uint8Array[] = [];
    const db = new JalonDb('upgrade-v3');
    expect(await openDatabase(db, events(kept))).toEqual({ ok: true, value: { upgradedFrom: 3 } });
    const byId = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await db.people.toArray())).toEqual(byId(asRead(v3.records['people']) as never[]));
    expect(byId(await db.reviews.toArray())).toEqual(byId(v3.records['reviews'] as never[]));
    expect(byId(await db.reviewSummaries.toArray())).toEqual(byId(v3.records['reviewSummaries'] as never[]));
    expect(await db.personSummaries.toArray()).toEqual(v3.records['personSummaries']);
    expect(await db.meta.toArray()).toEqual(v5.records['meta']);
    expect(await readBackup(kept[0]!, null)).toMatchObject({ ok: true, value: { header: { schemaVersion: 3 } } });
    db.close();
  });

  it('upgrades the v4 fixture database to v5: every record preserved, an empty seal log, recorded complete', async () => {
    await writeFixtureDatabase('upgrade-v4', v4);
    const kept: Uint8Array[] = [];
    const db = new JalonDb('upgrade-v4');
    expect(await openDatabase(db, events(kept))).toEqual({ ok: true, value: { upgradedFrom: 4 } });
    expect(kept).toHaveLength(1);
    const byId = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await db.reviews.toArray())).toEqual(byId(v4.records['reviews'] as never[]));
    expect(await db.personSummaries.toArray()).toEqual(v4.records['personSummaries']);
    expect(await db.sealLog.toArray()).toEqual([]);
    expect(await db.meta.toArray()).toEqual(v5.records['meta']);
    db.close();
  });

  it('opens the v5 fixture database (the current schema) as it is, without an upgrade or a safety backup', async () => {
    await writeFixtureDatabase('current-v5', v5);
    const kept: Uint8Array[] = [];
    const db = new JalonDb('current-v5');
    expect(await openDatabase(db, events(kept))).toEqual({ ok: true, value: { upgradedFrom: SCHEMA_VERSION === 5 ? null : 5 } });
    expect(kept).toHaveLength(SCHEMA_VERSION === 5 ? 0 : 1);
    const byId = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await db.reviews.toArray())).toEqual(byId(v5.records['reviews'] as never[]));
    expect(await db.sealLog.toArray()).toEqual(v5.records['sealLog']);
    db.close();
  });

  it('upgrades the v5 fixture database to v6: every record kept, the journal and plan tables there and empty', async () => {
    await writeFixtureDatabase('upgrade-v5-6', v5);
    const kept: Uint8Array[] = [];
    const db = new JalonDb('upgrade-v5-6');
    expect(await openDatabase(db, events(kept))).toEqual({ ok: true, value: { upgradedFrom: 5 } });
    const byId = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await db.people.toArray())).toEqual(byId(asRead(v5.records['people']) as never[]));
    expect(byId(await db.reviews.toArray())).toEqual(byId(v5.records['reviews'] as never[]));
    expect(await db.journalNotes.count()).toBe(0);
    expect(await db.planActions.count()).toBe(0);
    expect(await readBackup(kept[0]!, null)).toMatchObject({ ok: true, value: { header: { schemaVersion: 5 } } });
    db.close();
  });

  it('opens the v6 fixture database with its journal notes and plan actions read back as stored', async () => {
    await writeFixtureDatabase('current-v6', v6);
    const kept: Uint8Array[] = [];
    const db = new JalonDb('current-v6');
    expect(await openDatabase(db, events(kept))).toEqual({ ok: true, value: { upgradedFrom: SCHEMA_VERSION === 6 ? null : 6 } });
    const byId = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await db.journalNotes.toArray())).toEqual(byId(v6.records['journalNotes'] as never[]));
    expect(byId(await db.planActions.toArray())).toEqual(byId(v6.records['planActions'] as never[]));
    expect(await db.journalNotes.where('[personId+date]').between(['v1-p1', '2025-01-01'], ['v1-p1', '2025-04-01']).primaryKeys()).toEqual(['v6-n1']);
    expect(await db.planActions.where('sourceReviewId').equals('v1-r1').primaryKeys()).toEqual(['v6-a1']);
    db.close();
  });

  it('does not upgrade when the safety copy cannot be kept: its code is said and the database stays as it was (issue 11)', async () => {
    await writeFixtureDatabase('no-safety-copy', v5);
    const before = await rawRecords('no-safety-copy');
    const db = new JalonDb('no-safety-copy');
    const refusing: DatabaseEvents = { ...events(), keepSafetyBackup: async () => ({ ok: false, error: { code: 'disk-full' } }) };
    expect(await openDatabase(db, refusing)).toEqual({ ok: false, error: { code: 'disk-full' } });
    expect(db.isOpen()).toBe(false);
    expect(await rawRecords('no-safety-copy')).toEqual(before);
  });

  it('refuses a database exactly one version ahead and leaves it untouched', async () => {
    const ahead = (SCHEMA_VERSION + 1) * 10;
    await writeFixtureDatabase('one-ahead', { ...v6, idbVersion: ahead });
    const before = await rawRecords('one-ahead');
    const kept: Uint8Array[] = [];
    const db = new JalonDb('one-ahead');
    expect(await openDatabase(db, events(kept))).toEqual({ ok: false, error: { code: 'db-newer', found: SCHEMA_VERSION + 1, known: SCHEMA_VERSION } });
    expect(db.isOpen()).toBe(false);
    expect(kept).toHaveLength(0);
    expect(await rawRecords('one-ahead')).toEqual(before);
    expect(before.version).toBe(ahead);
  });

  it('opens a database moved on by Dexie\'s schema-patch mode (a shipped stores() edited by mistake)', async () => {
    const shipped = new JalonDb('patched');
    await shipped.open();
    shipped.close();
    // A later build that edited the current version's stores() in place: Dexie patches the native version 30 → 31.
    const patched = new Dexie('patched');
    for (const migration of MIGRATIONS) patched.version(migration.version).stores({ ...migration.stores });
    patched.version(SCHEMA_VERSION).stores({ people: 'id, name, staffNumber, service' });
    await patched.open();
    await patched.table('people').put(v1.records['people']![0]!);
    const native = patched.backendDB().version;
    patched.close();
    expect(native).toBe(SCHEMA_VERSION * 10 + 1);

    const kept: Uint8Array[] = [];
    const db = new JalonDb('patched');
    expect(await openDatabase(db, events(kept))).toEqual({ ok: true, value: { upgradedFrom: null } });
    expect(kept).toHaveLength(0);
    expect(await db.people.toArray()).toEqual(asRead([v1.records['people']![0]]));
    db.close();
    // And again on the next launch: the patched number never reads as "newer".
    const again = new JalonDb('patched');
    expect(await openDatabase(again, events())).toEqual({ ok: true, value: { upgradedFrom: null } });
    again.close();
  });
});
