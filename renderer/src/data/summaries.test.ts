import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seededRandom } from '../../../shared/example/generate';
import type { PersonDraft } from '../../../shared/people/person';
import { ok } from '../../../shared/result';
import { setObserved } from '../../../shared/reviews/edits';
import type { ObservedRating } from '../../../shared/reviews/review';
import { summarise } from '../../../shared/reviews/summary';
import { createBackup, restoreFromFile } from './backup/backup';
import { JalonDb } from './db';
import { deletePersonEverywhere } from './deletion-repo';
import { bulkLoad } from './example-repo';
import { openDatabase, type DatabaseEvents } from './open-database';
import { changeClass, createPerson } from './people-repo';
import { finaliseReview, saveReviewContent, setReadiness, startReview } from './reviews-repo';
import { DERIVED_VERSION, staleDerived } from './summaries';
import { generateTeam } from '../../../shared/example/generate';

let db: JalonDb;
let counter = 0;
beforeEach(async () => {
  db = new JalonDb(`summaries-${++counter}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const events: DatabaseEvents = { onVersionChange: () => undefined, onBlocked: () => undefined, keepSafetyBackup: async () => ok(null), appVersion: 'test' };

function draft(index: number, classId: string): PersonDraft {
  return {
    name: `Personne ${index}`,
    staffNumber: `N${index}`,
    classId,
    classFrom: '2020-01-01',
    employment: 'statutaire',
    limitedLeadership: false,
    service: '',
    notes: '',
    cycleStart: '2022-01-01',
  };
}

const RATINGS: ObservedRating[] = [{ kind: 'below' }, { kind: 'level', level: 1 }, { kind: 'level', level: 2 }, { kind: 'level', level: 3 }, { kind: 'not-observed', reason: 'absence' }];

/**
 * Random sequences of what users do (create, start and rate a review, make it
 * ready, finalise, back up and restore or merge, delete, promote); after every
 * step, the stored summaries must equal a recompute from the reviews.
 */
describe('derived data follow every write', () => {
  it.each([1, 2, 3, 4, 5, 6])('stays equal to a recompute along a random sequence of operations (seed %i)', { timeout: 60_000 }, async (seed) => {
    const random = seededRandom(seed);
    const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
    const backups: Uint8Array[] = [];
    const done: string[] = [];
    for (let step = 0; step < 40; step++) {
      const people = await db.people.toArray();
      const reviews = await db.reviews.toArray();
      const person = pick(people);
      const review = pick(reviews);
      const operation = pick(['create', 'start', 'start', 'rate', 'rate', 'rate', 'complete', 'ready', 'finalise', 'backup', 'restore', 'merge', 'delete', 'promote'] as const)!;
      switch (operation) {
        case 'create':
          await createPerson(db, draft(step, pick(['C', 'B', 'A1'])!));
          break;
        case 'start':
          if (person) await startReview(db, person.id, Math.floor(random() * 4), '2026-11-26');
          break;
        case 'rate':
        case 'complete':
          if (review) {
            let next = review;
            const entries = operation === 'complete' ? review.profile : [pick(review.profile)!];
            // A fresh object each time, as the screen makes: one object shared by two ratings would be exported as a reference.
            for (const entry of entries) next = setObserved(next, entry.id, structuredClone(pick(RATINGS)!));
            {
              const saved = await saveReviewContent(db, next);
              if (!saved.ok) expect(saved.error.code).toBe('review-locked');
            }
          }
          break;
        case 'ready':
          if (review) await setReadiness(db, review.id, true);
          break;
        case 'finalise':
          if (review) await finaliseReview(db, review.id);
          break;
        case 'backup':
          backups.push(await createBackup(db, { passphrase: null, appVersion: 'test' }));
          break;
        case 'restore':
        case 'merge': {
          const file = pick(backups);
          if (file) expect(await restoreFromFile(db, file, null, operation === 'restore' ? 'replace' : 'merge')).toMatchObject({ ok: true });
          break;
        }
        case 'delete':
          if (person) await deletePersonEverywhere(db, person.id);
          break;
        case 'promote':
          if (person) await changeClass(db, person.id, { classId: 'A2', from: '2026-01-01' });
          break;
      }
      done.push(operation);
      expect(await staleDerived(db), `after ${done.join(', ')}`).toEqual({ reviews: [], people: [] });
    }
    // The sequence did write summaries, not only compare two empty tables.
    expect(done.length).toBe(40);
  });

  it('follows a bare write to reviews too, outside any repository or transaction', async () => {
    const team = generateTeam({ size: 3, seed: 9, today: '2026-11-26', years: 2, evidenceSentences: 1 });
    await bulkLoad(db, team.people, team.reviews);
    const review = (await db.reviews.toArray()).find((candidate) => !candidate.contentHash)!;
    await db.reviews.put({ ...review, ratings: {} });
    expect(await db.reviewSummaries.get(review.id)).toEqual(summarise({ ...review, ratings: {} }));
    await db.reviews.delete(review.id);
    expect(await db.reviewSummaries.get(review.id)).toBeUndefined();
    expect(await staleDerived(db)).toEqual({ reviews: [], people: [] });
    // Finalised reviews go only with their people (the lock middleware).
    await db.transaction('rw', db.people, db.reviews, async () => {
      await db.people.clear();
      await db.reviews.clear();
    });
    expect(await db.reviewSummaries.count()).toBe(0);
    expect(await db.personSummaries.count()).toBe(0);
  });
});

describe('the derived-data version', () => {
  async function damageSummaries(database: JalonDb) {
    const [summary] = await database.reviewSummaries.toArray();
    await database.reviewSummaries.put({ ...summary!, belowCount: 99 });
    await database.personSummaries.put({ personId: 'ghost', facts: '0,0,,0,0' });
  }

  it('rebuilds the derived tables when the stored version differs from the code’s', async () => {
    const team = generateTeam({ size: 4, seed: 5, today: '2026-11-26', years: 3, evidenceSentences: 1 });
    await bulkLoad(db, team.people, team.reviews);
    await damageSummaries(db);
    await db.meta.put({ key: 'derived-version', value: DERIVED_VERSION - 1 });
    expect((await staleDerived(db)).people).toEqual(['ghost']);
    db.close();

    const reopened = new JalonDb(db.name);
    expect(await openDatabase(reopened, events)).toEqual({ ok: true, value: { upgradedFrom: null } });
    expect(await staleDerived(reopened)).toEqual({ reviews: [], people: [] });
    expect(await reopened.meta.get('derived-version')).toEqual({ key: 'derived-version', value: DERIVED_VERSION });
    reopened.close();
  });

  it('leaves them alone when the version matches (no rebuild on every launch)', async () => {
    const team = generateTeam({ size: 2, seed: 6, today: '2026-11-26', years: 2, evidenceSentences: 1 });
    await bulkLoad(db, team.people, team.reviews);
    await db.meta.put({ key: 'derived-version', value: DERIVED_VERSION });
    await damageSummaries(db);
    db.close();
    const reopened = new JalonDb(db.name);
    await openDatabase(reopened, events);
    expect((await staleDerived(reopened)).people).toEqual(['ghost']);
    reopened.close();
  });
});

describe('one review saved (every keystroke that rates): its requests go together (issue 14)', () => {
  /** What IndexedDB is asked, and when the review's put answers, in order, while `run` runs. */
  async function sequence(run: () => Promise<unknown>): Promise<string[]> {
    const events: string[] = [];
    const store = IDBObjectStore.prototype;
    const index = IDBIndex.prototype;
    const { put, get } = store;
    const { getAll, openCursor } = index;
    store.get = function (this: IDBObjectStore, ...args: Parameters<typeof get>) {
      events.push(`get ${this.name}`);
      return get.apply(this, args);
    };
    store.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      events.push(`put ${this.name}`);
      const request = put.apply(this, args);
      if (this.name === 'reviews') request.addEventListener('success', () => events.push('reviews answered'));
      return request;
    };
    index.getAll = function (this: IDBIndex, ...args: Parameters<typeof getAll>) {
      events.push(`read ${this.objectStore.name}`);
      return getAll.apply(this, args);
    };
    index.openCursor = function (this: IDBIndex, ...args: Parameters<typeof openCursor>) {
      events.push(`read ${this.objectStore.name}`);
      return openCursor.apply(this, args);
    };
    try {
      await run();
    } finally {
      Object.assign(store, { put, get });
      Object.assign(index, { getAll, openCursor });
    }
    return events;
  }

  async function aDraft() {
    const team = generateTeam({ size: 2, seed: 4, today: '2026-11-26', years: 2, evidenceSentences: 1 });
    await bulkLoad(db, team.people, team.reviews);
    const reviews = await db.reviews.toArray();
    return { draft: reviews.find((review) => !review.contentHash)!, locked: reviews.find((review) => review.contentHash)!, reviews };
  }

  it('asks for its summary as it was, the review, its summary and its person’s summaries before the review’s put answers', async () => {
    const { draft } = await aDraft();
    const entry = draft.profile[0]!;
    const events = await sequence(() => saveReviewContent(db, setObserved(draft, entry.id, { kind: 'level', level: 1 })));
    const answered = events.indexOf('reviews answered');
    expect(answered).toBeGreaterThan(0);
    // The first is saveReviewContent's own read of the review, in its transaction (the lock then reads nothing again).
    expect(events.slice(0, answered)).toEqual(['get reviews', 'get reviewSummaries', 'put reviews', 'put reviewSummaries', 'read reviewSummaries']);
    expect(events.slice(answered + 1)).toEqual(['put personSummaries']);
    expect(await staleDerived(db)).toEqual({ reviews: [], people: [] });
  });

  it('a refusal caught inside the caller’s transaction leaves summaries true to what is stored', async () => {
    const { locked } = await aDraft();
    const summary = await db.reviewSummaries.get(locked.id);
    await db.transaction('rw', db.reviews, async () => {
      await expect(db.reviews.put({ ...locked, ratings: {} })).rejects.toThrow(/locked/);
    });
    expect(await db.reviews.get(locked.id)).toEqual(locked);
    expect(await db.reviewSummaries.get(locked.id)).toEqual(summary);
    expect(await staleDerived(db)).toEqual({ reviews: [], people: [] });
  });

  it('a put that IndexedDB refuses (a second review of the same cycle) writes no summary', async () => {
    const { draft } = await aDraft();
    const twin = { ...draft, id: 'twin-of-a-draft', ratings: {} };
    await expect(db.reviews.put(twin)).rejects.toThrow();
    expect(await db.reviews.get(twin.id)).toBeUndefined();
    expect(await db.reviewSummaries.get(twin.id)).toBeUndefined();
    expect(await staleDerived(db)).toEqual({ reviews: [], people: [] });
  });
});

describe('a bulk write (issue 14)', () => {
  it('into empty tables, derives each person’s summary from the rows written; into filled ones, from all their rows', async () => {
    const team = generateTeam({ size: 16, seed: 11, today: '2026-11-26', years: 10, evidenceSentences: 1 });
    // Each person's older half first (into empty tables), then the rest (into tables that hold the first half).
    const older = team.reviews.filter((review) => review.cycleIndex < 5);
    const newer = team.reviews.filter((review) => review.cycleIndex >= 5);
    expect(Math.min(older.length, newer.length)).toBeGreaterThan(64);
    await bulkLoad(db, team.people, older);
    expect(await staleDerived(db)).toEqual({ reviews: [], people: [] });
    expect(await db.personSummaries.count()).toBe(new Set(older.map((review) => review.personId)).size);
    await db.reviews.bulkPut(newer);
    expect(await staleDerived(db)).toEqual({ reviews: [], people: [] });
    expect(await db.reviewSummaries.count()).toBe(team.reviews.length);
  });
});

describe('a review moved to another person', () => {
  async function twoPeople() {
    const team = generateTeam({ size: 3, seed: 7, today: '2026-11-26', years: 2, evidenceSentences: 1 });
    await bulkLoad(db, team.people, team.reviews);
    const reviews = await db.reviews.toArray();
    const moved = reviews.find((review) => !review.contentHash)!;
    const other = team.people.find((person) => person.id !== moved.personId)!;
    // The other person's cycle for the moved review is free: their own review of that cycle goes first.
    await db.reviews.bulkDelete(reviews.filter((review) => review.personId === other.id && review.cycleIndex === moved.cycleIndex && !review.contentHash).map((review) => review.id));
    return { moved, from: moved.personId, to: other.id };
  }

  it('leaves the first person’s row too, saved alone (the editor’s path)', async () => {
    const { moved, from, to } = await twoPeople();
    await db.reviews.put({ ...moved, personId: to });
    expect(await staleDerived(db)).toEqual({ reviews: [], people: [] });
    expect((await db.personSummaries.get(from))?.facts ?? '').not.toContain(`${moved.cycleIndex},`);
  });

  it('leaves the first person’s row too, saved with others (a bulk write)', async () => {
    const { moved, to } = await twoPeople();
    const another = (await db.reviews.toArray()).find((review) => review.id !== moved.id && !review.contentHash)!;
    await db.reviews.bulkPut([{ ...moved, personId: to }, another]);
    expect(await staleDerived(db)).toEqual({ reviews: [], people: [] });
  });
});
