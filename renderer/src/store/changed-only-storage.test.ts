import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../testing/memory-storage';

describe('the UI store in localStorage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  async function storeOver(stored: Map<string, string> = new Map()) {
    const localStorage = memoryStorage();
    for (const [key, value] of stored) localStorage.entries.set(key, value);
    const writes: string[] = [];
    const setItem = localStorage.setItem;
    localStorage.setItem = (key, value) => {
      writes.push(value);
      setItem(key, value);
    };
    vi.stubGlobal('localStorage', localStorage);
    vi.stubGlobal('window', Object.assign(new EventTarget(), { location: { hash: '#/equipe' }, localStorage }));
    const { useUiStore } = await import('./index');
    return { useUiStore, writes, entries: localStorage.entries };
  }

  it('is written when the remembered preferences change, not on every change of the session (save state, route, notice)', async () => {
    const { useUiStore, writes, entries } = await storeOver();
    const state = useUiStore.getState();
    // Nothing was stored yet: the first change writes the defaults, once.
    state.setSaveState({ kind: 'saving' });
    expect(writes).toHaveLength(1);
    state.setSaveState({ kind: 'saved' });
    state.navigate({ screen: 'referentiel' });
    state.setNotice(null);
    expect(writes).toHaveLength(1);

    state.setTeamPrefs({ hiddenColumns: ['service'] });
    expect(writes).toHaveLength(2);
    expect(JSON.parse(entries.get('jalon-ui')!)).toMatchObject({ state: { teamPrefs: { hiddenColumns: ['service'] } } });
    // The same preferences again (a new object): nothing to write.
    useUiStore.getState().setTeamPrefs({ hiddenColumns: ['service'] });
    useUiStore.getState().setSaveState({ kind: 'saving' });
    expect(writes).toHaveLength(2);
  });

  it('reads what was remembered, and writes over it only when the preferences change', async () => {
    const remembered = JSON.stringify({ state: { teamPrefs: { sorting: [{ id: 'service', desc: true }], hiddenColumns: [] } }, version: 1 });
    const { useUiStore, writes, entries } = await storeOver(new Map([['jalon-ui', remembered]]));
    expect(useUiStore.getState().teamPrefs.sorting).toEqual([{ id: 'service', desc: true }]);
    useUiStore.getState().setSaveState({ kind: 'saving' });
    expect(writes).toEqual([]);
    useUiStore.getState().setTeamPrefs({ sorting: [{ id: 'name', desc: false }] });
    expect(JSON.parse(entries.get('jalon-ui')!)).toMatchObject({ state: { teamPrefs: { sorting: [{ id: 'name', desc: false }] } } });
  });
});
