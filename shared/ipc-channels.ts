/** Channel names of the IPC contract (`ipc.ts`), apart so that the preload bundles no schema library. */
export const IPC_CHANNELS = {
  getAppInfo: 'jalon:get-app-info',
  saveFile: 'jalon:save-file',
  openFile: 'jalon:open-file',
  printReviewPdf: 'jalon:print-review-pdf',
  keepSafetyBackup: 'jalon:keep-safety-backup',
  listSafetyBackups: 'jalon:list-safety-backups',
  readSafetyBackup: 'jalon:read-safety-backup',
  // Desktop only: open one of Jalon's own folders in the file manager.
  openFolder: 'jalon:open-folder',
  removeSafetyBackup: 'jalon:remove-safety-backup',
  // The seal's HMAC key, derived from the installation secret that safeStorage protects (issue 10).
  getSealKey: 'jalon:get-seal-key',
} as const;

export type IpcMethod = keyof typeof IPC_CHANNELS;

/**
 * Messages main sends to the renderer (not methods the renderer calls): before
 * the window closes or the app quits, main asks the renderer to write what is
 * pending (`flushBeforeClose`, with a token) and waits for `flushed` (the same
 * token), or for a timeout.
 */
export const IPC_EVENTS = {
  flushBeforeClose: 'jalon:flush-before-close',
  flushed: 'jalon:flushed',
} as const;
