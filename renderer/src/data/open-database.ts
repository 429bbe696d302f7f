import Dexie from 'dexie';
import { SCHEMA_VERSION, type JalonDb } from './db';

export type OpenResult =
  | { ok: true; upgradedFrom: number | null }
  | { ok: false; reason: 'newer'; found: number }
  | { ok: false; reason: 'unavailable'; message: string };

export type DatabaseEvents = {
  /** Another window upgrades the schema: this one has let go of the database. */
  onVersionChange: () => void;
  /** An older window keeps the database open: the upgrade waits. */
  onBlocked: () => void;
  /** Before a schema upgrade: a backup of the data as it is, in a file or store of its own. */
  keepSafetyBackup: (bytes: Uint8Array<ArrayBuffer>, reason: 'upgrade') => Promise<void>;
  appVersion: string;
};

/** The schema version stored on this machine (Dexie's number), or 0 when there is no database yet. */
async function storedVersion(name: string): Promise<number> {
  const databases = await indexedDB.databases?.();
  const found = databases?.find((database) => database.name === name);
  return found?.version ? found.version / 10 : 0;
}

/** Every record of every store, read without Dexie and without upgrading anything. */
async function rawDump(name: string): Promise<{ tables: { tableName: string; inbound: boolean; rows: unknown[] }[]; version: number }> {
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const names = [...database.objectStoreNames].filter((store) => store !== 'reviewSummaries' && store !== 'personSummaries');
    const tables = await Promise.all(
      names.map(
        (store) =>
          new Promise<{ tableName: string; inbound: boolean; rows: unknown[] }>((resolve, reject) => {
            const request = database.transaction(store).objectStore(store).getAll();
            request.onsuccess = () => resolve({ tableName: store, inbound: true, rows: request.result });
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    return { tables, version: database.version / 10 };
  } finally {
    database.close();
  }
}

/**
 * Opens the database, never by starting over: a database written by a newer
 * Jalon is left untouched (and the user told why), an older one is backed up
 * before its schema is upgraded, and other windows are handled politely.
 */
export async function openDatabase(db: JalonDb, events: DatabaseEvents): Promise<OpenResult> {
  let upgradedFrom: number | null = null;
  try {
    const stored = await storedVersion(db.name);
    if (stored > SCHEMA_VERSION) return { ok: false, reason: 'newer', found: stored };
    if (stored > 0 && stored < SCHEMA_VERSION) {
      const dump = await rawDump(db.name);
      const payload = new TextEncoder().encode(
        JSON.stringify({ formatName: 'dexie', formatVersion: 1, data: { databaseName: db.name, databaseVersion: dump.version, tables: [], data: dump.tables } }),
      );
      const count = (table: string) => dump.tables.find((entry) => entry.tableName === table)?.rows.length ?? 0;
      // The backup code (and its checks) loads only for an upgrade, never on an ordinary start.
      const { sealBackup } = await import('./backup/backup');
      const bytes = await sealBackup(payload, {
        counts: { people: count('people'), reviews: count('reviews'), settings: count('settings') },
        schemaVersion: dump.version,
        passphrase: null,
        appVersion: events.appVersion,
      });
      await events.keepSafetyBackup(bytes, 'upgrade');
      upgradedFrom = stored;
    }
    db.on('versionchange', () => {
      db.close();
      events.onVersionChange();
      return false;
    });
    db.on('blocked', () => events.onBlocked());
    await db.open();
    return { ok: true, upgradedFrom };
  } catch (error) {
    if (error instanceof Dexie.VersionError) {
      return { ok: false, reason: 'newer', found: await storedVersion(db.name).catch(() => 0) };
    }
    return { ok: false, reason: 'unavailable', message: error instanceof Error ? error.message : String(error) };
  }
}
