import { formatDateFr } from '../../../shared/dates';
import type { AppError, ErrorCode } from '../../../shared/result';
import { i18n, type TranslationKey } from './index';

/** The French message of each code: an existing text where one says it, else `errorCodes.*`. */
export const ERROR_MESSAGE_KEYS = {
  unexpected: 'errorCodes.unexpected',
  'disk-full': 'storage.quota',
  'file-too-large': 'errorCodes.file-too-large',
  'file-unreadable': 'dataErrors.fileUnreadable',
  'invalid-request': 'errorCodes.invalid-request',
  'platform-failed': 'errorCodes.platform-failed',
  'db-newer': 'storage.newer',
  'db-unavailable': 'storage.unavailable',
  'safety-copy-not-found': 'errorCodes.safety-copy-not-found',
  'invalid-fields': 'errorCodes.invalid-fields',
  'person-not-found': 'errorCodes.person-not-found',
  'review-not-found': 'workflow.errors.not-found',
  'unknown-person': 'person.startFailed.unknown-person',
  'unknown-class': 'person.startFailed.unknown-class',
  'not-undoable': 'uiKit.classChangeNotUndoable',
  'review-locked': 'saveState.locked',
  missing: 'errorCodes.missing',
  'wrong-status': 'workflow.errors.wrong-status',
  'invalid-date': 'workflow.errors.invalid-date',
  'date-before': 'workflow.errors.date-before',
  'date-in-future': 'workflow.errors.date-in-future',
  'reason-required': 'workflow.errors.reason-required',
  'text-required': 'workflow.errors.text-required',
  'not-locked': 'workflow.errors.not-locked',
  'plan-action-not-found': 'plan.errors.not-found',
  'out-of-range': 'legal.calendar.errors.out-of-range',
  'day-reason-required': 'legal.calendar.errors.reason-required',
  'day-reason-too-long': 'legal.calendar.errors.too-long',
  'already-off': 'legal.calendar.errors.already-off',
  'backup-too-large': 'backup.errors.too-large',
  'not-a-backup': 'backup.errors.not-a-backup',
  truncated: 'backup.errors.truncated',
  'header-invalid': 'backup.errors.header-invalid',
  'format-newer': 'backup.errors.format-newer',
  'schema-newer': 'backup.errors.schema-newer',
  'passphrase-required': 'backup.errors.passphrase-required',
  'passphrase-wrong': 'backup.errors.passphrase-wrong',
  'checksum-mismatch': 'backup.errors.checksum-mismatch',
  'payload-invalid': 'backup.errors.payload-invalid',
  'too-deep': 'backup.errors.too-deep',
  'duplicate-review': 'backup.errors.duplicate-review',
  'review-conflict': 'backup.errors.review-conflict',
  'record-invalid': 'backup.errors.record-invalid',
  'duplicate-id': 'backup.errors.duplicate-id',
  'counts-mismatch': 'backup.errors.counts-mismatch',
  'seal-broken': 'backup.errors.seal-broken',
  'csv-too-large': 'csvImport.errors.too-large',
  encoding: 'csvImport.errors.encoding',
  empty: 'csvImport.errors.empty',
  'no-header': 'csvImport.errors.no-header',
  'nothing-valid': 'csvImport.errors.nothing-valid',
  'changed-meanwhile': 'csvImport.errors.changed-meanwhile',
} as const satisfies Record<ErrorCode, TranslationKey>;

/** What some errors carry for their message (every field optional: a bare `{ code }` still reads well). */
export type ErrorDetails = {
  /** A backup record: its table, position (0-based), field and what is wrong with it. */
  problem?: { table: string; index: number; path: string; message: string };
  /** The date a date may not precede (`date-before`). */
  after?: string;
  /** The schema version found, and the one this Jalon knows (`db-newer`). */
  found?: number;
  known?: number;
};

const TABLES = ['people', 'reviews', 'settings', 'journalNotes', 'planActions'] as const;

/** A table named in French (« personne », « évaluation », « note du journal »…), else as it is. */
function tableName(table: string): string {
  return (TABLES as readonly string[]).includes(table) ? i18n.t(`unreadable.table.${table as (typeof TABLES)[number]}`) : table;
}

/**
 * The French message of an error, the one way a code becomes text on screen.
 * Never an English technical message: those stay in the logs.
 */
export function errorMessage(error: AppError & ErrorDetails): string {
  return i18n.t(ERROR_MESSAGE_KEYS[error.code], {
    table: error.problem ? tableName(error.problem.table) : '',
    line: (error.problem?.index ?? 0) + 1,
    path: error.problem?.path ?? '',
    message: error.problem?.message ?? '',
    date: error.after ? formatDateFr(error.after) : '',
    found: error.found ?? '',
    known: error.known ?? '',
  });
}

/**
 * A form's save answer as the form shows it: the fields that are wrong (said
 * beside each), and anything else (a full disk…) as one message for the form.
 */
export function formAnswer<F>(result: { ok: true } | { ok: false; error: { code: 'invalid-fields'; fields: F[] } | AppError }): { fields: F[]; failure: string | null } {
  if (result.ok) return { fields: [], failure: null };
  const { error } = result;
  return 'fields' in error && error.code === 'invalid-fields' ? { fields: error.fields, failure: null } : { fields: [], failure: errorMessage(error) };
}
