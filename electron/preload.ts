import { contextBridge, ipcRenderer } from 'electron';
import type { DesktopApi } from '../shared/ipc';
import { IPC_CHANNELS, IPC_EVENTS } from '../shared/ipc-channels';

/**
 * `window.jalon`: one function per method of the contract. The renderer never
 * sees `ipcRenderer`, nor a way to name a channel of its own.
 */
const api = {
  getAppInfo: () => ipcRenderer.invoke(IPC_CHANNELS.getAppInfo),
  saveFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveFile, request),
  openFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.openFile, request),
  printReviewPdf: (request) => ipcRenderer.invoke(IPC_CHANNELS.printReviewPdf, request),
  keepSafetyBackup: (request) => ipcRenderer.invoke(IPC_CHANNELS.keepSafetyBackup, request),
  listSafetyBackups: () => ipcRenderer.invoke(IPC_CHANNELS.listSafetyBackups),
  readSafetyBackup: (request) => ipcRenderer.invoke(IPC_CHANNELS.readSafetyBackup, request),
  openFolder: (request) => ipcRenderer.invoke(IPC_CHANNELS.openFolder, request),
  removeSafetyBackup: (request) => ipcRenderer.invoke(IPC_CHANNELS.removeSafetyBackup, request),
  getSealKey: () => ipcRenderer.invoke(IPC_CHANNELS.getSealKey),
  onFlushBeforeClose: (flush) => {
    // One flush at a time: registering again replaces the previous one.
    ipcRenderer.removeAllListeners(IPC_EVENTS.flushBeforeClose);
    ipcRenderer.on(IPC_EVENTS.flushBeforeClose, (_event, token: unknown) => {
      void flush()
        .catch(() => undefined)
        .finally(() => ipcRenderer.send(IPC_EVENTS.flushed, token));
    });
  },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('jalon', api);
