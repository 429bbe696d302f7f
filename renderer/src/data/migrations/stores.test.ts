import { describe, expect, it } from 'vitest';
import { compareStoredVersion, MIGRATIONS, SCHEMA_VERSION } from './index';

/**
 * The `stores()` of every shipped version, exactly as shipped. If this test
 * fails, a shipped version was edited: revert it and append a new version
 * instead (Dexie's schema-patch mode would otherwise move the native version
 * of everyone's database). A new version is appended here when it is added.
 */
const SHIPPED: readonly { version: number; stores: Record<string, string | null> }[] = [
  {
    version: 1,
    stores: {
      people: 'id, name, staffNumber',
      reviews: 'id, personId, &[personId+cycleIndex], status, updatedAt',
      settings: 'key',
    },
  },
  { version: 2, stores: { reviewSummaries: 'id, personId, cycleEnd' } },
  { version: 3, stores: { personSummaries: 'personId' } },
  { version: 4, stores: { meta: 'key' } },
  { version: 5, stores: { sealLog: '++seq, reviewId, personId' } },
  { version: 6, stores: { journalNotes: 'id, personId, [personId+date]', planActions: 'id, personId, sourceReviewId, [personId+cycleIndex]' } },
];

describe('shipped schema versions', () => {
  it('declares every shipped version with exactly the stores() it shipped with', () => {
    const declared = MIGRATIONS.map((migration) => ({ version: migration.version, stores: { ...migration.stores } }));
    expect(declared.slice(0, SHIPPED.length)).toEqual(SHIPPED);
  });

  it('lists every declared version in SHIPPED too, so the next edit is caught', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(SHIPPED.map((entry) => entry.version));
  });

  it('numbers versions in strictly increasing order, the current one last', () => {
    const versions = MIGRATIONS.map((migration) => migration.version);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    expect(new Set(versions).size).toBe(versions.length);
    expect(SCHEMA_VERSION).toBe(versions[versions.length - 1]);
  });
});

describe('compareStoredVersion (native IndexedDB version against the schema)', () => {
  it('compares exactly: a patched current database (30 → 31 … 39) is the current schema, never "newer"', () => {
    expect(compareStoredVersion(30, 3)).toEqual({ state: 'current' });
    expect(compareStoredVersion(31, 3)).toEqual({ state: 'current' });
    expect(compareStoredVersion(39, 3)).toEqual({ state: 'current' });
  });

  it('finds a database one version ahead, patched or not', () => {
    expect(compareStoredVersion(40, 3)).toEqual({ state: 'newer', schemaVersion: 4 });
    expect(compareStoredVersion(41, 3)).toEqual({ state: 'newer', schemaVersion: 4 });
    expect(compareStoredVersion(990, 3)).toEqual({ state: 'newer', schemaVersion: 99 });
  });

  it('finds an older database, patched or not, with its schema number', () => {
    expect(compareStoredVersion(10, 3)).toEqual({ state: 'older', schemaVersion: 1 });
    expect(compareStoredVersion(21, 3)).toEqual({ state: 'older', schemaVersion: 2 });
    expect(compareStoredVersion(29, 3)).toEqual({ state: 'older', schemaVersion: 2 });
  });

  it('treats no database as none', () => {
    expect(compareStoredVersion(0, 3)).toEqual({ state: 'none' });
  });
});
