/**
 * The one IPC contract between the renderer and the main process.
 *
 * Each method names its channel, the schema its request must pass (checked in
 * main, since the renderer is not trusted) and the shape of its answer. The
 * preload builds `window.jalon` from `IPC_CHANNELS`; main registers a handler
 * per method from `IPC_SCHEMAS`. Answers cross as `IpcResult`.
 */
import { z } from 'zod';
import type { IpcMethod } from './ipc-channels';
import { MAX_FILE_BYTES } from './ipc-limits';
import type { ErrorCode, Result } from './result';

export { MAX_FILE_BYTES, SAFETY_BACKUPS_KEPT } from './ipc-limits';

export { IPC_CHANNELS, IPC_EVENTS, type IpcMethod } from './ipc-channels';

const fileFilter = z.object({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/i)).min(1).max(10),
});

/** A file name suggested to the save dialog: no folder, no control character. */
const suggestedName = z
  .string()
  .min(1)
  .max(200)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
  .refine((name) => !/[\\/\0-\x1f]/.test(name) && name !== '.' && name !== '..', 'not a plain file name');


export const saveFileRequestSchema = z.object({
  suggestedName,
  filters: z.array(fileFilter).max(10),
  /** Text is written as UTF-8; bytes as they are. */
  content: z.union([z.string().max(MAX_FILE_BYTES), z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_FILE_BYTES)]),
});

export const openFileRequestSchema = z.object({
  filters: z.array(fileFilter).max(10),
});

export const appInfoRequestSchema = z.undefined();

/** Prints a review's print view to PDF (hidden window, printToPDF) and saves it where the user chooses. */
export const printReviewPdfRequestSchema = z.object({
  reviewId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
  suggestedName: suggestedName.refine((name) => name.toLowerCase().endsWith('.pdf'), 'must end in .pdf'),
});

export const SAFETY_REASONS = ['restore', 'upgrade', 'import'] as const;

export const keepSafetyBackupRequestSchema = z.object({
  bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength > 0 && bytes.byteLength <= MAX_FILE_BYTES, 'empty or too large'),
  reason: z.enum(SAFETY_REASONS),
});
export const readSafetyBackupRequestSchema = z.object({ id: z.string().regex(/^jalon-[0-9TZ-]+-(restore|upgrade|import)\.jalon$/) });

/** Jalon's own folders the desktop shell can open: the app's data folder, and its safety copies inside it. */
export const APP_FOLDERS = ['data', 'safety'] as const;
export type AppFolder = (typeof APP_FOLDERS)[number];
/** Names a folder, never a path: the renderer cannot point the file manager anywhere else. */
export const openFolderRequestSchema = z.object({ folder: z.enum(APP_FOLDERS) }).strict();
export type OpenFolderResponse = { opened: true };

export type SafetyBackupInfo = { id: string; createdAt: string; reason: (typeof SAFETY_REASONS)[number]; size: number };

export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;
export type OpenFileRequest = z.infer<typeof openFileRequestSchema>;
export type PrintReviewPdfRequest = z.infer<typeof printReviewPdfRequestSchema>;

export type SaveFileResponse = { saved: true; fileName: string } | { saved: false };
export type OpenFileResponse = { name: string; bytes: Uint8Array } | null;
export type AppInfo = { name: string; version: string; platform: string };

export const IPC_SCHEMAS = {
  getAppInfo: appInfoRequestSchema,
  saveFile: saveFileRequestSchema,
  openFile: openFileRequestSchema,
  printReviewPdf: printReviewPdfRequestSchema,
  keepSafetyBackup: keepSafetyBackupRequestSchema,
  listSafetyBackups: z.undefined(),
  readSafetyBackup: readSafetyBackupRequestSchema,
  openFolder: openFolderRequestSchema,
  removeSafetyBackup: readSafetyBackupRequestSchema,
  getSealKey: z.undefined(),
} as const satisfies Record<IpcMethod, z.ZodType>;

type Responses = {
  getAppInfo: AppInfo;
  saveFile: SaveFileResponse;
  openFile: OpenFileResponse;
  printReviewPdf: SaveFileResponse;
  keepSafetyBackup: SafetyBackupInfo;
  listSafetyBackups: SafetyBackupInfo[];
  readSafetyBackup: Uint8Array;
  openFolder: OpenFolderResponse;
  removeSafetyBackup: null;
  /** 32 bytes: the HMAC-SHA-256 key of the seal (the renderer imports it non-extractable). */
  getSealKey: Uint8Array;
};

export type IpcRequest<M extends IpcMethod> = z.input<(typeof IPC_SCHEMAS)[M]>;
export type IpcResponse<M extends IpcMethod> = Responses[M];

/**
 * A failure across IPC: one of the app's stable codes (see `shared/result.ts`),
 * and a technical `message` for the logs, never shown to the user.
 */
export type IpcError = { code: ErrorCode; message: string };
export type IpcResult<T> = Result<T, IpcError>;

/** Thrown by a main-process handler to name what failed with a stable code (e.g. `file-too-large`). */
export class IpcFailure extends Error {
  override readonly name = 'IpcFailure';
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The stable code of whatever a handler threw: its own code, a full disk, or `platform-failed`. */
export function ipcErrorCodeOf(error: unknown): ErrorCode {
  if (error instanceof IpcFailure) return error.code;
  const nodeCode = error && typeof error === 'object' && 'code' in error ? (error as { code: unknown }).code : undefined;
  if (nodeCode === 'ENOSPC' || nodeCode === 'EDQUOT') return 'disk-full';
  return 'platform-failed';
}

/** The token of a flush request (main → renderer) and of its answer (renderer → main). */
export const flushTokenSchema = z.string().regex(/^[0-9]{1,12}$/);

/**
 * What the preload exposes as `window.jalon`: one function per method, and
 * `onFlushBeforeClose`, how the renderer says what to run before the window
 * closes or the app quits (the only message main sends of its own).
 */
export type DesktopApi = {
  [M in IpcMethod]: IpcRequest<M> extends undefined
    ? () => Promise<IpcResult<IpcResponse<M>>>
    : (request: IpcRequest<M>) => Promise<IpcResult<IpcResponse<M>>>;
} & {
  onFlushBeforeClose: (flush: () => Promise<void>) => void;
};
