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
} as const;

export type IpcMethod = keyof typeof IPC_CHANNELS;
