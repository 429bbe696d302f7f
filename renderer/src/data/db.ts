import Dexie, { type EntityTable } from 'dexie';
import type { Person } from '../../../shared/people/person';
import type { Review } from '../../../shared/reviews/review';
import type { SealLogEntry } from '../../../shared/reviews/seal-log';
import type { JournalNote } from '../../../shared/journal/note';
import type { PlanAction } from '../../../shared/plan/plan';
import type { ReviewSummary } from '../../../shared/reviews/summary';
import type { PersonSummary } from '../../../shared/team';
import { declareSchema } from './migrations';
import { reviewLockMiddleware } from './review-lock';
import { normaliseReadsMiddleware } from './normalise-reads';
import { summariesMiddleware } from './summaries';
import { DB_NAME } from './stored-version';

/** Small key/value records: the evaluator's name and organisation, preferences. */
export type Setting = { key: string; value: unknown };

/** The data layer's own records (never backed up): e.g. the version of the derived tables. */
export type Meta = { key: string; value: unknown };

export { DB_NAME };

/**
 * The one database. Versions are append-only (./migrations): a version that
 * changes the shape of data gets an `upgrade()` and is never edited once shipped.
 */
export class JalonDb extends Dexie {
  people!: EntityTable<Person, 'id'>;
  reviews!: EntityTable<Review, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  /** One light row per review (status, gaps): what lists and overviews read instead of the reviews. */
  reviewSummaries!: EntityTable<ReviewSummary, 'id'>;
  /** One light row per person (the facts of their reviews): what the team overview reads. */
  personSummaries!: EntityTable<PersonSummary, 'personId'>;
  /** The data layer's own records (schema v4). */
  meta!: EntityTable<Meta, 'key'>;
  /** The seal log (schema v5): one entry per finalisation, append-only (./seal-log.ts, ./review-lock.ts). */
  sealLog!: EntityTable<SealLogEntry, 'seq'>;
  /** The observation journal: dated notes about a person (schema v6). */
  journalNotes!: EntityTable<JournalNote, 'id'>;
  /** Development plans: actions drawn from a review's gaps, followed in the next cycle (schema v6). */
  planActions!: EntityTable<PlanAction, 'id'>;

  constructor(name: string = DB_NAME) {
    super(name);
    // Every schema version, each frozen in its own file: see ./migrations/README.md.
    declareSchema(this);
    this.use(reviewLockMiddleware);
    // Every write to reviews also writes their summaries (./summaries.ts).
    this.use(summariesMiddleware);
    // Every row read is normalised; an unreadable one is reported, never handed to a screen (./normalise-reads.ts).
    this.use(normaliseReadsMiddleware);
  }
}

export { SCHEMA_VERSION } from './migrations';

export const db = new JalonDb();
