import { EventEmitter } from 'node:events';
import { vi } from 'vitest';
import { temporaryFolder } from './temporary-folder';

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
  /** Emits an event whose details ride on the event itself (`will-frame-navigate`); tells whether it was prevented. */
  fireDetails(name: string, details: Record<string, unknown>): boolean {
    let prevented = false;
    this.emit(name, { ...details, preventDefault: () => (prevented = true) });
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

export type Rect = { x: number; y: number; width: number; height: number };

/**
 * The parts of the `electron` module the shell uses, recording what was done
 * with them. `userData` is a fresh temporary folder, removed after the test file (the shell writes its
 * window state there); `displays` are the screens' work areas, the first primary.
 */
export function createFakeElectron(options: { isPackaged?: boolean; displays?: Rect[]; locales?: string[] } = {}) {
  const userData = temporaryFolder('jalon-fake-electron-', { until: 'file' });
  const displays = options.displays ?? [{ x: 0, y: 0, width: 1920, height: 1050 }];
  const windows: FakeBrowserWindow[] = [];
  const ipcHandlers = new Map<string, (event: unknown, payload?: unknown) => Promise<unknown>>();
  const app = Object.assign(new EventEmitter(), {
    isPackaged: options.isPackaged ?? true,
    whenReady: vi.fn(() => Promise.resolve()),
    requestSingleInstanceLock: vi.fn(() => true),
    enableSandbox: vi.fn(),
    quit: vi.fn(),
    getName: () => 'Jalon',
    getVersion: () => '0.1.0',
    // The system's languages (a Belgian French desktop unless a test says otherwise).
    getPreferredSystemLanguages: () => options.locales ?? ['fr-BE'],
    getLocale: () => options.locales?.[0] ?? 'fr-BE',
    getPath: (name: string) => (name === 'userData' ? userData : `/home/user/${name}`),
  });

  class FakeBrowserWindow extends EventEmitter {
    static getAllWindows = () => windows;
    readonly webContents = new FakeWebContents();
    loadedUrl: string | undefined;
    bounds: Rect;
    maximized = false;
    minimized = false;
    destroyed = false;
    constructor(readonly options: { webPreferences: Record<string, unknown> } & Partial<Rect>) {
      super();
      this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    getNormalBounds = () => ({ ...this.bounds });
    isMaximized = () => this.maximized;
    maximize = vi.fn(() => {
      this.maximized = true;
    });
    isDestroyed = () => this.destroyed;
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    show = vi.fn();
    close = vi.fn();
    focus = vi.fn();
    restore = vi.fn(() => {
      this.minimized = false;
    });
    isMinimized = () => this.minimized;
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
    dialog: {
      showSaveDialog: vi.fn(),
      showOpenDialog: vi.fn(),
      showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0 })),
      showErrorBox: vi.fn(),
    },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
      setApplicationMenu: vi.fn(),
    },
    shell: { openPath: vi.fn(async (_folder: string) => '') },
    screen: {
      getAllDisplays: () => displays.map((workArea) => ({ workArea })),
      getPrimaryDisplay: () => ({ workArea: displays[0]! }),
    },
    contextBridge: { exposeInMainWorld: vi.fn() },
    // Stands in for the OS keychain: reversible, but never the plain text.
    safeStorage: {
      available: true,
      isEncryptionAvailable: vi.fn(() => electron.safeStorage.available),
      encryptString: vi.fn((text: string) => Buffer.from(`fake-os-protected:${Buffer.from(text).toString('hex').split('').reverse().join('')}`)),
      decryptString: vi.fn((data: Buffer) => {
        const text = data.toString();
        if (!text.startsWith('fake-os-protected:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
        return Buffer.from(text.slice('fake-os-protected:'.length).split('').reverse().join(''), 'hex').toString();
      }),
    },
    ipcRenderer: Object.assign(new EventEmitter(), {
      invoke: vi.fn(async (channel: string, payload?: unknown) => ({ channel, payload })),
      send: vi.fn(),
    }),
  };
  return { electron, windows, ipcHandlers, userData };
}
