/**
 * What a backup file holds, and the checks every part of it passes before a
 * single record is written: the header, then each record, upgraded from the
 * schema version it was written with.
 */
import { z } from 'zod';
import { isIsoDate } from '../dates';
import type { ClassId, ClusterId, CompetencyId } from '../framework';
import { NAME_MAX, NOTES_MAX, SERVICE_MAX, STAFF_NUMBER_MAX, type Person } from '../people/person';
import { REVIEW_STATUSES, TEXT_MAX, type Review } from '../reviews/review';

export const BACKUP_FORMAT = 'jalon-backup';
/** 2: an encrypted backup's header is authenticated as AES-GCM additional data (`headerAdditionalData`). */
export const BACKUP_FORMAT_VERSION = 2;
/** The first bytes of every backup file. */
export const BACKUP_MAGIC = 'JALONBK1';
export const PBKDF2_ITERATIONS = 600_000;

const isoDate = z.string().refine(isIsoDate, 'date impossible');
const optionalIsoDate = z.union([isoDate, z.literal('')]);
const stamp = z.string().max(40);
const id = z.string().min(1).max(100);
// An old record may carry a class the framework no longer knows: it is kept, and shown with a warning.
const classId = z.string().regex(/^[A-Z0-9]{1,4}$/, 'classe illisible') as unknown as z.ZodType<ClassId, string>;
const text = (max: number) => z.string().max(max, `texte de plus de ${max} caractères`);

export const backupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().positive(),
  appVersion: z.string().max(40),
  schemaVersion: z.number().int().positive(),
  createdAt: stamp,
  counts: z.object({ people: z.number().int().min(0), reviews: z.number().int().min(0), settings: z.number().int().min(0) }),
  encryption: z
    .object({
      algorithm: z.literal('AES-GCM'),
      kdf: z.literal('PBKDF2-SHA256'),
      iterations: z.number().int().min(100_000).max(10_000_000),
      salt: z.string().regex(/^[A-Za-z0-9+/=]{16,64}$/),
      iv: z.string().regex(/^[A-Za-z0-9+/=]{16,32}$/),
    })
    .nullable(),
  /** SHA-256 of the plain payload, checked after decryption. */
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
  payloadBytes: z.number().int().min(0),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

export const personSchema = z.object({
  id,
  name: text(NAME_MAX).min(1),
  staffNumber: text(STAFF_NUMBER_MAX),
  classHistory: z.array(z.object({ classId, from: isoDate })).min(1).max(50),
  employment: z.enum(['statutaire', 'contractuel']),
  limitedLeadership: z.boolean(),
  service: text(SERVICE_MAX),
  notes: text(NOTES_MAX),
  cycleStart: isoDate,
  archived: z.boolean(),
  example: z.boolean().default(false),
  createdAt: stamp,
  updatedAt: stamp,
}) satisfies z.ZodType<Person, unknown>;

const observed = z.union([
  z.object({ kind: z.literal('level'), level: z.number().int().min(1).max(4) }),
  z.object({ kind: z.literal('below') }),
  z.object({ kind: z.literal('not-observed'), reason: text(TEXT_MAX) }),
]);

export const reviewSchema = z.object({
  id,
  personId: id,
  cycleIndex: z.number().int().min(0).max(200),
  cycleStart: isoDate,
  cycleEnd: isoDate,
  status: z.enum(REVIEW_STATUSES),
  frameworkVersion: z.string().min(1).max(40),
  classId,
  limitedLeadership: z.boolean(),
  profile: z
    .array(
      z.object({
        id: z.string().max(40) as unknown as z.ZodType<CompetencyId, string>,
        name: z.string().max(200),
        cluster: z.string().max(60) as unknown as z.ZodType<ClusterId, string>,
        clusterName: z.string().max(200),
        distinctive: z.boolean(),
        expectedLevel: z.number().int().min(1).max(4).nullable(),
        levelTitles: z.array(z.string().max(400)).min(1).max(4),
      }),
    )
    .max(40),
  ratings: z.record(z.string().max(40), z.object({ observed: observed.nullable(), evidence: text(TEXT_MAX) })),
  objectives: z.array(z.object({ id, description: text(TEXT_MAX), result: z.enum(['atteint', 'partiellement-atteint', 'non-atteint']).nullable(), comment: text(TEXT_MAX) })).max(100),
  nextObjectives: z.array(z.object({ id, description: text(TEXT_MAX), indicator: text(TEXT_MAX), dueDate: optionalIsoDate })).max(100),
  outcome: z.enum(['none', 'insuffisant']),
  outcomeJustification: text(TEXT_MAX),
  evaluatorComment: text(TEXT_MAX),
  // Fields added after the first schema: an older record gets their defaults.
  audit: z
    .array(z.object({ status: z.enum(REVIEW_STATUSES), at: stamp, date: isoDate.optional(), note: text(2000).optional() }))
    .max(100)
    .default([]),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/).nullable().default(null),
  finalisedAt: stamp.nullable().default(null),
  handedOverOn: isoDate.nullable().default(null),
  acknowledgedOn: isoDate.nullable().default(null),
  employeeComment: text(TEXT_MAX).default(''),
  addenda: z.array(z.object({ id, at: stamp, date: isoDate, reason: text(2000), text: text(TEXT_MAX) })).max(100).default([]),
  createdAt: stamp,
  updatedAt: stamp,
  seal: z
    .object({
      version: z.literal(2),
      chain: z
        .array(
          z.object({
            kind: z.enum(['finalisee', 'remise', 'signee', 'cloturee', 'addendum']),
            at: stamp,
            facts: z.record(z.string().max(40), z.unknown()),
            prev: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
            hash: z.string().regex(/^[0-9a-f]{64}$/),
            mac: z.string().regex(/^[0-9a-f]{64}$/),
          }),
        )
        .max(200),
    })
    .optional(),
}) satisfies z.ZodType<Review, unknown>;

export const settingSchema = z.object({ key: z.string().min(1).max(100), value: z.unknown() });

export type BackupData = { people: Person[]; reviews: Review[]; settings: { key: string; value: unknown }[] };

export type RecordProblem = { table: string; index: number; path: string; message: string };

export type BackupCheck = { ok: true; data: BackupData } | { ok: false; code: 'payload-invalid' | 'record-invalid' | 'duplicate-id' | 'counts-mismatch'; problem?: RecordProblem };

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
  const structure = dexieExportSchema.safeParse(payload);
  if (!structure.success) return { ok: false, code: 'payload-invalid' };
  const rowsOf = (name: string) => structure.data.data.data.find((table) => table.tableName === name)?.rows ?? [];
  const data: BackupData = { people: [], reviews: [], settings: [] };
  const tables = [
    ['people', personSchema, data.people],
    ['reviews', reviewSchema, data.reviews],
    ['settings', settingSchema, data.settings],
  ] as const;
  for (const [name, schema, target] of tables) {
    const rows = rowsOf(name);
    for (let index = 0; index < rows.length; index++) {
      const parsed = schema.safeParse(rows[index]);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        return { ok: false, code: 'record-invalid', problem: { table: name, index, path: issue.path.join('.'), message: issue.message } };
      }
      (target as unknown[]).push(parsed.data);
    }
    const ids = new Set(rows.map((row) => (row as { id?: string; key?: string }).id ?? (row as { key?: string }).key));
    if (ids.size !== rows.length) return { ok: false, code: 'duplicate-id', problem: { table: name, index: -1, path: 'id', message: '' } };
  }
  if (data.people.length !== header.counts.people || data.reviews.length !== header.counts.reviews || data.settings.length !== header.counts.settings) {
    return { ok: false, code: 'counts-mismatch' };
  }
  const personIds = new Set(data.people.map((person) => person.id));
  const orphan = data.reviews.findIndex((review) => !personIds.has(review.personId));
  if (orphan !== -1) return { ok: false, code: 'record-invalid', problem: { table: 'reviews', index: orphan, path: 'personId', message: 'personne inconnue' } };
  return { ok: true, data };
}

/**
 * What of the header an encrypted backup authenticates (AES-GCM additional
 * data, format 2 on): everything but the encryption parameters (which
 * decryption needs anyway) and the payload's length (the ciphertext's own).
 * Editing the date, the versions, the counts or the checksum makes the file
 * undecryptable.
 */
export function headerAdditionalData(header: Pick<BackupHeader, 'format' | 'formatVersion' | 'appVersion' | 'schemaVersion' | 'createdAt' | 'counts' | 'checksum'>): string {
  return JSON.stringify([header.format, header.formatVersion, header.appVersion, header.schemaVersion, header.createdAt, header.counts.people, header.counts.reviews, header.counts.settings, header.checksum]);
}
