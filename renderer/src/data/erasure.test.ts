import { describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../testing/memory-storage';
import { FIRST_SCREEN_KEY } from './team-first-screen';

const copies = [
  { id: 'jalon-2026-01-01T00-00-00-000Z-import.jalon', createdAt: '2026-01-01T00:00:00.000Z', reason: 'import' as const, size: 10 },
  { id: 'jalon-2026-01-02T00-00-00-000Z-import.jalon', createdAt: '2026-01-02T00:00:00.000Z', reason: 'import' as const, size: 10 },
];
let listFails = false;
const deletePersonEverywhere = vi.fn(async () => undefined);
vi.mock('./deletion-repo', () => ({ deletePersonEverywhere: (...args: unknown[]) => deletePersonEverywhere(...(args as [])) }));
vi.mock('../platform', () => ({
  platform: {
    listSafetyBackups: async () => (listFails ? { ok: false, error: { code: 'platform-failed' } } : { ok: true, value: copies }),
    // The first copy no longer opens (its at-rest key gone, or changed on disk); the second is not a backup of her.
    readSafetyBackup: async (id: string) =>
      id === copies[0]!.id ? { ok: false, error: { code: 'file-unreadable' } } : { ok: true, value: new TextEncoder().encode('not a backup') },
    removeSafetyBackup: async (id: string) => (id === copies[1]!.id ? { ok: false, error: { code: 'platform-failed' } } : { ok: true, value: null }),
  },
}));

describe('the safety copies that hold a person', () => {
  it('counts a copy that cannot be opened as holding them (erasure never leaves one behind on a guess)', async () => {
    const { safetyCopiesHolding } = await import('./erasure');
    const holding = await safetyCopiesHolding('p1');
    expect(holding.ok && holding.value.map((copy) => copy.id)).toEqual([copies[0]!.id, copies[1]!.id]);
  });

  it('copies that cannot be listed: the erasure does not start, and says why (issue 11)', async () => {
    const { erasePerson } = await import('./erasure');
    listFails = true;
    try {
      expect(await erasePerson({} as never, 'p1')).toEqual({ ok: false, error: { code: 'platform-failed' } });
    } finally {
      listFails = false;
    }
    expect(deletePersonEverywhere).not.toHaveBeenCalled();
  });

  it('forgets the team screenful kept for the next start before erasing: it may name them', async () => {
    const storage = memoryStorage();
    storage.setItem(FIRST_SCREEN_KEY, '{"rows":[{"name":"Léa"}]}');
    storage.setItem('jalon.language', 'nl');
    vi.stubGlobal('localStorage', storage);
    try {
      const { erasePerson } = await import('./erasure');
      await erasePerson({} as never, 'p1');
      expect([...storage.entries.keys()]).toEqual(['jalon.language']);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('a copy that cannot be removed is named as left behind, not counted as removed (issue 11)', async () => {
    const { erasePerson } = await import('./erasure');
    const erased = await erasePerson({} as never, 'p1');
    expect(deletePersonEverywhere).toHaveBeenCalledWith({}, 'p1');
    expect(erased.ok && erased.value.removedCopies.map((copy) => copy.id)).toEqual([copies[0]!.id]);
    expect(erased.ok && erased.value.leftCopies.map((copy) => copy.id)).toEqual([copies[1]!.id]);
  });
});
