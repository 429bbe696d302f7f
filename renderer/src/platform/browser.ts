import { MAX_FILE_BYTES } from '../../../shared/ipc-limits';
import { browserSafetyStore } from './browser-safety';
import { PlatformError, type PlatformBridge } from './types';

const MIME_BY_EXTENSION: Record<string, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  pdf: 'application/pdf',
  jalon: 'application/octet-stream',
};

/** The bridge for web mode: downloads instead of a save dialog, a file input instead of an open dialog. */
export function createBrowserBridge(version: string): PlatformBridge {
  return {
    kind: 'web',
    appInfo: async () => ({ name: 'Jalon', version, platform: 'web' }),

    saveFile: async ({ suggestedName, content }) => {
      const extension = suggestedName.split('.').pop()?.toLowerCase() ?? '';
      const type = MIME_BY_EXTENSION[extension] ?? 'application/octet-stream';
      const url = URL.createObjectURL(new Blob([content as BlobPart], { type }));
      const link = document.createElement('a');
      link.href = url;
      link.download = suggestedName;
      link.rel = 'noopener';
      document.body.append(link);
      link.click();
      link.remove();
      // Give the download a moment to start before the URL goes.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return { saved: true, fileName: suggestedName };
    },

    keepSafetyBackup: (bytes, reason) => browserSafetyStore.keep(bytes, reason),
    listSafetyBackups: () => browserSafetyStore.list(),
    readSafetyBackup: (id) => browserSafetyStore.read(id),
    removeSafetyBackup: (id) => browserSafetyStore.remove(id),
    onBeforeClose: () => undefined,

    exportReviewPdf: async ({ reviewId }) => {
      window.location.hash = `#/evaluation/${encodeURIComponent(reviewId)}/impression?imprimer=1`;
      return { kind: 'print-dialog' };
    },

    openFile: ({ filters }) =>
      new Promise((resolve, reject) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.accept = filters.flatMap((filter) => filter.extensions.map((extension) => `.${extension}`)).join(',');
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          if (!file) return resolve(null);
          if (file.size > MAX_FILE_BYTES) return reject(new PlatformError('file-too-large'));
          file.arrayBuffer().then(
            (buffer) => resolve({ name: file.name, bytes: new Uint8Array(buffer) }),
            (error: unknown) => reject(new PlatformError('file-unreadable', String(error))),
          );
        });
        input.addEventListener('cancel', () => resolve(null));
        input.click();
      }),
  };
}
