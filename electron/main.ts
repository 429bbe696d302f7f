import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, safeStorage, screen, session, shell, type IpcMainInvokeEvent } from 'electron';
import { MAX_FILE_BYTES, type AppFolder } from '../shared/ipc';
import { APP_ORIGIN, APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { trustedDevServerUrl } from './dev-server';
import { createFolderOpener } from './folders';
import { flushBeforeClose } from './flush-before-close';
import { createHandlers } from './handlers';
import { buildMenuTemplate, showAbout } from './menu';
import { renderPdf } from './pdf';
import { createSafetyStore } from './safety-backups';
import { createInstallationKeys, createSafetyCipher } from './installation-keys';
import { registerIpcHandlers } from './ipc';
import { hardenSession, hardenWebContents, isAppUrl, secureWebPreferences } from './security';
import { shellTextFor } from './shell-text';
import { claimSingleInstance } from './single-instance';
import { MIN_SIZE, readWindowStateFile, restoreBounds, trackWindowState, writeWindowStateFile } from './window-state';

// Every renderer sandboxed, whatever a window's own preferences say.
app.enableSandbox();

/** Set by `electron-vite dev` only, and only trusted unpackaged and on this machine; a packaged app always loads `app://jalon/`. */
const devServerUrl = trustedDevServerUrl(process.env['ELECTRON_RENDERER_URL'], app.isPackaged);
const rendererRoot = path.join(import.meta.dirname, '../renderer');
const preloadPath = path.join(import.meta.dirname, '../preload/index.cjs');

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

let mainWindow: BrowserWindow | null = null;

/** Jalon's folders: the app's data (IndexedDB, window state) and, inside it, the safety copies. */
function appFolders(): Record<AppFolder, string> {
  const data = app.getPath('userData');
  return { data, safety: path.join(data, 'safety-backups') };
}

function windowStateFile(): string {
  return path.join(app.getPath('userData'), 'window-state.json');
}

function createMainWindow(): BrowserWindow {
  const saved = readWindowStateFile(windowStateFile());
  const bounds = restoreBounds(
    saved,
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  const window = new BrowserWindow({
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Jalon',
    backgroundColor: '#f7f7f5',
    webPreferences: secureWebPreferences(preloadPath),
  });
  if (saved?.maximized) window.maximize();
  trackWindowState(window, (text) => writeWindowStateFile(windowStateFile(), text));
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
if (claimSingleInstance(app, () => mainWindow)) {
  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    const folders = appFolders();
    const openFolder = createFolderOpener({
      folders,
      mkdir: async (folder) => void (await mkdir(folder, { recursive: true })),
      openPath: (folder) => shell.openPath(folder),
    });
    // The system's language when Jalon speaks it, else French (the app's own choice lives in the renderer).
    const text = shellTextFor([...app.getPreferredSystemLanguages(), app.getLocale()]);
    /** From the menu: a failure is told in a box, in the shell's words (from the Données screen, the screen tells it); the system's reason goes to the log. */
    const openFolderFromMenu = (folder: AppFolder) =>
      void openFolder(folder).catch((error: unknown) => {
        console.warn('Jalon: the folder could not be opened', folders[folder], error);
        dialog.showErrorBox(text.openFolderFailed.title, text.openFolderFailed.message(folders[folder]));
      });
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          platform: process.platform,
          isPackaged: app.isPackaged,
          openFolder: openFolderFromMenu,
          text,
          showAbout: () =>
            void showAbout(
              (options) => (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options)),
              { version: app.getVersion(), dataFolder: folders.data },
              () => openFolderFromMenu('data'),
              text,
            ),
        }),
      ),
    );
    protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot, readFile));
    // The installation's secret, encrypted with safeStorage in userData: the seal's key and the safety copies' key.
    const keys = createInstallationKeys(path.join(folders.data, 'installation-key.bin'), safeStorage, {
      read: async (file) => {
        try {
          return new Uint8Array(await readFile(file));
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
          throw error;
        }
      },
      create: async (file, data) => {
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, data, { flag: 'wx', mode: 0o600 });
      },
    });
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
        openFolder,
        safety: createSafetyStore(folders.safety, {
          mkdir: async (folder) => void (await mkdir(folder, { recursive: true })),
          writeFile: (file, data) => writeFile(file, data),
          readFile: async (file) => new Uint8Array(await readFile(file)),
          readdir: (folder) => readdir(folder),
          size: async (file) => (await stat(file)).size,
          remove: (file) => rm(file, { force: true }),
        }, undefined, createSafetyCipher(keys.safetyKey)),
        sealKey: keys.sealKey,
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
