import Dexie, { type EntityTable } from 'dexie';
import type { Person } from '../../../shared/people/person';
import { withReviewDefaults, type Review } from '../../../shared/reviews/review';
import { summarise, type ReviewSummary } from '../../../shared/reviews/summary';
import { personSummaries, type PersonSummary } from '../../../shared/team';
import { reviewLockMiddleware } from './review-lock';

/** Small key/value records: the evaluator's name and organisation, preferences. */
export type Setting = { key: string; value: unknown };

export const DB_NAME = 'jalon';

/**
 * The one database. Versions are append-only: a version that changes the
 * shape of data gets an `upgrade()` and is never edited once shipped.
 */
export class JalonDb extends Dexie {
  people!: EntityTable<Person, 'id'>;
  reviews!: EntityTable<Review, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  /** One light row per review (status, gaps): what lists and overviews read instead of the reviews. */
  reviewSummaries!: EntityTable<ReviewSummary, 'id'>;
  /** One light row per person (the facts of their reviews): what the team overview reads. */
  personSummaries!: EntityTable<PersonSummary, 'personId'>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores({
      people: 'id, name, staffNumber',
      reviews: 'id, personId, &[personId+cycleIndex], status, updatedAt',
      settings: 'key',
    });
    // v2: the workflow fields of reviews (audit trail, hash, hand-over, addenda) and review
    // summaries, built from the reviews already stored. Nothing is removed or rewritten.
    this.version(2)
      .stores({ reviewSummaries: 'id, personId, cycleEnd' })
      .upgrade(async (transaction) => {
        const reviews = ((await transaction.table('reviews').toArray()) as Review[]).map(withReviewDefaults);
        await transaction.table('reviews').bulkPut(reviews);
        await transaction.table('reviewSummaries').bulkPut(reviews.map(summarise));
      });
    // v3: person summaries, so that opening the team reads one light row per person.
    this.version(3)
      .stores({ personSummaries: 'personId' })
      .upgrade(async (transaction) => {
        const summaries = (await transaction.table('reviewSummaries').toArray()) as ReviewSummary[];
        await transaction.table('personSummaries').bulkPut(personSummaries(summaries));
      });
    this.use(reviewLockMiddleware);
  }
}

/** The current schema version (Dexie's own number, as `db.verno`). */
export const SCHEMA_VERSION = 3;

export const db = new JalonDb();
