import path from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { IpcFailure, type AppFolder, type SafetyBackupInfo } from '../shared/ipc';
import type { IpcHandlers } from './ipc';

export type HandlerDeps = {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  window: () => BrowserWindow | null;
  writeFile: (file: string, data: Uint8Array | string) => Promise<void>;
  readFile: (file: string) => Promise<Uint8Array>;
  fileSize: (file: string) => Promise<number>;
  defaultFolder: () => string;
  appInfo: { name: string; version: string; platform: string };
  safety: { keep: (bytes: Uint8Array, reason: 'restore' | 'upgrade' | 'import') => Promise<SafetyBackupInfo>; list: () => Promise<SafetyBackupInfo[]>; read: (id: string) => Promise<Uint8Array>; remove: (id: string) => Promise<void> };
  /** Prints the print view of a review to PDF bytes. */
  renderReviewPdf: (reviewId: string) => Promise<Uint8Array>;
  maxFileBytes: number;
  /** Opens one of Jalon's folders in the file manager (see folders.ts). */
  openFolder: (folder: AppFolder) => Promise<unknown>;
  /** The seal's HMAC key (installation-keys.ts): derived from the secret safeStorage protects. */
  sealKey: () => Promise<Uint8Array>;
};

/** The main-process side of the IPC contract: dialogs and files, nothing more. */
export function createHandlers(deps: HandlerDeps): IpcHandlers {
  return {
    getAppInfo: async () => deps.appInfo,

    saveFile: async (request) => {
      const options = {
        defaultPath: path.join(deps.defaultFolder(), request.suggestedName),
        filters: request.filters,
      };
      const owner = deps.window();
      const choice = owner ? await deps.dialog.showSaveDialog(owner, options) : await deps.dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { saved: false };
      await deps.writeFile(choice.filePath, request.content);
      return { saved: true, fileName: path.basename(choice.filePath) };
    },

    keepSafetyBackup: async (request) => deps.safety.keep(request.bytes, request.reason),
    listSafetyBackups: async () => deps.safety.list(),
    readSafetyBackup: async (request) => deps.safety.read(request.id),
    removeSafetyBackup: async (request) => {
      await deps.safety.remove(request.id);
      return null;
    },

    getSealKey: async () => deps.sealKey(),

    openFolder: async (request) => {
      await deps.openFolder(request.folder);
      return { opened: true };
    },

    printReviewPdf: async (request) => {
      // Ask where first: a cancelled dialog prints nothing and writes nothing.
      const options = {
        defaultPath: path.join(deps.defaultFolder(), request.suggestedName),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      };
      const owner = deps.window();
      const choice = owner ? await deps.dialog.showSaveDialog(owner, options) : await deps.dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { saved: false };
      const pdf = await deps.renderReviewPdf(request.reviewId);
      await deps.writeFile(choice.filePath, pdf);
      return { saved: true, fileName: path.basename(choice.filePath) };
    },

    openFile: async (request) => {
      const options = { filters: request.filters, properties: ['openFile' as const] };
      const owner = deps.window();
      const choice = owner ? await deps.dialog.showOpenDialog(owner, options) : await deps.dialog.showOpenDialog(options);
      const file = choice.filePaths[0];
      if (choice.canceled || !file) return null;
      if ((await deps.fileSize(file)) > deps.maxFileBytes) {
        throw new IpcFailure('file-too-large', `File too large (over ${Math.round(deps.maxFileBytes / 1024 / 1024)} MiB).`);
      }
      return { name: path.basename(file), bytes: await deps.readFile(file) };
    },
  };
}
