import type { Result } from '../../../shared/result';
import type { AppFolder, AppInfo, OpenFileRequest, OpenFileResponse, PrintReviewPdfRequest, SafetyBackupInfo, SaveFileRequest, SaveFileResponse } from '../../../shared/ipc';

/**
 * Everything the renderer asks of the platform (files, dialogs, printing).
 * Two implementations: the Electron preload (`window.jalon`) and the browser.
 * Every call the user can make fail (a full disk, a file too large, a copy
 * gone, a print view that does not load) resolves the one result shape
 * (`shared/result.ts`) with a stable code, never a thrown error; only a bug
 * throws.
 */
export type PlatformBridge = {
  kind: 'desktop' | 'web';
  appInfo(): Promise<Result<AppInfo>>;
  /** Lets the user choose where to save; resolves `{ saved: false }` when they cancel. */
  saveFile(request: SaveFileRequest): Promise<Result<SaveFileResponse>>;
  /** Lets the user pick a file; resolves `null` when they cancel. */
  openFile(request: OpenFileRequest): Promise<Result<OpenFileResponse>>;
  /**
   * Turns a review into a PDF. Desktop: printed in a hidden window and saved
   * where the user chooses. Web: opens the print view and the browser's print
   * dialog (its "Save as PDF").
   */
  exportReviewPdf(request: PrintReviewPdfRequest): Promise<Result<PdfExportResult>>;
  /** Keeps an automatic backup (before a restore, an upgrade or an import); the last few are kept. */
  keepSafetyBackup(bytes: Uint8Array<ArrayBuffer>, reason: SafetyBackupInfo['reason']): Promise<Result<SafetyBackupInfo>>;
  listSafetyBackups(): Promise<Result<SafetyBackupInfo[]>>;
  readSafetyBackup(id: string): Promise<Result<Uint8Array>>;
  /** Desktop only (absent in web mode): opens Jalon's data folder or its safety copies in the file manager. */
  openFolder?: (folder: AppFolder) => Promise<Result<null>>;
  removeSafetyBackup(id: string): Promise<Result<null>>;
  /**
   * Desktop only (absent in web mode): the seal's HMAC key, kept by the main
   * process under safeStorage. Web mode keeps a non-extractable Web Crypto key.
   */
  sealKeyBytes?: () => Promise<Result<Uint8Array>>;
  /**
   * What to run before the desktop window closes or the app quits (write what
   * is pending). Web mode has no such moment: the editors flush on
   * `pagehide` and `visibilitychange` themselves.
   */
  onBeforeClose(flush: () => Promise<void>): void;
};

export type PdfExportResult = { kind: 'saved'; fileName: string } | { kind: 'cancelled' } | { kind: 'print-dialog' };
