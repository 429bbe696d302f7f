import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Person } from '../../../shared/people/person';
import type { Review } from '../../../shared/reviews/review';
import { JalonDb } from './db';
import { deletePersonEverywhere } from './deletion-repo';
import { ReviewLockedError } from './review-lock';
import { addMarie, finalisedReview, openCycle } from '../testing/review-fixtures';
import { handOverReview, saveReviewContent } from './reviews-repo';

let db: JalonDb;
let counter = 0;
let personId: string;
let reviewId: string;
let draftId: string;

/** A person with one finalised review (cycle 0) and one draft (cycle 1). */
beforeEach(async () => {
  db = new JalonDb(`lock-${++counter}`);
  await db.open();
  personId = await addMarie(db);
  reviewId = await finalisedReview(db, personId, 0);
  draftId = await openCycle(db, personId, 1);
});
afterEach(async () => {
  await db.delete();
});

const locked = async () => (await db.reviews.get(reviewId))!;
const refused = (part: string) => expect.objectContaining({ name: 'ReviewLockedError', part });

describe('the lock middleware, per DBCore mutation type', () => {
  it('put: a changed content, a status set back, a rewritten trail are refused; an allowed step passes', async () => {
    const before = await locked();
    await expect(db.reviews.put({ ...before, evaluatorComment: 'réécrit' })).rejects.toEqual(refused('content'));
    await expect(db.reviews.update(reviewId, { status: 'brouillon' })).rejects.toEqual(refused('status'));
    await expect(db.reviews.update(reviewId, { audit: [] })).rejects.toEqual(refused('audit'));
    await expect(db.reviews.where('personId').equals(personId).modify({ classId: 'A2' })).rejects.toThrow();
    await expect(db.reviews.bulkPut([{ ...before, outcome: 'insuffisant' }])).rejects.toThrow();
    expect(await locked()).toEqual(before);
    const today = new Date().toISOString().slice(0, 10);
    expect(await handOverReview(db, reviewId, today, today)).toMatchObject({ ok: true });
    expect((await locked()).status).toBe('remise');
  });

  it('add: adding over a locked review is refused (it exists), and so is a changed copy after a delete', async () => {
    const before = await locked();
    await expect(db.reviews.add({ ...before, evaluatorComment: 'réécrit' })).rejects.toThrow();
    expect(await locked()).toEqual(before);
  });

  it('delete: a finalised review cannot be deleted while its person is there, by any path', async () => {
    await expect(db.reviews.delete(reviewId)).rejects.toEqual(refused('removed'));
    await expect(db.reviews.bulkDelete([draftId, reviewId])).rejects.toEqual(refused('removed'));
    await expect(db.reviews.where('personId').equals(personId).delete()).rejects.toBeInstanceOf(ReviewLockedError);
    expect(await db.reviews.count()).toBe(2);
    // A draft may go.
    await db.reviews.delete(draftId);
    expect(await db.reviews.count()).toBe(1);
  });

  it('deleteRange: clear() and a key range over a finalised review are refused', async () => {
    await expect(db.reviews.clear()).rejects.toEqual(refused('removed'));
    await expect(db.reviews.where('id').between('', '\uffff').delete()).rejects.toBeInstanceOf(ReviewLockedError);
    expect(await db.reviews.count()).toBe(2);
  });

  it('delete then re-add a changed copy in one transaction is refused, and nothing of the transaction stays', async () => {
    const before = await locked();
    const person = (await db.people.get(personId))!;
    await expect(
      db.transaction('rw', db.people, db.reviews, async () => {
        await db.reviews.delete(reviewId);
        await db.reviews.add({ ...before, evaluatorComment: 'réécrit' });
      }),
    ).rejects.toEqual(refused('removed'));
    // Even with the person removed and put back around it.
    await expect(
      db.transaction('rw', db.people, db.reviews, async () => {
        await db.people.delete(personId);
        await db.reviews.delete(reviewId);
        await db.people.add(person);
        await db.reviews.add({ ...before, evaluatorComment: 'réécrit', contentHash: 'recomputed' } as Review);
      }),
    ).rejects.toEqual(refused('replaced'));
    await expect(
      db.transaction('rw', db.people, db.reviews, async () => {
        await db.people.clear();
        await db.reviews.clear();
        await db.people.bulkAdd([person]);
        await db.reviews.bulkPut([{ ...before, ratings: {} }]);
      }),
    ).rejects.toEqual(refused('replaced'));
    expect(await locked()).toEqual(before);
    expect(await db.people.get(personId)).toEqual(person);
  });

  it('a transaction without the people table cannot delete a finalised review', async () => {
    await expect(db.transaction('rw', db.reviews, () => db.reviews.delete(reviewId))).rejects.toEqual(refused('removed'));
    expect(await db.reviews.count()).toBe(2);
  });

  it('erasure: a finalised review goes together with its person', async () => {
    await deletePersonEverywhere(db, personId);
    expect(await db.reviews.count()).toBe(0);
    expect(await db.people.count()).toBe(0);
  });

  it('a bulk write of many reviews into a table left empty checks each against what the transaction erased', async () => {
    // More than a few reviews: the lock asks once whether the table holds any, instead of reading each (issue 14).
    const before = await locked();
    const person: Person = (await db.people.get(personId))!;
    const drafts = Array.from({ length: 80 }, (_, index) => ({ ...before, id: `draft-${index}`, cycleIndex: 10 + index, status: 'brouillon', contentHash: null, finalisedAt: null }) satisfies Review);
    await expect(
      db.transaction('rw', db.people, db.reviews, async () => {
        await db.people.clear();
        await db.reviews.clear();
        await db.people.bulkPut([person]);
        await db.reviews.bulkPut([...drafts, { ...before, evaluatorComment: 'réécrit' }]);
      }),
    ).rejects.toEqual(refused('replaced'));
    expect(await locked()).toEqual(before);
    expect(await db.reviews.count()).toBe(2);
    // Into a table that holds reviews, the same write reads them: the locked one changed is refused.
    await expect(db.reviews.bulkPut([...drafts, { ...before, evaluatorComment: 'réécrit' }])).rejects.toEqual(refused('content'));
    expect(await db.reviews.count()).toBe(2);
  });

  it('a restore that replaces everything may put the same finalised review back, unchanged', async () => {
    const before = await locked();
    const person: Person = (await db.people.get(personId))!;
    await db.transaction('rw', db.people, db.reviews, async () => {
      await db.people.clear();
      await db.reviews.clear();
      await db.people.bulkPut([person]);
      await db.reviews.bulkPut([before]);
    });
    expect(await locked()).toEqual(before);
  });
});

describe('a save reads its review once (issue 14), and the lock still sees every change', () => {
  /** Counts reads of the reviews store (IndexedDB's own get and getAll) while `run` runs. */
  async function reviewReads(run: () => Promise<unknown>): Promise<number> {
    const store = IDBObjectStore.prototype;
    const { get, getAll } = store;
    let reads = 0;
    store.get = function (this: IDBObjectStore, ...args: Parameters<typeof get>) {
      if (this.name === 'reviews') reads++;
      return get.apply(this, args);
    };
    store.getAll = function (this: IDBObjectStore, ...args: Parameters<typeof getAll>) {
      if (this.name === 'reviews') reads++;
      return getAll.apply(this, args);
    };
    try {
      await run();
    } finally {
      Object.assign(store, { get, getAll });
    }
    return reads;
  }

  it('saving a draft reads it once, not once more for the lock', async () => {
    const draft = (await db.reviews.get(draftId))!;
    expect(await reviewReads(() => saveReviewContent(db, { ...draft, evaluatorComment: 'Un commentaire.' }))).toBe(1);
    expect((await db.reviews.get(draftId))!.evaluatorComment).toBe('Un commentaire.');
  });

  it('a review finalised earlier in the same transaction is refused a later change of content', async () => {
    const draft = (await db.reviews.get(draftId))!;
    await expect(
      db.transaction('rw', db.reviews, async () => {
        const read = (await db.reviews.get(draftId))!;
        await db.reviews.put({ ...read, status: 'finalisee' });
        await db.reviews.put({ ...read, status: 'finalisee', evaluatorComment: 'réécrit après coup' });
      }),
    ).rejects.toEqual(refused('content'));
    expect(await db.reviews.get(draftId)).toEqual(draft);
  });

  it('a locked review read, changed in place by the caller and put back is refused', async () => {
    const before = await locked();
    await expect(
      db.transaction('rw', db.reviews, async () => {
        const read = (await db.reviews.get(reviewId))!;
        read.evaluatorComment = 'réécrit';
        await db.reviews.put(read);
      }),
    ).rejects.toEqual(refused('content'));
    expect(await locked()).toEqual(before);
  });

  it('a review deleted and put back in one transaction is checked again', async () => {
    const before = await locked();
    await expect(
      db.transaction('rw', db.people, db.reviews, async () => {
        await db.reviews.get(reviewId);
        await db.people.delete(personId);
        await db.reviews.delete(reviewId);
        await db.reviews.put({ ...before, evaluatorComment: 'réécrit' });
      }),
    ).rejects.toEqual(refused('replaced'));
    expect(await locked()).toEqual(before);
  });
});
