import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BrowserWindow, app, dialog, ipcMain, protocol, session, type IpcMainInvokeEvent } from 'electron';
import { MAX_FILE_BYTES } from '../shared/ipc';
import { APP_ORIGIN, APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { flushBeforeClose } from './flush-before-close';
import { createHandlers } from './handlers';
import { renderPdf } from './pdf';
import { createSafetyStore } from './safety-backups';
import { registerIpcHandlers } from './ipc';
import { hardenSession, hardenWebContents, isAppUrl, secureWebPreferences } from './security';

/** Set by `electron-vite dev` only; a packaged app always loads `app://jalon/`. */
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const rendererRoot = path.join(import.meta.dirname, '../renderer');
const preloadPath = path.join(import.meta.dirname, '../preload/index.cjs');

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

let mainWindow: BrowserWindow | null = null;

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Jalon',
    backgroundColor: '#f7f7f5',
    webPreferences: secureWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  // Closing the window or quitting first lets the renderer write what is pending.
  flushBeforeClose(window, { ipcMain, app });
  window.on('closed', () => {
    mainWindow = null;
  });
  void window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return window;
}

function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const url = event.senderFrame?.url;
  return url !== undefined && isAppUrl(url, devServerUrl);
}

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devServerUrl));

// One window, one instance: a second launch focuses the first (two writers on one IndexedDB help no one).
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot, readFile));
    registerIpcHandlers(
      ipcMain,
      createHandlers({
        dialog,
        window: () => mainWindow,
        writeFile: (file, data) => writeFile(file, data),
        readFile: async (file) => new Uint8Array(await readFile(file)),
        fileSize: async (file) => (await stat(file)).size,
        defaultFolder: () => app.getPath('documents'),
        appInfo: { name: app.getName(), version: app.getVersion(), platform: process.platform },
        maxFileBytes: MAX_FILE_BYTES,
        safety: createSafetyStore(path.join(app.getPath('userData'), 'safety-backups'), {
          mkdir: async (folder) => void (await mkdir(folder, { recursive: true })),
          writeFile: (file, data) => writeFile(file, data),
          readFile: async (file) => new Uint8Array(await readFile(file)),
          readdir: (folder) => readdir(folder),
          size: async (file) => (await stat(file)).size,
          remove: (file) => rm(file, { force: true }),
        }),
        renderReviewPdf: (reviewId) =>
          renderPdf(
            () => new BrowserWindow({ show: false, webPreferences: secureWebPreferences(preloadPath) }),
            `${devServerUrl ?? `${APP_ORIGIN}/index.html`}#/evaluation/${encodeURIComponent(reviewId)}/impression`,
          ),
      }),
      isTrustedSender,
    );
    mainWindow = createMainWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
