import { MAX_FILE_BYTES } from '../../../shared/ipc-limits';
import { fail, ok } from '../../../shared/result';
import type { PlatformBridge } from './types';

const MIME_BY_EXTENSION: Record<string, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  pdf: 'application/pdf',
  jalon: 'application/octet-stream',
};

const safetyStore = () => import('./browser-safety').then((module) => module.browserSafetyStore);

/** The bridge for web mode: downloads instead of a save dialog, a file input instead of an open dialog. */
export function createBrowserBridge(version: string): PlatformBridge {
  return {
    kind: 'web',
    appInfo: async () => ok({ name: 'Jalon', version, platform: 'web' as const }),

    saveFile: async ({ suggestedName, content }) => {
      // A download cannot fail here in a way the page learns of (the browser reports it in its own download list).
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
      return ok({ saved: true, fileName: suggestedName });
    },

    // The safety copies' store loads with their first use (before an upgrade, a restore, an erasure), not at every start.
    keepSafetyBackup: async (bytes, reason) => (await safetyStore()).keep(bytes, reason),
    listSafetyBackups: async () => (await safetyStore()).list(),
    readSafetyBackup: async (id) => (await safetyStore()).read(id),
    removeSafetyBackup: async (id) => (await safetyStore()).remove(id),
    onBeforeClose: () => undefined,

    exportReviewPdf: async ({ reviewId }) => {
      window.location.hash = `#/evaluation/${encodeURIComponent(reviewId)}/impression?imprimer=1`;
      // The print view opens the browser's print dialog; if it cannot, it says so there (PrintView).
      return ok({ kind: 'print-dialog' as const });
    },

    openFile: ({ filters }) =>
      new Promise((resolve) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.accept = filters.flatMap((filter) => filter.extensions.map((extension) => `.${extension}`)).join(',');
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          if (!file) return resolve(ok(null));
          if (file.size > MAX_FILE_BYTES) return resolve(fail({ code: 'file-too-large' }));
          file.arrayBuffer().then(
            (buffer) => resolve(ok({ name: file.name, bytes: new Uint8Array(buffer) })),
            (error: unknown) => {
              console.warn('Jalon: the chosen file could not be read', error);
              resolve(fail({ code: 'file-unreadable' }));
            },
          );
        });
        input.addEventListener('cancel', () => resolve(ok(null)));
        input.click();
      }),
  };
}
