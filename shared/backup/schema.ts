/**
 * What a backup file holds, and the checks every part of it passes before a
 * single record is written: the header, then each record, upgraded from the
 * schema version it was written with.
 */
import { z } from 'zod';
import type { Person } from '../people/person';
import { journalNoteRecord, personRecord, planActionRecord, reviewRecord, settingRecord } from '../records/schema';
import type { JournalNote } from '../journal/note';
import type { PlanAction } from '../plan/plan';
import type { Review } from '../reviews/review';
import type { Result } from '../result';

export const BACKUP_FORMAT = 'jalon-backup';
/** 2: an encrypted backup's header is authenticated as AES-GCM additional data (`headerAdditionalData`). */
export const BACKUP_FORMAT_VERSION = 2;
/** The first bytes of every backup file. */
export const BACKUP_MAGIC = 'JALONBK1';
export const PBKDF2_ITERATIONS = 600_000;

const stamp = z.string().max(40);
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Deeper than this, a backup is refused before anything tries to copy it (a real one is about 6 levels deep). */
export const MAX_BACKUP_DEPTH = 32;

/** Whether a parsed JSON value nests deeper than `limit` (counted without recursion, so any depth is safe). */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(current)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}

export const backupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().positive(),
  appVersion: z.string().max(40),
  schemaVersion: z.number().int().positive(),
  createdAt: stamp,
  counts: z.object({
    people: z.number().int().min(0),
    reviews: z.number().int().min(0),
    settings: z.number().int().min(0),
    // From schema v6 on (issue 16): absent from older files, which hold no journal or plan.
    journalNotes: z.number().int().min(0).optional(),
    planActions: z.number().int().min(0).optional(),
  }),
  encryption: z
    .object({
      algorithm: z.literal('AES-GCM'),
      kdf: z.literal('PBKDF2-SHA256'),
      iterations: z.number().int().min(100_000).max(10_000_000),
      // Strict base64 ('=' only as final padding): the decoder never meets a character it would throw on.
      salt: z.string().regex(BASE64).min(16).max(64),
      iv: z.string().regex(BASE64).min(16).max(32),
    })
    .nullable(),
  /** SHA-256 of the plain payload, checked after decryption. */
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
  payloadBytes: z.number().int().min(0),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

export type BackupData = { people: Person[]; reviews: Review[]; settings: { key: string; value: unknown }[]; journalNotes: JournalNote[]; planActions: PlanAction[] };

export type RecordProblem = { table: string; index: number; path: string; message: string };

/** The data of a sound payload, or what is wrong with it (and where). */
export type BackupCheck = Result<
  BackupData,
  { code: 'payload-invalid' | 'too-deep' | 'record-invalid' | 'duplicate-id' | 'duplicate-review' | 'counts-mismatch'; problem?: RecordProblem }
>;

/** The tables of Dexie's export format, as dexie-export-import writes them. */
const dexieExportSchema = z.object({
  formatName: z.literal('dexie'),
  formatVersion: z.literal(1),
  data: z.object({
    databaseVersion: z.number(),
    data: z.array(z.object({ tableName: z.string(), rows: z.array(z.unknown()) })),
  }),
});

/**
 * Checks the payload of a backup, table by table and record by record, and
 * upgrades records written by an older schema. Nothing is written here.
 */
export function checkBackupPayload(payload: unknown, header: Pick<BackupHeader, 'counts'>): BackupCheck {
  if (nestsDeeperThan(payload, MAX_BACKUP_DEPTH)) return { ok: false, error: { code: 'too-deep' } };
  const structure = dexieExportSchema.safeParse(payload);
  if (!structure.success) return { ok: false, error: { code: 'payload-invalid' } };
  const rowsOf = (name: string) => structure.data.data.data.find((table) => table.tableName === name)?.rows ?? [];
  const data: BackupData = { people: [], reviews: [], settings: [], journalNotes: [], planActions: [] };
  // Each record is checked and brought up to date by the one normaliser of its type (../records/schema.ts).
  const tables = [
    ['people', personRecord, data.people],
    ['reviews', reviewRecord, data.reviews],
    ['settings', settingRecord, data.settings],
    ['journalNotes', journalNoteRecord, data.journalNotes],
    ['planActions', planActionRecord, data.planActions],
  ] as const;
  for (const [name, schema, target] of tables) {
    const rows = rowsOf(name);
    for (let index = 0; index < rows.length; index++) {
      const parsed = schema.safeParse(rows[index]);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        return { ok: false, error: { code: 'record-invalid', problem: { table: name, index, path: issue.path.join('.'), message: issue.message } } };
      }
      (target as unknown[]).push(parsed.data);
    }
    const ids = new Set(rows.map((row) => (row as { id?: string; key?: string }).id ?? (row as { key?: string }).key));
    if (ids.size !== rows.length) return { ok: false, error: { code: 'duplicate-id', problem: { table: name, index: -1, path: 'id', message: '' } } };
  }
  // Two reviews of one person's cycle under different ids: the database's unique index would refuse the second.
  const cycles = new Set<string>();
  for (let index = 0; index < data.reviews.length; index++) {
    const review = data.reviews[index]!;
    const cycle = `${review.personId}\u0000${review.cycleIndex}`;
    if (cycles.has(cycle)) return { ok: false, error: { code: 'duplicate-review', problem: { table: 'reviews', index, path: 'cycleIndex', message: String(review.cycleIndex + 1) } } };
    cycles.add(cycle);
  }
  if (data.people.length !== header.counts.people || data.reviews.length !== header.counts.reviews || data.settings.length !== header.counts.settings) {
    return { ok: false, error: { code: 'counts-mismatch' } };
  }
  if (data.journalNotes.length !== (header.counts.journalNotes ?? 0) || data.planActions.length !== (header.counts.planActions ?? 0)) {
    return { ok: false, error: { code: 'counts-mismatch' } };
  }
  const personIds = new Set(data.people.map((person) => person.id));
  const orphan = data.reviews.findIndex((review) => !personIds.has(review.personId));
  if (orphan !== -1) return { ok: false, error: { code: 'record-invalid', problem: { table: 'reviews', index: orphan, path: 'personId', message: 'personne inconnue' } } };
  for (const table of ['journalNotes', 'planActions'] as const) {
    const stray = data[table].findIndex((record) => !personIds.has(record.personId));
    if (stray !== -1) return { ok: false, error: { code: 'record-invalid', problem: { table, index: stray, path: 'personId', message: 'personne inconnue' } } };
  }
  return { ok: true, value: data };
}

/**
 * What of the header an encrypted backup authenticates (AES-GCM additional
 * data, format 2 on): everything but the encryption parameters (which
 * decryption needs anyway) and the payload's length (the ciphertext's own).
 * Editing the date, the versions, the counts or the checksum makes the file
 * undecryptable.
 */
export function headerAdditionalData(header: Pick<BackupHeader, 'format' | 'formatVersion' | 'appVersion' | 'schemaVersion' | 'createdAt' | 'counts' | 'checksum'>): string {
  const fields: unknown[] = [header.format, header.formatVersion, header.appVersion, header.schemaVersion, header.createdAt, header.counts.people, header.counts.reviews, header.counts.settings, header.checksum];
  // The journal and plan counts (schema v6 on) are authenticated too; a file without them reads as before.
  if (header.counts.journalNotes !== undefined || header.counts.planActions !== undefined) fields.push(header.counts.journalNotes ?? 0, header.counts.planActions ?? 0);
  return JSON.stringify(fields);
}
