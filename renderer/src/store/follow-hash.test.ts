import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../testing/memory-storage';

describe('followLocationHash', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('catches up with an address changed before it listened (a link opened while the app was starting)', async () => {
    const location = { hash: '#/personne/p1' };
    const localStorage = memoryStorage();
    vi.stubGlobal('localStorage', localStorage);
    vi.stubGlobal('window', Object.assign(new EventTarget(), { location, localStorage }));
    const { followLocationHash, useUiStore } = await import('./index');
    expect(useUiStore.getState().route).toEqual({ screen: 'person', personId: 'p1' });
    // The address changes, and its hashchange fires, before the app subscribes.
    location.hash = '#/equipe';
    window.dispatchEvent(new Event('hashchange'));
    const stop = followLocationHash();
    expect(useUiStore.getState().route).toEqual({ screen: 'team' });
    // And it keeps following afterwards.
    location.hash = '#/referentiel';
    window.dispatchEvent(new Event('hashchange'));
    expect(useUiStore.getState().route).toEqual({ screen: 'referentiel' });
    stop();
  });
});
