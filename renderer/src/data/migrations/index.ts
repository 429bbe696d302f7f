import type Dexie from 'dexie';
import type { Migration } from './types';
import { v1 } from './v1';
import { v2 } from './v2';
import { v3 } from './v3';
import { v4 } from './v4';
import { v5 } from './v5';
import { v6 } from './v6';

/** Every schema version, oldest first. Append a new one; never edit or remove a shipped one. */
export const MIGRATIONS: readonly Migration[] = [v1, v2, v3, v4, v5, v6];

/** The current schema version (Dexie's own number, as `db.verno`). */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Declares every version on the database, with its upgrade. */
export function declareSchema(db: Dexie): void {
  for (const migration of MIGRATIONS) {
    const version = db.version(migration.version).stores({ ...migration.stores });
    if (migration.upgrade) version.upgrade(migration.upgrade);
  }
}

/**
 * IndexedDB's own version number for a Dexie version: Dexie stores ten times
 * its number, and its schema-patch mode (a shipped `stores()` edited by
 * mistake) adds 1 to 9 on top. So schema N owns the native numbers
 * N×10 … N×10+9, compared exactly, as integers.
 */
export function nativeVersion(schemaVersion: number): number {
  return schemaVersion * 10;
}

export type StoredSchema =
  | { state: 'none' }
  | { state: 'older'; schemaVersion: number }
  | { state: 'current' }
  | { state: 'newer'; schemaVersion: number };

/** Where the database found on disk (its native version) stands against this Jalon's schema. */
export function compareStoredVersion(native: number, current: number = SCHEMA_VERSION): StoredSchema {
  if (!Number.isInteger(native) || native <= 0) return { state: 'none' };
  // The schema number a native version belongs to: integer arithmetic, never 3.1.
  const schemaVersion = (native - (native % 10)) / 10;
  if (native >= nativeVersion(current + 1)) return { state: 'newer', schemaVersion };
  if (native < nativeVersion(current)) return { state: 'older', schemaVersion };
  return { state: 'current' };
}
