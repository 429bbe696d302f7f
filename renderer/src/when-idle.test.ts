import { afterEach, describe, expect, it, vi } from 'vitest';
import { idleSlicer, whenIdle } from './when-idle';

describe('whenIdle', () => {
  afterEach(() => vi.unstubAllGlobals());

  function idleBrowser() {
    const waiting = new Map<number, { callback: () => void; timeout: number | undefined }>();
    let next = 1;
    vi.stubGlobal('requestIdleCallback', (callback: () => void, options?: { timeout?: number }) => {
      waiting.set(next, { callback, timeout: options?.timeout });
      return next++;
    });
    vi.stubGlobal('cancelIdleCallback', (handle: number) => waiting.delete(handle));
    return waiting;
  }

  it('runs the work when the browser is idle, not before, with a deadline', () => {
    const waiting = idleBrowser();
    const work = vi.fn();
    whenIdle(work, 500);
    expect(work).not.toHaveBeenCalled();
    const [asked] = [...waiting.values()];
    expect(asked?.timeout).toBe(500);
    asked!.callback();
    expect(work).toHaveBeenCalledOnce();
  });

  it('a cancelled work never runs', () => {
    const waiting = idleBrowser();
    const work = vi.fn();
    whenIdle(work)();
    expect(waiting.size).toBe(0);
  });

  it('idleSlicer: the next slice waits for an idle period, and ends with it or with its budget', async () => {
    const waiting = new Map<number, (deadline: { timeRemaining: () => number }) => void>();
    let next = 1;
    vi.stubGlobal('requestIdleCallback', (callback: (deadline: { timeRemaining: () => number }) => void) => {
      waiting.set(next, callback);
      return next++;
    });
    let now = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const slicer = idleSlicer(8);
    expect(slicer.due()).toBe(true);
    let resumed = false;
    const paused = slicer.pause().then(() => (resumed = true));
    await Promise.resolve();
    expect(resumed).toBe(false);
    // An idle period of 3 ms: the slice ends with it, not at the 8 ms budget.
    [...waiting.values()][0]!({ timeRemaining: () => 3 });
    await paused;
    expect(slicer.due()).toBe(false);
    now += 3;
    expect(slicer.due()).toBe(true);
    // A long idle period: the budget ends the slice.
    waiting.clear();
    const again = slicer.pause();
    [...waiting.values()][0]!({ timeRemaining: () => 50 });
    await again;
    now += 7.9;
    expect(slicer.due()).toBe(false);
    now += 0.2;
    expect(slicer.due()).toBe(true);
    vi.restoreAllMocks();
  });
});
