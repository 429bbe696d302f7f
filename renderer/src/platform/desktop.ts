import { isErrorCode } from '../../../shared/result';
import type { DesktopApi, IpcResult } from '../../../shared/ipc';
import { PlatformError, type PlatformBridge } from './types';

function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  // An unknown code (a newer main process) still reads as a platform failure.
  throw new PlatformError(isErrorCode(result.error.code) ? result.error.code : 'platform-failed', result.error.message);
}

/** The bridge over the preload's `window.jalon`. */
export function createDesktopBridge(api: DesktopApi): PlatformBridge {
  return {
    kind: 'desktop',
    appInfo: async () => unwrap(await api.getAppInfo()),
    saveFile: async (request) => unwrap(await api.saveFile(request)),
    openFile: async (request) => unwrap(await api.openFile(request)),
    keepSafetyBackup: async (bytes, reason) => unwrap(await api.keepSafetyBackup({ bytes, reason })),
    listSafetyBackups: async () => unwrap(await api.listSafetyBackups()),
    readSafetyBackup: async (id) => unwrap(await api.readSafetyBackup({ id })),
    openFolder: async (folder) => void unwrap(await api.openFolder({ folder })),
    removeSafetyBackup: async (id) => void unwrap(await api.removeSafetyBackup({ id })),
    sealKeyBytes: async () => unwrap(await api.getSealKey()),
    onBeforeClose: (flush) => api.onFlushBeforeClose(flush),
    exportReviewPdf: async (request) => {
      const result = unwrap(await api.printReviewPdf(request));
      return result.saved ? { kind: 'saved', fileName: result.fileName } : { kind: 'cancelled' };
    },
  };
}
