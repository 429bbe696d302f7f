import Dexie, { type EntityTable } from 'dexie';
import type { Person } from '../../../shared/people/person';
import type { Review } from '../../../shared/reviews/review';
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

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores({
      people: 'id, name, staffNumber',
      reviews: 'id, personId, &[personId+cycleIndex], status, updatedAt',
      settings: 'key',
    });
    this.use(reviewLockMiddleware);
  }
}

export const db = new JalonDb();
