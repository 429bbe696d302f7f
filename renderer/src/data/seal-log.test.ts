import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sealLogMessage } from '../../../shared/reviews/seal-log';
import { sealedContentText } from '../../../shared/reviews/seal';
import type { Review } from '../../../shared/reviews/review';
import { JalonDb } from './db';
import { deletePersonEverywhere } from './deletion-repo';
import { verifyAllReviews } from './integrity-report';
import { ensureSealLog } from './seal-log';
import { macHolds, sha256Hex } from './seal-key';
import { addMarie, finalisedReview as finalisedReviewOf } from '../testing/review-fixtures';

let db: JalonDb;
let counter = 0;
let personId: string;
let id: string;

/** A cycle's review of Marie, complete and finalised. */
const finalisedReview = (cycleIndex: number) => finalisedReviewOf(db, personId, cycleIndex);

beforeEach(async () => {
  db = new JalonDb(`seal-log-${++counter}`);
  await db.open();
  await ensureSealLog(db);
  personId = await addMarie(db);
  id = await finalisedReview(0);
});
afterEach(async () => {
  await db.delete();
});

/** Writes around the app (as another program could): the lock middleware is bypassed on purpose. */
async function raw(store: string, work: (objectStore: IDBObjectStore) => void): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const transaction = db.backendDB().transaction(store, 'readwrite');
    work(transaction.objectStore(store));
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
}

const line = (parts: string[], extra: object = {}) =>
  expect.objectContaining({ reviewId: id, personName: 'Marie Dupont', cycleStart: '2024-01-01', cycleEnd: '2024-12-31', check: expect.objectContaining({ status: 'changed', parts }), ...extra });

describe('the seal log', () => {
  it('gets one entry at finalisation, with the review, person, cycle, content hash and an HMAC that holds', async () => {
    const review = (await db.reviews.get(id))!;
    const entries = await db.sealLog.toArray();
    expect(entries).toEqual([
      expect.objectContaining({ kind: 'finalisee', reviewId: id, personId, cycleIndex: 0, cycleStart: '2024-01-01', cycleEnd: '2024-12-31', contentHash: review.contentHash, at: review.finalisedAt }),
    ]);
    expect(await macHolds(sealLogMessage(entries[0]!), entries[0]!.mac)).toBe(true);
    expect(await verifyAllReviews(db)).toEqual({ checked: 1, intact: 1, unsealed: 0, changed: [], unverifiable: [] });
  });

  it('names a finalised review deleted outside Jalon, with its person and cycle', async () => {
    await raw('reviews', (store) => store.delete(id));
    const report = await verifyAllReviews(db);
    expect(report.changed).toEqual([line(['removed'], { removed: true })]);
    expect(report.intact).toBe(0);
  });

  it('names a review set back to brouillon with its hash and seal stripped (nothing of the seal left on the review)', async () => {
    await raw('reviews', (store) => {
      const request = store.get(id);
      request.onsuccess = () => {
        const { seal: _seal, ...review } = request.result as Review;
        store.put({ ...review, status: 'brouillon', contentHash: null, finalisedAt: null });
      };
    });
    expect((await verifyAllReviews(db)).changed).toEqual([line(['content', 'status'])]);
  });

  it('names a review rewritten with a recomputed hash and no seal chain (as if finalised before seals)', async () => {
    await raw('reviews', (store) => {
      const request = store.get(id);
      request.onsuccess = async () => {
        const { seal: _seal, ...review } = request.result as Review;
        void _seal;
        store.put({ ...review, evaluatorComment: 'réécrit' });
      };
    });
    const stored = (await db.reviews.get(id))!;
    const contentHash = await sha256Hex(sealedContentText(stored));
    await raw('reviews', (store) => store.put({ ...stored, contentHash }));
    expect((await verifyAllReviews(db)).changed).toEqual([line(expect.arrayContaining(['content']))]);
  });

  it('names a finalised review written outside Jalon (never logged)', async () => {
    await raw('sealLog', (store) => store.clear());
    expect((await verifyAllReviews(db)).changed).toEqual([line(['unlogged'])]);
  });

  it('names a log entry altered outside Jalon', async () => {
    const [entry] = await db.sealLog.toArray();
    await raw('sealLog', (store) => store.put({ ...entry!, at: '2020-01-01T00:00:00.000Z' }));
    expect((await verifyAllReviews(db)).changed).toEqual([line(['seal-log'])]);
  });

  it('is append-only through the app: no update, no delete, no clear while the person is there', async () => {
    const [entry] = await db.sealLog.toArray();
    await expect(db.sealLog.put({ ...entry!, contentHash: 'f'.repeat(64) })).rejects.toMatchObject({ name: 'SealLogLockedError' });
    await expect(db.sealLog.update(entry!.seq!, { at: 'x' })).rejects.toMatchObject({ name: 'SealLogLockedError' });
    await expect(db.sealLog.delete(entry!.seq!)).rejects.toMatchObject({ name: 'SealLogLockedError' });
    await expect(db.sealLog.clear()).rejects.toMatchObject({ name: 'SealLogLockedError' });
    await expect(db.sealLog.where('personId').equals(personId).delete()).rejects.toMatchObject({ name: 'SealLogLockedError' });
    await expect(db.transaction('rw', db.sealLog, () => db.sealLog.delete(entry!.seq!))).rejects.toMatchObject({ name: 'SealLogLockedError' });
    expect(await db.sealLog.toArray()).toEqual([entry]);
  });

  it('loses its entries only with the person (erasure)', async () => {
    await finalisedReview(1);
    expect(await db.sealLog.count()).toBe(2);
    await deletePersonEverywhere(db, personId);
    expect(await db.sealLog.count()).toBe(0);
    expect(await verifyAllReviews(db)).toEqual({ checked: 0, intact: 0, unsealed: 0, changed: [], unverifiable: [] });
  });

  it('enters once, after the upgrade, the reviews finalised before it existed whose seal holds, and not a broken one', async () => {
    const second = await finalisedReview(1);
    await raw('sealLog', (store) => store.clear());
    await raw('meta', (store) => store.delete('seal-log'));
    const stored = (await db.reviews.get(second))!;
    await raw('reviews', (store) => store.put({ ...stored, evaluatorComment: 'changé' }));
    await ensureSealLog(db);
    expect((await db.sealLog.toArray()).map((entry) => [entry.reviewId, entry.kind])).toEqual([[id, 'inscrite']]);
    const report = await verifyAllReviews(db);
    expect(report.intact).toBe(1);
    expect(report.changed.map((changed) => [changed.reviewId, changed.check.status === 'changed' && changed.check.parts])).toEqual([[second, ['content', 'unlogged']]]);
  });
});
