import { EventEmitter } from 'node:events';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { temporaryFolder } from './testing/temporary-folder';
import {
  DEFAULT_SIZE,
  MIN_SIZE,
  parseWindowState,
  readWindowStateFile,
  restoreBounds,
  serializeWindowState,
  trackWindowState,
  writeWindowStateFile,
  type Rectangle,
} from './window-state';

const laptop: Rectangle = { x: 0, y: 0, width: 1440, height: 870 };
const external: Rectangle = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('window size and position', () => {
  it('opens at the default size the first time', () => {
    expect(restoreBounds(null, [laptop], laptop)).toEqual(DEFAULT_SIZE);
  });

  it('reopens where it was, on whichever screen that was', () => {
    const onExternal = { bounds: { x: 1600, y: 100, width: 1500, height: 1000 }, maximized: false };
    expect(restoreBounds(onExternal, [laptop, external], laptop)).toEqual(onExternal.bounds);
  });

  it('comes back onto the main screen, centred, when its screen is gone', () => {
    const onExternal = { bounds: { x: 1600, y: 100, width: 1200, height: 800 }, maximized: false };
    expect(restoreBounds(onExternal, [laptop], laptop)).toEqual({ x: 120, y: 35, width: 1200, height: 800 });
  });

  it('comes back when only a sliver of its title bar would show', () => {
    const almostOff = { bounds: { x: 1400, y: 10, width: 1000, height: 700 }, maximized: false };
    expect(restoreBounds(almostOff, [laptop], laptop)).toEqual({ x: 220, y: 85, width: 1000, height: 700 });
    const titleBarAbove = { bounds: { x: 100, y: -300, width: 1000, height: 700 }, maximized: false };
    expect(restoreBounds(titleBarAbove, [laptop], laptop).y).toBeGreaterThanOrEqual(0);
  });

  it('shrinks to fit a smaller screen, never below the minimum size', () => {
    const big = { bounds: { x: 0, y: 0, width: 2400, height: 1300 }, maximized: false };
    expect(restoreBounds(big, [laptop], laptop)).toEqual({ x: 0, y: 0, width: 1440, height: 870 });
    const tiny = { bounds: { x: 10, y: 10, width: 300, height: 200 }, maximized: false };
    expect(restoreBounds(tiny, [laptop], laptop)).toMatchObject({ width: MIN_SIZE.width, height: MIN_SIZE.height });
  });

  it('reads back what it stored, and treats anything else as nothing stored', () => {
    const state = { bounds: { x: -1200, y: 40, width: 1100, height: 760 }, maximized: true };
    expect(parseWindowState(serializeWindowState(state))).toEqual(state);
    for (const text of [null, '', '{', '[]', '{"bounds":{"x":0,"y":0,"width":0,"height":10},"maximized":false}', '{"bounds":{"x":"0","y":0,"width":900,"height":600},"maximized":false}', '{"bounds":{"x":1e9,"y":0,"width":900,"height":600},"maximized":false}']) {
      expect(parseWindowState(text), String(text)).toBeNull();
    }
  });
});

class FakeWindow extends EventEmitter {
  bounds: Rectangle = { x: 10, y: 20, width: 1000, height: 700 };
  maximized = false;
  destroyed = false;
  getNormalBounds = () => ({ ...this.bounds });
  isMaximized = () => this.maximized;
  isDestroyed = () => this.destroyed;
}

describe('tracking the window', () => {
  afterEach(() => vi.useRealTimers());

  it('saves once a move or resize has settled, and again on close', () => {
    vi.useFakeTimers();
    const window = new FakeWindow();
    const save = vi.fn();
    trackWindowState(window, save, 500);
    window.bounds = { x: 50, y: 60, width: 1100, height: 750 };
    window.emit('move');
    window.emit('resize');
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(500);
    expect(save).toHaveBeenCalledTimes(1);
    expect(parseWindowState(save.mock.calls[0]![0] as string)).toEqual({ bounds: window.bounds, maximized: false });

    window.maximized = true;
    window.emit('close');
    expect(save).toHaveBeenCalledTimes(2);
    expect(parseWindowState(save.mock.calls[1]![0] as string)).toEqual({ bounds: window.bounds, maximized: true });
  });

  it('writes nothing for a window already destroyed', () => {
    vi.useFakeTimers();
    const window = new FakeWindow();
    const save = vi.fn();
    trackWindowState(window, save, 500);
    window.emit('move');
    window.destroyed = true;
    vi.advanceTimersByTime(500);
    expect(save).not.toHaveBeenCalled();
  });
});

describe('the window-state file', () => {
  it('is written whole and read back; a missing or damaged file reads as nothing', () => {
    const dir = temporaryFolder('jalon-window-');
    const file = path.join(dir, 'nested', 'window-state.json');
    expect(readWindowStateFile(file)).toBeNull();
    const state = { bounds: { x: 5, y: 6, width: 1000, height: 700 }, maximized: false };
    writeWindowStateFile(file, serializeWindowState(state));
    expect(readWindowStateFile(file)).toEqual(state);
    expect(existsSync(`${file}.tmp`)).toBe(false);
    writeFileSync(file, '{"bounds":');
    expect(readWindowStateFile(file)).toBeNull();
  });
});
