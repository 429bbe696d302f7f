import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './when-idle';

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
});
