import { describe, expect, it, vi } from 'vitest';
import type { Virtualizer } from '@tanstack/react-virtual';
import { observeBoxSize, scrollBox } from './virtual-box';

/** A box whose size reads are counted (each would force a layout in a browser), and a ResizeObserver the test drives. */
function setUp() {
  const reads = { count: 0 };
  const box = { width: 800, height: 540 };
  const scrolls: unknown[] = [];
  const element = {
    scrollTo: (options: unknown) => scrolls.push(options),
    get clientWidth() {
      reads.count += 1;
      return box.width;
    },
    get clientHeight() {
      reads.count += 1;
      return box.height;
    },
  } as unknown as HTMLDivElement;
  const observers: { callback: () => void; observed: Element[]; disconnected: boolean }[] = [];
  class FakeResizeObserver {
    private readonly entry: (typeof observers)[number];
    constructor(callback: () => void) {
      this.entry = { callback, observed: [], disconnected: false };
      observers.push(this.entry);
    }
    observe(target: Element) {
      this.entry.observed.push(target);
    }
    disconnect() {
      this.entry.disconnected = true;
    }
  }
  const instance = { scrollElement: element, targetWindow: { ResizeObserver: FakeResizeObserver }, options: { horizontal: false } } as unknown as Virtualizer<
    HTMLDivElement,
    Element
  >;
  return { reads, box, element, observers, instance, scrolls };
}

describe('observeBoxSize', () => {
  it('reads no size when the table is mounted, only when the observer reports after layout', () => {
    const { reads, box, element, observers, instance } = setUp();
    const report = vi.fn();
    observeBoxSize(instance, report);
    expect(reads.count).toBe(0);
    expect(report).not.toHaveBeenCalled();
    expect(observers[0]!.observed).toEqual([element]);

    observers[0]!.callback(); // the first report, after the browser's layout
    expect(report).toHaveBeenLastCalledWith({ width: 800, height: 540 });
    box.height = 311.6; // the window made smaller
    observers[0]!.callback();
    expect(report).toHaveBeenLastCalledWith({ width: 800, height: 312 });
  });

  it('stops following the box when the table goes', () => {
    const { observers, instance } = setUp();
    const stop = observeBoxSize(instance, vi.fn());
    stop?.();
    expect(observers[0]!.disconnected).toBe(true);
  });

  it('does nothing without a box or without ResizeObserver (the initial size stays)', () => {
    const report = vi.fn();
    const { instance } = setUp();
    expect(observeBoxSize({ ...instance, scrollElement: null } as typeof instance, report)).toBeUndefined();
    expect(observeBoxSize({ ...instance, targetWindow: {} } as unknown as typeof instance, report)).toBeUndefined();
    expect(report).not.toHaveBeenCalled();
  });
});

describe('scrollBox', () => {
  it('does not scroll a new box to the top it is at (a forced layout), and scrolls it every time after', () => {
    const { instance, scrolls } = setUp();
    scrollBox(0, {}, instance); // the virtualizer's call when the table is mounted
    expect(scrolls).toEqual([]);
    scrollBox(440, { behavior: 'auto' }, instance); // ↓ to a row out of view
    scrollBox(0, {}, instance); // Home
    expect(scrolls).toEqual([
      { top: 440, behavior: 'auto' },
      { top: 0, behavior: undefined },
    ]);
  });

  it('scrolls at once a new box the table wants elsewhere than the top', () => {
    const { instance, scrolls } = setUp();
    scrollBox(0, { adjustments: 88 }, instance);
    expect(scrolls).toEqual([{ top: 88, behavior: undefined }]);
  });
});
