import { lazy, type ComponentType } from 'react';

/** A screen whose code is a chunk of its own, and the way to start loading it before it is shown. */
export type LazyScreen<P extends object> = ComponentType<P> & { preload: () => Promise<void> };

/**
 * A screen loaded when first shown (or preloaded): `load` gives its module,
 * `name` the export that is the screen.
 *
 * Once the chunk is in, the screen is drawn directly, not through `lazy`: a
 * lazy component suspends on its first render even when its code has already
 * arrived, and React 19 then holds the revealed screen back until 300 ms after
 * its (empty) fallback was shown. `Lazy` itself is never what stays mounted:
 * its first render suspends, and the retry that follows its load finds the
 * code in and draws the screen directly, so a later redraw does not change
 * the screen's component (which would mount it anew). A failed preload is tried again by the next
 * preload or by the first render (React's lazy then keeps its own outcome).
 */
export function lazyScreen<K extends string, P extends object>(load: () => Promise<Record<K, ComponentType<P>>>, name: K): LazyScreen<P> {
  let loaded: ComponentType<P> | undefined;
  const loadScreen = () =>
    load().then((module) => {
      loaded = module[name];
      return loaded;
    });
  const Lazy = lazy(async () => ({ default: await loadScreen() }));
  function Screen(props: P) {
    const Loaded = loaded ?? Lazy;
    return <Loaded {...props} />;
  }
  Screen.displayName = `LazyScreen(${name})`;
  return Object.assign(Screen, { preload: () => (loaded ? Promise.resolve() : loadScreen().then(() => undefined)) });
}
