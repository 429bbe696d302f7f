import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../testing/memory-storage';

/** The store module, loaded afresh in a window whose address is `hash`. */
async function storeAt(hash: string) {
  const location = { hash };
  const localStorage = memoryStorage();
  vi.stubGlobal('localStorage', localStorage);
  vi.stubGlobal('window', Object.assign(new EventTarget(), { location, localStorage }));
  return { location, ...(await import('./index')) };
}

describe('followLocationHash', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('catches up with an address changed before it listened (a link opened while the app was starting)', async () => {
    const { location, followLocationHash, useUiStore } = await storeAt('#/personne/p1');
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

  it('navigates at once and shows the address after, in a microtask queued after the redraw', async () => {
    const { location, followLocationHash, useUiStore } = await storeAt('#/equipe');
    const stop = followLocationHash();
    // React draws a route changed in an event in a microtask queued when the store changes.
    const seen: string[] = [];
    const unsubscribe = useUiStore.subscribe(() => queueMicrotask(() => seen.push(`drawn at ${location.hash}`)));
    useUiStore.getState().navigate({ screen: 'person', personId: 'p1' });
    expect(useUiStore.getState().route).toEqual({ screen: 'person', personId: 'p1' });
    expect(location.hash).toBe('#/equipe');
    await Promise.resolve();
    expect(seen).toEqual(['drawn at #/equipe']);
    expect(location.hash).toBe('#/personne/p1');
    // The browser's hashchange for that address leaves the route as it is (no second drawing).
    const route = useUiStore.getState().route;
    window.dispatchEvent(new Event('hashchange'));
    expect(useUiStore.getState().route).toBe(route);
    // Two navigations in one task leave the address of the last.
    useUiStore.getState().navigate({ screen: 'referentiel' });
    useUiStore.getState().navigate({ screen: 'progression', personId: 'p1' });
    await Promise.resolve();
    expect(location.hash).toBe('#/personne/p1/progression');
    unsubscribe();
    stop();
  });
});
