import { describe, expect, it, vi } from 'vitest';

const copies = [
  { id: 'jalon-2026-01-01T00-00-00-000Z-import.jalon', createdAt: '2026-01-01T00:00:00.000Z', reason: 'import' as const, size: 10 },
  { id: 'jalon-2026-01-02T00-00-00-000Z-import.jalon', createdAt: '2026-01-02T00:00:00.000Z', reason: 'import' as const, size: 10 },
];
vi.mock('../platform', () => ({
  platform: {
    listSafetyBackups: async () => copies,
    // The first copy no longer opens (its at-rest key gone, or changed on disk); the second is not a backup of her.
    readSafetyBackup: async (id: string) => {
      if (id === copies[0]!.id) throw new Error('The operation failed for an operation-specific reason');
      return new TextEncoder().encode('not a backup');
    },
  },
}));

describe('the safety copies that hold a person', () => {
  it('counts a copy that cannot be opened as holding them (erasure never leaves one behind on a guess)', async () => {
    const { safetyCopiesHolding } = await import('./erasure');
    expect((await safetyCopiesHolding('p1')).map((copy) => copy.id)).toEqual([copies[0]!.id, copies[1]!.id]);
  });
});
