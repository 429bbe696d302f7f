import { fail, isErrorCode, ok, type Result } from '../../../shared/result';
import type { DesktopApi, IpcResult } from '../../../shared/ipc';
import type { PlatformBridge } from './types';

/**
 * The main process's answer in the renderer's result shape: its code kept when
 * this renderer knows it (an unknown one, from a newer main process, reads as
 * a platform failure); its technical message goes to the console, never to the screen.
 */
export function fromIpc<T>(result: IpcResult<T>): Result<T> {
  if (result.ok) return ok(result.value);
  if (result.error.message) console.warn('Jalon: the desktop shell refused', result.error.code, result.error.message);
  return fail({ code: isErrorCode(result.error.code) ? result.error.code : 'platform-failed' });
}

const map = <T, U>(result: Result<T>, change: (value: T) => U): Result<U> => (result.ok ? ok(change(result.value)) : result);

/** The bridge over the preload's `window.jalon`. */
export function createDesktopBridge(api: DesktopApi): PlatformBridge {
  return {
    kind: 'desktop',
    appInfo: async () => fromIpc(await api.getAppInfo()),
    saveFile: async (request) => fromIpc(await api.saveFile(request)),
    openFile: async (request) => fromIpc(await api.openFile(request)),
    keepSafetyBackup: async (bytes, reason) => fromIpc(await api.keepSafetyBackup({ bytes, reason })),
    listSafetyBackups: async () => fromIpc(await api.listSafetyBackups()),
    readSafetyBackup: async (id) => fromIpc(await api.readSafetyBackup({ id })),
    openFolder: async (folder) => map(fromIpc(await api.openFolder({ folder })), () => null),
    removeSafetyBackup: async (id) => map(fromIpc(await api.removeSafetyBackup({ id })), () => null),
    sealKeyBytes: async () => fromIpc(await api.getSealKey()),
    onBeforeClose: (flush) => api.onFlushBeforeClose(flush),
    exportReviewPdf: async (request) =>
      map(fromIpc(await api.printReviewPdf(request)), (printed) => (printed.saved ? { kind: 'saved', fileName: printed.fileName } : { kind: 'cancelled' })),
  };
}
