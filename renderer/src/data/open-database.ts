import type { ErrorCode, Result } from '../../../shared/result';
import { isQuotaError } from './app-error';
import type { JalonDb } from './db';
import { compareStoredVersion, SCHEMA_VERSION, type StoredSchema } from './migrations';
import { ensureDerived } from './summaries';
import { sealLogComplete } from './seal-log-state';
import { storedVersion } from './stored-version';

/** Opened (`upgradedFrom`: the schema before an upgrade), or why not: a newer schema, a full disk, storage unavailable. */
export type OpenResult = Result<{ upgradedFrom: number | null }, { code: 'db-newer'; found: number; known: number } | { code: Exclude<ErrorCode, 'db-newer'> }>;

export type DatabaseEvents = {
  /** Another window upgrades the schema: this one has let go of the database. */
  onVersionChange: () => void;
  /** An older window keeps the database open: the upgrade waits. */
  onBlocked: () => void;
  /** Before a schema upgrade: a backup of the data as it is, in a file or store of its own. */
  keepSafetyBackup: (bytes: Uint8Array<ArrayBuffer>, reason: 'upgrade') => Promise<Result<unknown>>;
  appVersion: string;
};

/** Every record of every store, read without Dexie and without upgrading anything. */
async function rawDump(name: string): Promise<{ tableName: string; inbound: boolean; rows: unknown[] }[]> {
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const names = [...database.objectStoreNames].filter((store) => !['reviewSummaries', 'personSummaries', 'meta', 'sealLog'].includes(store));
    return await Promise.all(
      names.map(
        (store) =>
          new Promise<{ tableName: string; inbound: boolean; rows: unknown[] }>((resolve, reject) => {
            const request = database.transaction(store).objectStore(store).getAll();
            request.onsuccess = () => resolve({ tableName: store, inbound: true, rows: request.result });
            request.onerror = () => reject(request.error);
          }),
      ),
    );
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
    const stored: StoredSchema = compareStoredVersion(await storedVersion(db.name));
    // Dexie 4 would open a newer database as it is (no VersionError): never let it.
    if (stored.state === 'newer') return { ok: false, error: { code: 'db-newer', found: stored.schemaVersion, known: SCHEMA_VERSION } };
    if (stored.state === 'older') {
      // The backup code loads only here, before an upgrade: not at every startup.
      const { sealBackup } = await import('./backup/backup');
      const tables = await rawDump(db.name);
      const payload = new TextEncoder().encode(
        JSON.stringify({ formatName: 'dexie', formatVersion: 1, data: { databaseName: db.name, databaseVersion: stored.schemaVersion, tables: [], data: tables } }),
      );
      const count = (table: string) => tables.find((entry) => entry.tableName === table)?.rows.length ?? 0;
      const bytes = await sealBackup(payload, {
        counts: { people: count('people'), reviews: count('reviews'), settings: count('settings') },
        schemaVersion: stored.schemaVersion,
        passphrase: null,
        appVersion: events.appVersion,
      });
      // No safety copy, no upgrade: the database stays as it is, and the user is told why.
      const kept = await events.keepSafetyBackup(bytes, 'upgrade');
      if (!kept.ok) return { ok: false, error: { code: kept.error.code === 'db-newer' ? 'unexpected' : kept.error.code } };
      upgradedFrom = stored.schemaVersion;
    }
    db.on('versionchange', () => {
      db.close();
      events.onVersionChange();
      return false;
    });
    db.on('blocked', () => events.onBlocked());
    await db.open();
    // Derived tables computed another way (or never recorded, as after an upgrade) are rebuilt from the reviews.
    // Asked together with the derived tables' version: one wait, not two.
    const sealLogDone = sealLogComplete(db);
    sealLogDone.catch(() => undefined);
    await ensureDerived(db);
    // Reviews finalised before the seal log existed are entered once, when their seal holds. Without
    // the key (desktop without safeStorage) it waits for the next launch: the app still opens (said in the console).
    try {
      if (!(await sealLogDone)) await (await import('./seal-log')).ensureSealLog(db);
    } catch (error) {
      console.warn('Jalon: the seal log could not be completed; it will be at the next launch', error);
    }
    return { ok: true, value: { upgradedFrom } };
  } catch (error) {
    // The technical text is for the console; the screen says it in French (errorMessage).
    console.warn('Jalon: the database could not be opened', error);
    return { ok: false, error: { code: isQuotaError(error) ? 'disk-full' : 'db-unavailable' } };
  }
}
