import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryMessage, sealedContentText, type SealEntry } from '../../../shared/reviews/seal';
import type { Review } from '../../../shared/reviews/review';
import { JalonDb } from './db';
import { acknowledgeReview, addReviewAddendum, closeReview, finaliseReview, handOverReview, verifyReview } from './reviews-repo';
import { KEY_DB_NAME, forgetSealKey, sha256Hex } from './seal-key';
import { verifyAllReviews } from './integrity-report';
import { addMarie, completeReview, openCycle } from '../testing/review-fixtures';

let db: JalonDb;
let counter = 0;
let id: string;
const today = new Date().toISOString().slice(0, 10);

/** A review taken through every step: finalised, handed over, acknowledged with a comment, amended, closed. */
beforeEach(async () => {
  db = new JalonDb(`seal-${++counter}`);
  await db.open();
  id = await openCycle(db, await addMarie(db), 0);
  await completeReview(db, id);
  for (const step of [
    () => finaliseReview(db, id),
    () => handOverReview(db, id, today, today),
    () => acknowledgeReview(db, id, today, 'Pas d’accord sur la cotation.', today),
    () => addReviewAddendum(db, id, { date: today, reason: 'Coquille', text: 'Lire « mars ».' }),
    () => closeReview(db, id),
  ]) {
    expect(await step()).toMatchObject({ ok: true });
  }
});
afterEach(async () => {
  await db.delete();
});

/** Writes around the app (as another program could): the lock middleware is bypassed on purpose. */
async function tamper(change: (review: Review) => Review): Promise<void> {
  const stored = (await db.reviews.get(id))!;
  await new Promise<void>((resolve, reject) => {
    const transaction = db.backendDB().transaction('reviews', 'readwrite');
    transaction.objectStore('reviews').put(change(structuredClone(stored)));
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
}

/** Rewrites one chain entry and re-links and re-hashes everything after it (plain SHA-256, as anyone can). */
async function rehashed(chain: SealEntry[]): Promise<SealEntry[]> {
  const out: SealEntry[] = [];
  for (const entry of chain) {
    const body = { ...entry, prev: out.at(-1)?.hash ?? null };
    out.push({ ...body, hash: await sha256Hex(entryMessage(body)) });
  }
  return out;
}

describe('the seal of a finalised review', () => {
  it('covers every step: intact after finalisation, hand-over, acknowledgement, addendum and closure', async () => {
    const stored = (await db.reviews.get(id))!;
    expect(stored.seal?.chain.map((entry) => entry.kind)).toEqual(['finalisee', 'remise', 'signee', 'addendum', 'cloturee']);
    stored.seal!.chain.forEach((entry, index) => expect(entry.prev).toBe(index === 0 ? null : stored.seal!.chain[index - 1]!.hash));
    expect(stored.contentHash).toBe(await sha256Hex(sealedContentText(stored)));
    expect(await verifyReview(db, id)).toEqual({ status: 'intact', hash: stored.contentHash, sealed: true });
  });

  it.each([
    ['content', (review: Review) => ({ ...review, evaluatorComment: 'ajouté en douce' })],
    ['content', (review: Review) => ({ ...review, profile: review.profile.slice(1) })],
    ['content', (review: Review) => ({ ...review, interviewDate: '2026-01-05' }) as Review],
    ['hand-over-date', (review: Review) => ({ ...review, handedOverOn: '2020-01-01' })],
    ['acknowledgement-date', (review: Review) => ({ ...review, acknowledgedOn: '2020-01-02' })],
    ['comment', (review: Review) => ({ ...review, employeeComment: 'D’accord.' })],
    ['addenda', (review: Review) => ({ ...review, addenda: [] })],
    ['addenda', (review: Review) => ({ ...review, addenda: [{ ...review.addenda[0]!, text: 'Autre chose.' }] })],
    ['trail', (review: Review) => ({ ...review, audit: review.audit.slice(0, -1) })],
    ['status', (review: Review) => ({ ...review, status: 'signee' as const })],
  ])('names the part changed outside Jalon: %s', async (part, change) => {
    await tamper(change);
    const check = await verifyReview(db, id);
    expect(check.status).toBe('changed');
    expect(check).toMatchObject({ parts: expect.arrayContaining([part]) });
  });

  it('a status set back to brouillon still shows (the seal stays with the review)', async () => {
    await tamper((review) => ({ ...review, status: 'brouillon' }));
    expect(await verifyReview(db, id)).toMatchObject({ status: 'changed', parts: expect.arrayContaining(['status']) });
  });

  it('a recomputed SHA-256 does not pass: the chain entry’s HMAC needs the installation key', async () => {
    const stored = (await db.reviews.get(id))!;
    const changed: Review = { ...stored, evaluatorComment: 'réécrit' };
    const contentHash = await sha256Hex(sealedContentText(changed));
    const chain = await rehashed(stored.seal!.chain.map((entry, index) => (index === 0 ? { ...entry, facts: { ...entry.facts, contentHash } } : entry)));
    await tamper(() => ({ ...changed, contentHash, seal: { version: 2, chain } }));
    expect(await verifyReview(db, id)).toMatchObject({ status: 'changed', parts: ['trail'] });
  });

  it('a changed hand-over date written into the chain too (re-hashed) is caught by the HMAC', async () => {
    const stored = (await db.reviews.get(id))!;
    const chain = await rehashed(stored.seal!.chain.map((entry) => (entry.kind === 'remise' ? { ...entry, facts: { handedOverOn: '2020-01-01' } } : entry)));
    await tamper((review) => ({
      ...review,
      handedOverOn: '2020-01-01',
      audit: review.audit.map((line) => (line.status === 'remise' ? { ...line, date: '2020-01-01' } : line)),
      seal: { version: 2, chain },
    }));
    expect(await verifyReview(db, id)).toMatchObject({ status: 'changed', parts: ['trail'] });
  });

  it('another installation’s key (a new key database) does not verify the chain', async () => {
    db.close();
    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(KEY_DB_NAME);
      request.onsuccess = () => resolve();
    });
    forgetSealKey();
    await db.open();
    expect(await verifyReview(db, id)).toMatchObject({ status: 'changed', parts: ['trail'] });
  });

  it('verify all: reports every finalised review, naming the person, the cycle and what changed, and a review set back to brouillon', async () => {
    expect(await verifyAllReviews(db)).toEqual({ checked: 1, intact: 1, unsealed: 0, changed: [], unverifiable: [] });
    await tamper((review) => ({ ...review, employeeComment: 'D’accord.' }));
    const report = await verifyAllReviews(db);
    expect(report).toMatchObject({ checked: 1, intact: 0, changed: [{ reviewId: id, personName: 'Marie Dupont', cycleStart: '2024-01-01', check: { status: 'changed', parts: ['comment'] } }] });
    await tamper((review) => ({ ...review, status: 'brouillon' }));
    expect((await verifyAllReviews(db)).changed[0]?.check).toMatchObject({ status: 'changed', parts: expect.arrayContaining(['status', 'comment']) });
  });
});
