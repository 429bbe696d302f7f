import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/** A stand-in for a WebContents: records its listeners and its window-open handler. */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  readonly sent: { channel: string; args: unknown[] }[] = [];
  send(channel: string, ...args: unknown[]) {
    this.sent.push({ channel, args });
  }
  isDestroyed = () => false;
  /** Emits `name` with a fresh event and tells whether a listener prevented it. */
  fire(name: string, ...args: unknown[]): boolean {
    let prevented = false;
    this.emit(name, { preventDefault: () => (prevented = true) }, ...args);
    return prevented;
  }
}

export class FakeSession {
  permissionRequestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | undefined;
  setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']) {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']) {
    this.permissionCheckHandler = handler;
  }
}

/** The parts of the `electron` module the shell uses, recording what was done with them. */
export function createFakeElectron() {
  const windows: FakeBrowserWindow[] = [];
  const ipcHandlers = new Map<string, (event: unknown, payload?: unknown) => Promise<unknown>>();
  const app = Object.assign(new EventEmitter(), {
    isPackaged: true,
    whenReady: vi.fn(() => Promise.resolve()),
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    getName: () => 'Jalon',
    getVersion: () => '0.1.0',
    getPath: (name: string) => `/home/user/${name}`,
  });

  class FakeBrowserWindow extends EventEmitter {
    static getAllWindows = () => windows;
    readonly webContents = new FakeWebContents();
    loadedUrl: string | undefined;
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      super();
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    show = vi.fn();
    close = vi.fn();
    isDestroyed = () => false;
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = () => false;
  }

  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: new FakeSession() },
    ipcMain: Object.assign(new EventEmitter(), {
      handle: vi.fn((channel: string, handler: (event: unknown, payload?: unknown) => Promise<unknown>) => {
        ipcHandlers.set(channel, handler);
      }),
    }),
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: Object.assign(new EventEmitter(), {
      invoke: vi.fn(async (channel: string, payload?: unknown) => ({ channel, payload })),
      send: vi.fn(),
    }),
  };
  return { electron, windows, ipcHandlers };
}
