import Dexie from 'dexie';
import { exportDB } from 'dexie-export-import';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_MAGIC,
  PBKDF2_ITERATIONS,
  backupHeaderSchema,
  headerAdditionalData,
  checkBackupPayload,
  type BackupData,
  type BackupHeader,
  type RecordProblem,
} from '../../../../shared/backup/schema';
import type { Result } from '../../../../shared/result';
import { SCHEMA_VERSION, type JalonDb } from '../db';
import { formatDateFr } from '../../../../shared/dates';
import { isLocked } from '../../../../shared/reviews/review';
import type { IntegrityPart } from '../../../../shared/reviews/seal';
import type { SealLogEntry } from '../../../../shared/reviews/seal-log';
import { checkSealConsistency } from '../seal';
import { sealLogEntryFor } from '../seal-log';
import { decrypt, encrypt, fromBase64, randomBytes, sha256Hex, toBase64 } from './web-crypto';

/**
 * A backup file: the magic `JALONBK1`, the header's length (4 bytes, big
 * endian), the header (JSON), then the payload: Dexie's export (JSON), as is
 * or encrypted with AES-GCM.
 */
const MAGIC = new TextEncoder().encode(BACKUP_MAGIC);
const MAX_HEADER_BYTES = 64 * 1024;

export type BackupProgress = { phase: 'export' | 'encrypt' | 'check' | 'write'; done: number; total: number };

export type BackupErrorCode =
  | 'not-a-backup'
  | 'truncated'
  | 'header-invalid'
  | 'format-newer'
  | 'schema-newer'
  | 'passphrase-required'
  | 'passphrase-wrong'
  | 'checksum-mismatch'
  | 'payload-invalid'
  | 'too-deep'
  | 'duplicate-review'
  | 'review-conflict'
  | 'record-invalid'
  | 'duplicate-id'
  | 'counts-mismatch'
  | 'seal-broken';

export type BackupError = {
  code: BackupErrorCode;
  problem?: RecordProblem;
  /** More records with the same problem (seal-broken: every finalised review that does not match its seal). */
  others?: RecordProblem[];
};
/** A backup checked whole: its header and data, or the first thing wrong with it. */
export type ReadBackupResult = Result<
  {
    header: BackupHeader;
    data: BackupData;
    /** Finalised reviews whose seal did not hold, imported flagged « intégrité non vérifiable » (only on explicit choice). */
    flagged: RecordProblem[];
  },
  BackupError
>;

export type ReadBackupOptions = {
  /**
   * The user chose, after being told which reviews do not match their seal,
   * to import them anyway: each is flagged « intégrité non vérifiable »
   * (stored, shown on the review and in the integrity report).
   */
  flagBrokenSeals?: boolean;
};

/** Exports every table (but the summaries, which are derived) into one backup file. */
export async function createBackup(
  db: JalonDb,
  options: { passphrase: string | null; appVersion: string; onProgress?: (progress: BackupProgress) => void },
): Promise<Uint8Array<ArrayBuffer>> {
  const counts = {
    people: await db.people.count(),
    reviews: await db.reviews.count(),
    settings: await db.settings.count(),
    journalNotes: await db.journalNotes.count(),
    planActions: await db.planActions.count(),
  };
  // The rows as stored, unreadable ones included: a database opened without the app's read normalisation.
  const stored = new Dexie(db.name);
  await stored.open();
  let blob: Blob;
  try {
    blob = await exportDB(stored, {
      // The seal log is this installation's (its HMACs are under this installation's key): never in a backup.
      skipTables: ['reviewSummaries', 'personSummaries', 'meta', 'sealLog'],
      numRowsPerChunk: 2000,
      progressCallback: (progress) => {
        options.onProgress?.({ phase: 'export', done: progress.completedRows, total: progress.totalRows ?? 0 });
        return true;
      },
    });
  } finally {
    stored.close();
  }
  const plain = new Uint8Array(await blob.arrayBuffer());
  return sealBackup(plain, { counts, schemaVersion: db.verno, passphrase: options.passphrase, appVersion: options.appVersion, onProgress: options.onProgress });
}

/** Wraps an export (Dexie's JSON format) into a backup file: header, checksum, optional encryption. */
export async function sealBackup(
  plain: Uint8Array<ArrayBuffer>,
  options: { counts: BackupHeader['counts']; schemaVersion: number; passphrase: string | null; appVersion: string; onProgress?: ((progress: BackupProgress) => void) | undefined },
): Promise<Uint8Array<ArrayBuffer>> {
  const checksum = await sha256Hex(plain);
  let payload = plain;
  let encryption: BackupHeader['encryption'] = null;
  const described = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: options.appVersion,
    schemaVersion: options.schemaVersion,
    createdAt: new Date().toISOString(),
    counts: options.counts,
    checksum,
  } as const;
  if (options.passphrase !== null) {
    options.onProgress?.({ phase: 'encrypt', done: 0, total: 1 });
    const salt = randomBytes(16);
    const iv = randomBytes(12);
    payload = await encrypt(plain, options.passphrase, salt, iv, PBKDF2_ITERATIONS, headerAdditionalData(described));
    encryption = { algorithm: 'AES-GCM', kdf: 'PBKDF2-SHA256', iterations: PBKDF2_ITERATIONS, salt: toBase64(salt), iv: toBase64(iv) };
  }
  const header: BackupHeader = { ...described, encryption, payloadBytes: payload.byteLength };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const file = new Uint8Array(MAGIC.length + 4 + headerBytes.length + payload.length);
  file.set(MAGIC, 0);
  new DataView(file.buffer).setUint32(MAGIC.length, headerBytes.length);
  file.set(headerBytes, MAGIC.length + 4);
  file.set(payload, MAGIC.length + 4 + headerBytes.length);
  return file;
}

/**
 * The first finalised review of the file that no longer matches its seal
 * (content against its hash, the chain's links and hashes, the workflow facts
 * against the chain), named by person and cycle. The HMACs are not checked:
 * a backup may come from another installation, whose key this one cannot use.
 */
async function brokenSeals(data: BackupData): Promise<(RecordProblem & { parts: IntegrityPart[] })[]> {
  const names = new Map(data.people.map((person) => [person.id, person.name]));
  const broken: (RecordProblem & { parts: IntegrityPart[] })[] = [];
  for (const [index, review] of data.reviews.entries()) {
    // A review already flagged by an earlier import stays flagged: it is not refused again.
    if (review.integrityUnverified) continue;
    const check = await checkSealConsistency(review);
    if (check.status === 'changed') {
      broken.push({
        table: 'reviews',
        index,
        path: check.parts.join(', '),
        message: `${names.get(review.personId) ?? review.personId}, ${formatDateFr(review.cycleStart)} – ${formatDateFr(review.cycleEnd)}`,
        parts: check.parts,
      });
    }
  }
  return broken;
}

/** Reads only the header: enough to say what the file is and whether it needs a passphrase. */
export function readBackupHeader(bytes: Uint8Array): Result<{ header: BackupHeader; payload: Uint8Array<ArrayBuffer> }, BackupError> {
  if (bytes.length < MAGIC.length + 4 || MAGIC.some((byte, index) => bytes[index] !== byte)) return { ok: false, error: { code: 'not-a-backup' } };
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(MAGIC.length);
  if (headerLength > MAX_HEADER_BYTES) return { ok: false, error: { code: 'header-invalid' } };
  const start = MAGIC.length + 4;
  if (bytes.length < start + headerLength) return { ok: false, error: { code: 'truncated' } };
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, start + headerLength)));
  } catch {
    return { ok: false, error: { code: 'header-invalid' } };
  }
  const format = (raw as { format?: unknown; formatVersion?: unknown; schemaVersion?: unknown } | null) ?? {};
  if (format.format === BACKUP_FORMAT && typeof format.formatVersion === 'number' && format.formatVersion > BACKUP_FORMAT_VERSION) {
    return { ok: false, error: { code: 'format-newer' } };
  }
  const parsed = backupHeaderSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: { code: 'header-invalid' } };
  const header = parsed.data;
  if (header.schemaVersion > SCHEMA_VERSION) return { ok: false, error: { code: 'schema-newer' } };
  const payload = bytes.slice(start + headerLength);
  if (payload.length < header.payloadBytes) return { ok: false, error: { code: 'truncated' } };
  if (payload.length > header.payloadBytes) return { ok: false, error: { code: 'header-invalid' } };
  return { ok: true, value: { header, payload } };
}

/**
 * Checks a backup file completely — format, versions, passphrase, checksum
 * and every record — without writing anything.
 */
export async function readBackup(bytes: Uint8Array, passphrase: string | null, options: ReadBackupOptions = {}): Promise<ReadBackupResult> {
  const container = readBackupHeader(bytes);
  if (!container.ok) return container;
  const { header } = container.value;
  let plain = container.value.payload;
  if (header.encryption) {
    if (!passphrase) return { ok: false, error: { code: 'passphrase-required' } };
    // From format 2 on, the header is authenticated with the payload: an edited date, version or count fails here.
    const additionalData = header.formatVersion >= 2 ? headerAdditionalData(header) : undefined;
    let decrypted: Uint8Array<ArrayBuffer> | null;
    try {
      decrypted = await decrypt(plain, passphrase, fromBase64(header.encryption.salt), fromBase64(header.encryption.iv), header.encryption.iterations, additionalData);
    } catch {
      // Salt or IV the header check let through but Web Crypto refuses: the file is not sound.
      return { ok: false, error: { code: 'header-invalid' } };
    }
    if (!decrypted) return { ok: false, error: { code: 'passphrase-wrong' } };
    plain = decrypted;
  }
  if ((await sha256Hex(plain)) !== header.checksum) return { ok: false, error: { code: 'checksum-mismatch' } };
  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain));
  } catch {
    return { ok: false, error: { code: 'payload-invalid' } };
  }
  const checked = checkBackupPayload(payload, header);
  if (!checked.ok) return checked;
  const broken = await brokenSeals(checked.value);
  if (broken.length > 0 && !options.flagBrokenSeals) {
    const { parts: _parts, ...first } = broken[0]!;
    return { ok: false, error: { code: 'seal-broken', problem: first, others: broken.slice(1).map(({ parts: _p, ...problem }) => problem) } };
  }
  const at = new Date().toISOString();
  const flaggedAt = new Map(broken.map((problem) => [problem.index, problem.parts]));
  const reviews = checked.value.reviews.map((review, index) => {
    const parts = flaggedAt.get(index);
    return parts ? { ...review, integrityUnverified: { at, parts } } : review;
  });
  return { ok: true, value: { header, data: { ...checked.value, reviews }, flagged: broken.map(({ parts: _parts, ...problem }) => problem) } };
}

export type RestoreMode = 'replace' | 'merge';
export type RestoreResult = { people: number; reviews: number; settings: number; journalNotes: number; planActions: number; keptLocked: number };

/**
 * Writes checked backup data in one transaction: everything lands, or nothing
 * changes. "replace" empties the tables first; "merge" keeps what is here and
 * adds or updates from the file, the newer record winning, and never
 * rewrites the content of a finalised review.
 */
export async function restoreBackup(db: JalonDb, data: BackupData, mode: RestoreMode): Promise<RestoreResult> {
  // Each finalised review restored with its seal verified gets an entry in this installation's seal log
  // (HMACs taken before the transaction: Web Crypto is not IndexedDB). A flagged one gets none.
  const at = new Date().toISOString();
  const logEntries = new Map<string, SealLogEntry>();
  for (const review of data.reviews) {
    if (isLocked(review.status) && review.contentHash && !review.integrityUnverified) logEntries.set(review.id, await sealLogEntryFor(review, 'restauree', at));
  }
  return db.transaction('rw', [db.people, db.reviews, db.reviewSummaries, db.personSummaries, db.settings, db.sealLog, db.journalNotes, db.planActions], async () => {
    let keptLocked = 0;
    let reviews = data.reviews;
    let people = data.people;
    let journalNotes = data.journalNotes;
    let planActions = data.planActions;
    if (mode === 'replace') {
      // People first: a finalised review may only go together with its person (the lock middleware checks).
      await db.people.clear();
      await Promise.all([db.reviews.clear(), db.reviewSummaries.clear(), db.personSummaries.clear(), db.settings.clear(), db.journalNotes.clear(), db.planActions.clear()]);
    } else {
      const existingPeople = new Map((await db.people.bulkGet(people.map((person) => person.id))).filter(Boolean).map((person) => [person!.id, person!]));
      people = people.filter((person) => (existingPeople.get(person.id)?.updatedAt ?? '') <= person.updatedAt);
      const existingReviews = await db.reviews.bulkGet(reviews.map((review) => review.id));
      reviews = reviews.filter((review, index) => {
        const existing = existingReviews[index];
        if (!existing) return true;
        if (existing.contentHash) {
          keptLocked++;
          return false;
        }
        return existing.updatedAt <= review.updatedAt;
      });
      // Notes and plan actions: the newer of the two copies wins, as for people.
      const notesHere = await db.journalNotes.bulkGet(journalNotes.map((note) => note.id));
      journalNotes = journalNotes.filter((note, index) => (notesHere[index]?.updatedAt ?? '') <= note.updatedAt);
      const actionsHere = await db.planActions.bulkGet(planActions.map((action) => action.id));
      planActions = planActions.filter((action, index) => (actionsHere[index]?.updatedAt ?? '') <= action.updatedAt);
    }
    await db.people.bulkPut(people);
    // The summaries follow every write to reviews (../summaries.ts).
    await db.reviews.bulkPut(reviews);
    await db.sealLog.bulkAdd(reviews.flatMap((review) => logEntries.get(review.id) ?? []));
    await db.settings.bulkPut(data.settings);
    await db.journalNotes.bulkPut(journalNotes);
    await db.planActions.bulkPut(planActions);
    return { people: people.length, reviews: reviews.length, settings: data.settings.length, journalNotes: journalNotes.length, planActions: planActions.length, keptLocked };
  });
}

/** Checks a file and, only if all of it is sound, restores it: the path the UI takes after its preview. */
export async function restoreFromFile(
  db: JalonDb,
  bytes: Uint8Array,
  passphrase: string | null,
  mode: RestoreMode,
  beforeWrite: () => Promise<void> = async () => undefined,
  options: ReadBackupOptions = {},
): Promise<Result<RestoreResult, BackupError>> {
  const checked = await readBackup(bytes, passphrase, options);
  if (!checked.ok) return checked;
  if (mode === 'merge') {
    const conflict = await cycleTakenByAnotherReview(db, checked.value.data.reviews);
    if (conflict) return { ok: false, error: { code: 'review-conflict', problem: conflict } };
  }
  await beforeWrite();
  return { ok: true, value: await restoreBackup(db, checked.value.data, mode) };
}

/**
 * A review of the file whose person and cycle already have a review here
 * under another id: merging it would break the one-review-per-cycle rule.
 */
async function cycleTakenByAnotherReview(db: JalonDb, reviews: readonly BackupData['reviews'][number][]): Promise<RecordProblem | null> {
  const here = await db.reviews.where('[personId+cycleIndex]').anyOf(reviews.map((review) => [review.personId, review.cycleIndex])).toArray();
  const taken = new Map(here.map((review) => [`${review.personId}\u0000${review.cycleIndex}`, review.id]));
  const index = reviews.findIndex((review) => {
    const id = taken.get(`${review.personId}\u0000${review.cycleIndex}`);
    return id !== undefined && id !== review.id;
  });
  return index === -1 ? null : { table: 'reviews', index, path: 'cycleIndex', message: String(reviews[index]!.cycleIndex + 1) };
}
