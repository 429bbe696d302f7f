import type { ErrorCode } from '../../../shared/result';
import type { AppFolder, AppInfo, OpenFileRequest, OpenFileResponse, PrintReviewPdfRequest, SafetyBackupInfo, SaveFileRequest, SaveFileResponse } from '../../../shared/ipc';

/**
 * Everything the renderer asks of the platform (files, dialogs, printing).
 * Two implementations: the Electron preload (`window.jalon`) and the browser.
 */
export type PlatformBridge = {
  kind: 'desktop' | 'web';
  appInfo(): Promise<AppInfo>;
  /** Lets the user choose where to save; resolves `{ saved: false }` when they cancel. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResponse>;
  /** Lets the user pick a file; resolves `null` when they cancel. */
  openFile(request: OpenFileRequest): Promise<OpenFileResponse>;
  /**
   * Turns a review into a PDF. Desktop: printed in a hidden window and saved
   * where the user chooses. Web: opens the print view and the browser's print
   * dialog (its "Save as PDF").
   */
  exportReviewPdf(request: PrintReviewPdfRequest): Promise<PdfExportResult>;
  /** Keeps an automatic backup (before a restore, an upgrade or an import); the last few are kept. */
  keepSafetyBackup(bytes: Uint8Array<ArrayBuffer>, reason: SafetyBackupInfo['reason']): Promise<SafetyBackupInfo>;
  listSafetyBackups(): Promise<SafetyBackupInfo[]>;
  readSafetyBackup(id: string): Promise<Uint8Array>;
  /** Desktop only (absent in web mode): opens Jalon's data folder or its safety copies in the file manager. */
  openFolder?: (folder: AppFolder) => Promise<void>;
  removeSafetyBackup(id: string): Promise<void>;
  /**
   * Desktop only (absent in web mode): the seal's HMAC key, kept by the main
   * process under safeStorage. Web mode keeps a non-extractable Web Crypto key.
   */
  sealKeyBytes?: () => Promise<Uint8Array>;
  /**
   * What to run before the desktop window closes or the app quits (write what
   * is pending). Web mode has no such moment: the editors flush on
   * `pagehide` and `visibilitychange` themselves.
   */
  onBeforeClose(flush: () => Promise<void>): void;
};

export type PdfExportResult = { kind: 'saved'; fileName: string } | { kind: 'cancelled' } | { kind: 'print-dialog' };

/** The platform could not do what was asked: `code` says what (its French message: `errorMessage`); `message` is for the logs. */
export class PlatformError extends Error {
  override readonly name = 'PlatformError';
  constructor(
    readonly code: ErrorCode,
    message: string = code,
  ) {
    super(message);
  }
}
