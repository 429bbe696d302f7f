/**
 * The shape of every stored record, in one place: what a runtime read, a
 * backup restore and an upgrade accept, and the defaults an older record
 * takes. Written with `zod/mini` (tree-shakable, a few KB) because runtime
 * reads need it at startup, while the full `zod` loads only with the Données
 * screen.
 *
 * Objects strip keys they do not know: a new field of a record must be added
 * here, or reads drop it.
 */
import * as z from 'zod/mini';
import { EVALUATOR_CAPACITIES } from '../reviews/evaluator';
import { isIsoDate } from '../dates';
import { RECORD_ID } from './ids';
import { isCleanText } from '../text';
import type { ClassId, ClusterId, CompetencyId } from '../framework';
import { OUTSIDE_MENTIONS, OUTSIDE_NOTE_MAX } from '../people/outside';
import { FOLLOW_UP_RESULTS, INTERIM_TEXT_MAX, INTERVIEW_KINDS, INTERVIEW_REASONS } from '../people/interim';
import { NAME_MAX, NOTES_MAX, SERVICE_MAX, STAFF_NUMBER_MAX, type Person } from '../people/person';
import type { Review } from '../reviews/review';
import { REVIEW_STATUSES, TEXT_MAX } from '../reviews/basics';
import { NOTE_COMPETENCIES_MAX, NOTE_FIELD_MAX, type JournalNote } from '../journal/note';
import { ACTION_STATUSES, ACTION_TEXT_MAX, ACTION_TYPES, type PlanAction } from '../plan/plan';
import { TEAM_STATUSES } from '../team';
import { FIRST_SCREEN_ROWS, TEAM_COUNT_KEYS, type FirstScreen } from '../team-dashboard';

const isoDate = z.string().check(z.refine(isIsoDate, 'date impossible'));
const optionalIsoDate = z.union([isoDate, z.literal('')]);
const stamp = z.string().check(z.maxLength(40));
// Ids follow the router's pattern: a record that could not be opened is refused here.
const id = z.string().check(z.regex(RECORD_ID, 'identifiant invalide'));
// An old record may carry a class the framework no longer knows: it is kept, and shown with a warning.
const classId = z.string().check(z.regex(/^[A-Z0-9]{1,4}$/, 'classe illisible')) as unknown as z.ZodMiniType<ClassId, string>;
const text = (max: number) => z.string().check(z.maxLength(max, `texte de plus de ${max} caractères`), z.refine(isCleanText, 'caractères invisibles ou de contrôle'));
const integer = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));

const interimObjectives = z.array(z.object({ id, description: text(2000) })).check(z.maxLength(10));

export const personRecord = z.object({
  id,
  name: text(NAME_MAX).check(z.minLength(1)),
  staffNumber: text(STAFF_NUMBER_MAX),
  classHistory: z.array(z.object({ classId, from: isoDate })).check(z.minLength(1), z.maxLength(50)),
  employment: z.enum(['statutaire', 'contractuel']),
  limitedLeadership: z.boolean(),
  service: text(SERVICE_MAX),
  notes: text(NOTES_MAX),
  cycleStart: isoDate,
  archived: z.boolean(),
  example: z._default(z.boolean(), false),
  // Issue 17: the language of the person's reports; records made before it existed are French.
  language: z._default(z.enum(['fr', 'nl', 'en']), 'fr'),
  // Cycles evaluated outside Jalon (issue 12, adopting existing staff): absent on people recorded before.
  outsideEvaluations: z.optional(
    z
      .array(
        z.object({
          id,
          cycleIndex: integer(-60, 200),
          date: isoDate,
          mention: z.enum(OUTSIDE_MENTIONS),
          note: text(OUTSIDE_NOTE_MAX),
          recordedAt: stamp,
        }),
      )
      .check(z.maxLength(300)),
  ),
  // Interviews and remediation periods (issue 12): absent on people recorded before.
  interviews: z.optional(
    z
      .array(
        z.object({
          id,
          kind: z.enum(INTERVIEW_KINDS),
          date: isoDate,
          reason: z.nullable(z.enum(INTERVIEW_REASONS)),
          notes: text(INTERIM_TEXT_MAX),
          objectives: interimObjectives,
          recordedAt: stamp,
        }),
      )
      .check(z.maxLength(500)),
  ),
  remediations: z.optional(
    z
      .array(
        z.object({
          id,
          reviewId: id,
          start: isoDate,
          end: isoDate,
          agreementDate: isoDate,
          objectives: interimObjectives,
          followUp: z.nullable(z.object({ date: isoDate, result: z.enum(FOLLOW_UP_RESULTS), report: text(INTERIM_TEXT_MAX), recordedAt: stamp })),
          recordedAt: stamp,
        }),
      )
      .check(z.maxLength(100)),
  ),
  createdAt: stamp,
  updatedAt: stamp,
}) satisfies z.ZodMiniType<Person, unknown>;

const competencyId = z.string().check(z.maxLength(40)) as unknown as z.ZodMiniType<CompetencyId, string>;

/** A development action as a finalised review keeps it (sealed). */
const planSnapshotEntry = z.object({
  id,
  sourceReviewId: id,
  cycleIndex: integer(0, 201),
  competencyId,
  competencyName: z.string().check(z.maxLength(200)),
  type: z.enum(ACTION_TYPES),
  description: text(ACTION_TEXT_MAX),
  support: text(ACTION_TEXT_MAX),
  dueDate: optionalIsoDate,
  status: z.enum(ACTION_STATUSES),
  statusDate: isoDate,
  comment: text(ACTION_TEXT_MAX),
});

const observed = z.union([
  z.object({ kind: z.literal('level'), level: integer(1, 4) }),
  z.object({ kind: z.literal('below') }),
  z.object({ kind: z.literal('not-observed'), reason: text(TEXT_MAX) }),
]);

export const reviewRecord = z.object({
  id,
  personId: id,
  cycleIndex: integer(0, 200),
  cycleStart: isoDate,
  cycleEnd: isoDate,
  status: z.enum(REVIEW_STATUSES),
  frameworkVersion: z.string().check(z.minLength(1), z.maxLength(40)),
  classId,
  limitedLeadership: z.boolean(),
  profile: z
    .array(
      z.object({
        id: z.string().check(z.maxLength(40)) as unknown as z.ZodMiniType<CompetencyId, string>,
        name: z.string().check(z.maxLength(200)),
        cluster: z.string().check(z.maxLength(60)) as unknown as z.ZodMiniType<ClusterId, string>,
        clusterName: z.string().check(z.maxLength(200)),
        distinctive: z.boolean(),
        expectedLevel: z.nullable(integer(1, 4)),
        levelTitles: z.array(z.string().check(z.maxLength(400))).check(z.minLength(1), z.maxLength(4)),
      }),
    )
    .check(z.maxLength(40)),
  ratings: z.record(z.string().check(z.maxLength(40)), z.object({ observed: z.nullable(observed), evidence: text(TEXT_MAX) })),
  objectives: z
    .array(z.object({ id, description: text(TEXT_MAX), result: z.nullable(z.enum(['atteint', 'partiellement-atteint', 'non-atteint'])), comment: text(TEXT_MAX) }))
    .check(z.maxLength(100)),
  nextObjectives: z.array(z.object({ id, description: text(TEXT_MAX), indicator: text(TEXT_MAX), dueDate: optionalIsoDate })).check(z.maxLength(100)),
  outcome: z.enum(['none', 'insuffisant']),
  outcomeJustification: text(TEXT_MAX),
  evaluatorComment: text(TEXT_MAX),
  // The legal record (issue 12): absent from reviews made before it existed, and kept absent so their hash still verifies.
  evaluator: z.optional(z.object({ name: text(400), role: text(400), capacity: z.enum(EVALUATOR_CAPACITIES) })),
  secondEvaluator: z.optional(z.object({ name: text(400), role: text(400) })),
  interviewDate: z.optional(z.nullable(isoDate)),
  noObjectivesReason: z.optional(text(TEXT_MAX)),
  // Issue 17: the pack texts a review was started with; absent from older reviews, and kept absent so their hash still verifies.
  frameworkTexts: z.optional(
    z.object({
      language: z.enum(['fr', 'nl', 'en']),
      packs: z.array(z.object({ id: text(60), source: text(200), version: text(40), status: z.enum(['official', 'working-translation']) })).check(z.maxLength(20)),
      texts: z.record(z.string().check(z.maxLength(120)), text(2000)),
    }),
  ),
  // The development plan copied in at finalisation (issue 16): absent before, and on older reviews.
  developmentPlan: z.optional(z.array(planSnapshotEntry).check(z.maxLength(200))),
  // Fields added after the first schema: an older record gets their defaults (the only place that gives them).
  audit: z._default(
    z.array(z.object({ status: z.enum(REVIEW_STATUSES), at: stamp, date: z.optional(isoDate), note: z.optional(text(2000)) })).check(z.maxLength(100)),
    () => [],
  ),
  contentHash: z._default(z.nullable(z.string().check(z.regex(/^[0-9a-f]{64}$/))), null),
  finalisedAt: z._default(z.nullable(stamp), null),
  handedOverOn: z._default(z.nullable(isoDate), null),
  acknowledgedOn: z._default(z.nullable(isoDate), null),
  employeeComment: z._default(text(TEXT_MAX), ''),
  addenda: z._default(z.array(z.object({ id, at: stamp, date: isoDate, reason: text(2000), text: text(TEXT_MAX) })).check(z.maxLength(100)), () => []),
  createdAt: stamp,
  updatedAt: stamp,
  // The seal of a finalised review (issue 10): workflow facts chained, each with an HMAC.
  seal: z.optional(
    z.object({
      version: z.literal(2),
      chain: z
        .array(
          z.object({
            kind: z.enum(['finalisee', 'remise', 'signee', 'cloturee', 'addendum']),
            at: stamp,
            facts: z.record(z.string().check(z.maxLength(40)), z.unknown()),
            prev: z.nullable(z.string().check(z.regex(/^[0-9a-f]{64}$/))),
            hash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
            mac: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
          }),
        )
        .check(z.maxLength(200)),
    }),
  ),
  // Imported on explicit choice although its seal did not hold (issue 10).
  integrityUnverified: z.optional(z.object({ at: stamp, parts: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(20)) })),
}) satisfies z.ZodMiniType<Review, unknown>;

export const journalNoteRecord = z.object({
  id,
  personId: id,
  date: isoDate,
  competencyIds: z.array(competencyId).check(z.minLength(1), z.maxLength(NOTE_COMPETENCIES_MAX)),
  objectiveId: z.union([id, z.literal('')]),
  situation: text(NOTE_FIELD_MAX),
  behaviour: text(NOTE_FIELD_MAX),
  effect: text(NOTE_FIELD_MAX),
  text: text(NOTE_FIELD_MAX),
  example: z._default(z.boolean(), false),
  createdAt: stamp,
  updatedAt: stamp,
}) satisfies z.ZodMiniType<JournalNote, unknown>;

export const planActionRecord = z.object({
  id,
  personId: id,
  sourceReviewId: id,
  cycleIndex: integer(0, 201),
  competencyId,
  competencyName: z.string().check(z.maxLength(200)),
  type: z.enum(ACTION_TYPES),
  description: text(ACTION_TEXT_MAX).check(z.minLength(1)),
  support: text(ACTION_TEXT_MAX),
  dueDate: optionalIsoDate,
  status: z.enum(ACTION_STATUSES),
  history: z
    .array(z.object({ status: z.enum(ACTION_STATUSES), date: isoDate, comment: text(ACTION_TEXT_MAX), at: stamp }))
    .check(z.minLength(1), z.maxLength(200)),
  example: z._default(z.boolean(), false),
  createdAt: stamp,
  updatedAt: stamp,
}) satisfies z.ZodMiniType<PlanAction, unknown>;

/** The team's first screenful kept for the next start (in localStorage, not the database): rows not archived only. */
const teamRow = z.object({
  id,
  name: text(NAME_MAX),
  staffNumber: text(STAFF_NUMBER_MAX),
  classId: z.nullable(classId),
  service: text(SERVICE_MAX),
  archived: z.literal(false),
  example: z.boolean(),
  cycle: z.object({ index: integer(0, 201), start: isoDate, end: isoDate }),
  status: z.enum(TEAM_STATUSES),
  lastReviewDate: z.nullable(isoDate),
  belowCount: z.nullable(integer(0, 100)),
  searchKey: z.string().check(z.maxLength(NAME_MAX + STAFF_NUMBER_MAX + SERVICE_MAX + 2)),
});
const count = integer(0, Number.MAX_SAFE_INTEGER);
export const firstScreenRecord = z.object({
  today: isoDate,
  sorting: z.string().check(z.maxLength(200)),
  rows: z.array(teamRow).check(z.maxLength(FIRST_SCREEN_ROWS)),
  count,
  total: count,
  counts: z.object(Object.fromEntries(TEAM_COUNT_KEYS.map((key) => [key, count])) as Record<(typeof TEAM_COUNT_KEYS)[number], typeof count>),
  services: z.array(text(SERVICE_MAX)),
  hasExample: z.boolean(),
}) satisfies z.ZodMiniType<FirstScreen, unknown>;

export const settingRecord = z.object({ key: z.string().check(z.minLength(1), z.maxLength(100)), value: z.unknown() });
export type SettingRecord = z.infer<typeof settingRecord>;

/** The tables whose rows are normalised, and the schema of each. */
export const RECORD_SCHEMAS = { people: personRecord, reviews: reviewRecord, settings: settingRecord, journalNotes: journalNoteRecord, planActions: planActionRecord } as const;
export type RecordTable = keyof typeof RECORD_SCHEMAS;
export type RecordOf<T extends RecordTable> = z.infer<(typeof RECORD_SCHEMAS)[T]>;

/** Why a stored row cannot be read: its table, its id, the first field at fault. */
export type UnreadableRow = { table: RecordTable; id: string; path: string; message: string };

export type Normalised<T> = { ok: true; value: T } | { ok: false; error: UnreadableRow };

/** Brings a stored row of `table` up to date (defaults of fields added later), or says why it cannot be read. */
export function normaliseRecord<T extends RecordTable>(table: T, raw: unknown): Normalised<RecordOf<T>> {
  const parsed = RECORD_SCHEMAS[table].safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data as RecordOf<T> };
  const issue = parsed.error.issues[0]!;
  const row = (raw ?? {}) as { id?: unknown; key?: unknown };
  const rowId = typeof row.id === 'string' ? row.id : typeof row.key === 'string' ? row.key : '?';
  return { ok: false, error: { table, id: rowId, path: issue.path.join('.'), message: issue.message } };
}
