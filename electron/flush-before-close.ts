import type { IpcMainEvent } from 'electron';
import { IPC_EVENTS, flushTokenSchema } from '../shared/ipc';

/** The parts of a BrowserWindow this needs (faked in tests). */
export type ClosableWindow = {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
  webContents: { send(channel: string, ...args: unknown[]): void; isDestroyed(): boolean };
};

export type FlushDeps = {
  ipcMain: {
    on(channel: string, listener: (event: IpcMainEvent, token: unknown) => void): unknown;
    removeListener(channel: string, listener: (event: IpcMainEvent, token: unknown) => void): unknown;
  };
  app: { on(event: 'before-quit', listener: () => void): unknown; quit(): void };
  /** A renderer that does not answer within this long does not keep the window open. */
  timeoutMs?: number;
};

/** How long a hung renderer may hold the window open: far above a write to IndexedDB. */
export const FLUSH_TIMEOUT_MS = 3_000;

let lastToken = 0;

/** Asks the window's renderer to write what is pending; resolves when it says so, or after the timeout. */
export function requestFlush(window: ClosableWindow, deps: FlushDeps): Promise<'flushed' | 'timeout'> {
  if (window.isDestroyed() || window.webContents.isDestroyed()) return Promise.resolve('flushed');
  lastToken += 1;
  const token = String(lastToken);
  return new Promise((resolve) => {
    const done = (result: 'flushed' | 'timeout') => {
      clearTimeout(timer);
      deps.ipcMain.removeListener(IPC_EVENTS.flushed, listener);
      resolve(result);
    };
    const listener = (event: IpcMainEvent, answer: unknown) => {
      // Only this window's answer to this request counts.
      if (event.sender !== window.webContents) return;
      const parsed = flushTokenSchema.safeParse(answer);
      if (parsed.success && parsed.data === token) done('flushed');
    };
    const timer = setTimeout(() => done('timeout'), deps.timeoutMs ?? FLUSH_TIMEOUT_MS);
    deps.ipcMain.on(IPC_EVENTS.flushed, listener);
    window.webContents.send(IPC_EVENTS.flushBeforeClose, token);
  });
}

/**
 * Holds the window's closing (and the app's quitting) until its renderer has
 * written what is pending: the first `close` is prevented, the renderer asked
 * to flush, and the window then closed, or the app quit if that is what was
 * asked.
 */
export function flushBeforeClose(window: ClosableWindow, deps: FlushDeps): void {
  let flushed = false;
  let asking = false;
  let quitting = false;
  deps.app.on('before-quit', () => {
    quitting = true;
  });
  window.on('close', (event) => {
    if (flushed) return;
    event.preventDefault();
    if (asking) return;
    asking = true;
    void requestFlush(window, deps).then(() => {
      flushed = true;
      if (quitting) deps.app.quit();
      else if (!window.isDestroyed()) window.close();
    });
  });
}
