/**
 * One shape for every operation that can fail (repositories, backup check and
 * restore, CSV import and export, PDF export, calls through the platform
 * bridge, safety copies, deletion, integrity check):
 * `{ ok: true, value } | { ok: false, error: { code, … } }`.
 *
 * `code` is one of {@link ERROR_CODES}: stable (tests, logs and old backups may
 * name them), and each has one French message in the renderer
 * (`renderer/src/i18n/error-message.ts`). An error may carry details for its
 * message (a record's position, a date, the missing items), never a technical
 * English text meant for the screen.
 */
export const ERROR_CODES = [
  // Anything the code did not foresee: the message says so without technical text.
  'unexpected',
  // Storage and platform (IndexedDB, files, dialogs, IPC).
  'disk-full',
  'file-too-large',
  'file-unreadable',
  'invalid-request',
  'platform-failed',
  'db-newer',
  'db-unavailable',
  'safety-copy-not-found',
  // People and reviews.
  'invalid-fields',
  'person-not-found',
  'review-not-found',
  'unknown-person',
  'unknown-class',
  'not-undoable',
  'review-locked',
  'missing',
  'wrong-status',
  'invalid-date',
  'date-before',
  'date-in-future',
  'reason-required',
  'text-required',
  'not-locked',
  // The development plan.
  'plan-action-not-found',
  // The calendar of days off.
  'out-of-range',
  'day-reason-required',
  'day-reason-too-long',
  'already-off',
  // Backups.
  'backup-too-large',
  'not-a-backup',
  'truncated',
  'header-invalid',
  'format-newer',
  'schema-newer',
  'passphrase-required',
  'passphrase-wrong',
  'checksum-mismatch',
  'payload-invalid',
  'too-deep',
  'duplicate-review',
  'review-conflict',
  'record-invalid',
  'duplicate-id',
  'counts-mismatch',
  'seal-broken',
  // CSV import.
  'csv-too-large',
  'encoding',
  'empty',
  'no-header',
  'nothing-valid',
  'changed-meanwhile',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** What failed: a stable code and, for some codes, what the message needs. */
export type AppError<C extends ErrorCode = ErrorCode> = { readonly code: C };

/** The result of an operation that can fail. `E` narrows the error to the codes (and details) it can carry. */
export type Result<T, E extends AppError = AppError> = { ok: true; value: T } | { ok: false; error: E };

/** A success. */
export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/** A failure. */
export function fail<E extends AppError>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}

/** Whether something answered by an operation of any kind is a failure of the one shape (`{ ok: false, error: { code } }`). */
export function isFailure(value: unknown): value is { ok: false; error: AppError } {
  if (typeof value !== 'object' || value === null) return false;
  const { ok: succeeded, error } = value as { ok?: unknown; error?: { code?: unknown } };
  return succeeded === false && isErrorCode(error?.code);
}

const KNOWN = new Set<string>(ERROR_CODES);

/** Whether a value names one of the stable codes (a code read back across IPC or from an old file). */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && KNOWN.has(value);
}
