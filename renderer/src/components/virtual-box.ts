import { elementScroll, type Virtualizer } from '@tanstack/react-virtual';

/*
 * Two of the virtualizer's options for a scrolling box (the team table's),
 * as the library's own but without reading or writing the box's geometry
 * when the table is mounted: each of those forces a layout of the whole page
 * inside React's commit, which made the first render one long task (the
 * profile of a start: 25–35 ms of the 50–65 ms task were `clientWidth`, then,
 * that read gone, `scrollTo`). The browser's own layout, just after, is
 * where that work belongs.
 */

type Size = { width: number; height: number };

/**
 * `observeElementRect`: the size is the `initialRect` the table was given
 * until the ResizeObserver's first report, which comes after the browser's
 * own layout, before the paint (the library's reads `clientWidth` at once);
 * from then on every change of the box's size is followed, as with the library's.
 */
export function observeBoxSize<TScroll extends Element, TItem extends Element>(instance: Virtualizer<TScroll, TItem>, report: (size: Size) => void): (() => void) | undefined {
  const element = instance.scrollElement;
  const view = instance.targetWindow;
  if (!element || !view?.ResizeObserver) return undefined;
  // The padding box, as the library measures it (the content box is what the observer watches).
  const observer = new view.ResizeObserver(() => report({ width: Math.round(element.clientWidth), height: Math.round(element.clientHeight) }));
  observer.observe(element, { box: 'content-box' });
  return () => observer.disconnect();
}

const mounted = new WeakSet<object>();

/**
 * `scrollToFn`: as the library's, except its first call, made when the table
 * is mounted to put the new box at its initial offset: at 0, a box just
 * created is there already, and `scrollTo` would only force a layout.
 */
export function scrollBox<TScroll extends Element, TItem extends Element>(
  offset: number,
  options: { adjustments?: number; behavior?: ScrollBehavior },
  instance: Virtualizer<TScroll, TItem>,
): void {
  if (!mounted.has(instance)) {
    mounted.add(instance);
    if (offset + (options.adjustments ?? 0) === 0) return;
  }
  elementScroll(offset, options, instance);
}
