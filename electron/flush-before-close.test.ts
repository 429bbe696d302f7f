import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { IPC_EVENTS } from '../shared/ipc';
import { flushBeforeClose, requestFlush, type ClosableWindow, type FlushDeps } from './flush-before-close';

/** A window whose renderer answers flush requests as the preload does (or never, when hung). */
function fakeWindow(ipcMain: EventEmitter, renderer: { hung?: boolean; written: string[] }) {
  const webContents = {
    isDestroyed: () => false,
    send: vi.fn((channel: string, token: unknown) => {
      if (channel !== IPC_EVENTS.flushBeforeClose || renderer.hung) return;
      // The renderer writes what is pending, then answers with the token.
      void Promise.resolve().then(() => {
        renderer.written.push('pending edits');
        ipcMain.emit(IPC_EVENTS.flushed, { sender: webContents }, token);
      });
    }),
  };
  const window = Object.assign(new EventEmitter(), {
    webContents,
    closed: false,
    isDestroyed: () => window.closed,
    close: vi.fn(() => {
      const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
      window.emit('close', event);
      if (!event.defaultPrevented) window.closed = true;
    }),
  });
  return window;
}

function deps(ipcMain: EventEmitter, app: EventEmitter & { quit: () => void }, timeoutMs = 3_000): FlushDeps {
  return { ipcMain: ipcMain as unknown as FlushDeps['ipcMain'], app, timeoutMs };
}

describe('flush before close (desktop, electron faked)', () => {
  it('holds the window open until the renderer has written what is pending, then closes it', async () => {
    const ipcMain = new EventEmitter();
    const app = Object.assign(new EventEmitter(), { quit: vi.fn() });
    const renderer = { written: [] as string[] };
    const window = fakeWindow(ipcMain, renderer);
    flushBeforeClose(window as unknown as ClosableWindow, deps(ipcMain, app));

    window.close();
    expect(window.closed).toBe(false);
    expect(window.webContents.send).toHaveBeenCalledWith(IPC_EVENTS.flushBeforeClose, expect.stringMatching(/^\d+$/));
    await vi.waitFor(() => expect(window.closed).toBe(true));
    expect(renderer.written).toEqual(['pending edits']);
    expect(app.quit).not.toHaveBeenCalled();
    expect(ipcMain.listenerCount(IPC_EVENTS.flushed)).toBe(0);
  });

  it('on quit, flushes first and then quits again (a prevented close would otherwise cancel the quit)', async () => {
    const ipcMain = new EventEmitter();
    const app = Object.assign(new EventEmitter(), { quit: vi.fn() });
    const renderer = { written: [] as string[] };
    const window = fakeWindow(ipcMain, renderer);
    flushBeforeClose(window as unknown as ClosableWindow, deps(ipcMain, app));

    app.emit('before-quit');
    window.close();
    expect(app.quit).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    expect(renderer.written).toEqual(['pending edits']);
    // The second close (from the quit) goes through.
    window.close();
    expect(window.closed).toBe(true);
  });

  it('a hung renderer does not keep the window open past the timeout', async () => {
    vi.useFakeTimers();
    try {
      const ipcMain = new EventEmitter();
      const app = Object.assign(new EventEmitter(), { quit: vi.fn() });
      const window = fakeWindow(ipcMain, { hung: true, written: [] });
      flushBeforeClose(window as unknown as ClosableWindow, deps(ipcMain, app, 3_000));
      window.close();
      window.close();
      expect(window.webContents.send).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(2_999);
      expect(window.closed).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(window.closed).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('ignores answers from another window or with another token, and malformed ones', async () => {
    vi.useFakeTimers();
    try {
      const ipcMain = new EventEmitter();
      const window = fakeWindow(ipcMain, { hung: true, written: [] });
      const result = requestFlush(window as unknown as ClosableWindow, deps(ipcMain, Object.assign(new EventEmitter(), { quit: vi.fn() }), 1_000));
      const token = window.webContents.send.mock.calls[0]![1] as string;
      ipcMain.emit(IPC_EVENTS.flushed, { sender: {} }, token);
      ipcMain.emit(IPC_EVENTS.flushed, { sender: window.webContents }, `${token}0`);
      ipcMain.emit(IPC_EVENTS.flushed, { sender: window.webContents }, { token });
      await vi.advanceTimersByTimeAsync(1_000);
      await expect(result).resolves.toBe('timeout');
    } finally {
      vi.useRealTimers();
    }
  });
});
