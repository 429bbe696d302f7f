import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TeamRow } from '../../../shared/team';
import { memoryStorage } from '../testing/memory-storage';
import { firstScreenOf, sortingKey } from '../../../shared/team-dashboard';
import { firstScreenRecord } from '../../../shared/records/schema';
import { FIRST_SCREEN_KEY, forgetFirstScreen, readFirstScreen, rememberFirstScreen } from './team-first-screen';

const row = (index: number, change: Partial<TeamRow> = {}): TeamRow => ({
  id: `p${index}`,
  name: `Personne ${index}`,
  staffNumber: `M${index}`,
  classId: 'C',
  service: index % 2 ? 'Accueil' : 'Contentieux',
  archived: false,
  example: false,
  cycle: { index: 1, start: '2025-01-01', end: '2025-12-31' },
  status: 'brouillon',
  lastReviewDate: null,
  belowCount: null,
  searchKey: `personne ${index}`,
  ...change,
});

const TODAY = '2026-12-03';
const BY_NAME = sortingKey([{ id: 'name', desc: false }]);
let storage: ReturnType<typeof memoryStorage>;

beforeEach(() => {
  storage = memoryStorage();
  vi.stubGlobal('localStorage', storage);
});
afterEach(() => vi.unstubAllGlobals());

describe("the team's first screenful kept in localStorage", () => {
  it('comes back for the same day and order only', () => {
    rememberFirstScreen(firstScreenOf([row(1), row(2)], TODAY, BY_NAME, []));
    expect(readFirstScreen(TODAY, BY_NAME)?.rows.map((kept) => kept.name)).toEqual(['Personne 1', 'Personne 2']);
    // Another day: statuses may have changed (a cycle due, a review late).
    expect(readFirstScreen('2026-12-04', BY_NAME)).toBeNull();
    expect(readFirstScreen(TODAY, sortingKey([{ id: 'name', desc: true }]))).toBeNull();
    // An empty team keeps nothing to show.
    rememberFirstScreen(firstScreenOf([], TODAY, BY_NAME, []));
    expect(readFirstScreen(TODAY, BY_NAME)).toBeNull();
  });

  it.each([
    ['not JSON', '{"today":'],
    ['a row of another shape', JSON.stringify({ ...firstScreenOf([row(1)], TODAY, BY_NAME, []), rows: [{ ...row(1), status: 'inventé' }] })],
    ['an archived row', JSON.stringify({ ...firstScreenOf([row(1)], TODAY, BY_NAME, []), rows: [row(1, { archived: true })] })],
    ['a count that is not one', JSON.stringify({ ...firstScreenOf([row(1)], TODAY, BY_NAME, []), count: -1 })],
    ['a name with a control character', JSON.stringify(firstScreenOf([row(1, { name: 'Léa\u0007' })], TODAY, BY_NAME, []))],
    ['an impossible date', JSON.stringify(firstScreenOf([row(1, { lastReviewDate: '2026-02-30' })], TODAY, BY_NAME, []))],
  ])('what cannot be read back (%s) is ignored and removed', (_case, text) => {
    storage.setItem(FIRST_SCREEN_KEY, text);
    expect(readFirstScreen(TODAY, BY_NAME)).toBeNull();
    expect(storage.entries.has(FIRST_SCREEN_KEY)).toBe(false);
  });

  it('read by startup, then by the first render: the same text is checked once, and a text changed meanwhile is checked anew', () => {
    rememberFirstScreen(firstScreenOf([row(1)], TODAY, BY_NAME, []));
    const parse = vi.spyOn(firstScreenRecord, 'safeParse');
    expect(readFirstScreen(TODAY, BY_NAME)).not.toBeNull();
    expect(parse).toHaveBeenCalledTimes(1);
    expect(readFirstScreen(TODAY, BY_NAME)?.rows.map((kept) => kept.name)).toEqual(['Personne 1']);
    expect(parse).toHaveBeenCalledTimes(1);
    // Another tab kept another screenful in between: that one is shown.
    rememberFirstScreen(firstScreenOf([row(2)], TODAY, BY_NAME, []));
    expect(readFirstScreen(TODAY, BY_NAME)?.rows.map((kept) => kept.name)).toEqual(['Personne 2']);
    // The same unreadable text, read twice, is removed both times it is found.
    storage.setItem(FIRST_SCREEN_KEY, '{"today":');
    expect(readFirstScreen(TODAY, BY_NAME)).toBeNull();
    expect(storage.entries.has(FIRST_SCREEN_KEY)).toBe(false);
    storage.setItem(FIRST_SCREEN_KEY, '{"today":');
    expect(readFirstScreen(TODAY, BY_NAME)).toBeNull();
    expect(storage.entries.has(FIRST_SCREEN_KEY)).toBe(false);
    parse.mockRestore();
  });

  it('is forgotten on request, and a refused storage is no failure', () => {
    rememberFirstScreen(firstScreenOf([row(1)], TODAY, BY_NAME, []));
    forgetFirstScreen();
    expect(storage.entries.size).toBe(0);
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('refused');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => {
        throw new Error('refused');
      },
    });
    expect(() => rememberFirstScreen(firstScreenOf([row(1)], TODAY, BY_NAME, []))).not.toThrow();
    expect(readFirstScreen(TODAY, BY_NAME)).toBeNull();
    expect(() => forgetFirstScreen()).not.toThrow();
  });
});
