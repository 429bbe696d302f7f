import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PersonDraft } from '../../../shared/people/person';
import { JalonDb } from './db';
import { changeClass, createPerson, setArchived, updatePerson } from './people-repo';
import { saveProfile } from './settings-repo';
import {
  acknowledgeReview,
  addReviewAddendum,
  closeReview,
  finaliseReview,
  handOverReview,
  saveReviewContent,
  setReadiness,
  startReview,
  verifyReview,
} from './reviews-repo';
import { MARIE } from '../testing/review-fixtures';

const draft: PersonDraft = { ...MARIE, service: 'Recouvrement' };

let db: JalonDb;
let counter = 0;
beforeEach(async () => {
  db = new JalonDb(`test-${++counter}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

async function person(overrides: Partial<PersonDraft> = {}): Promise<string> {
  const result = await createPerson(db, { ...draft, ...overrides });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('people', () => {
  it('stores a person with a first class period, and refuses a duplicate staff number without writing', async () => {
    const id = await person();
    expect(await db.people.get(id)).toMatchObject({ name: 'Marie Dupont', classHistory: [{ classId: 'C', from: '2020-01-01' }], archived: false });
    const duplicate = await createPerson(db, { ...draft, name: 'Autre', staffNumber: 'ab123' });
    expect(duplicate).toEqual({ ok: false, error: { code: 'invalid-fields', fields: [{ field: 'staffNumber', code: 'duplicate' }] } });
    expect(await db.people.count()).toBe(1);
  });

  it('edits details without touching the class history', async () => {
    const id = await person();
    expect(await updatePerson(db, id, { ...draft, name: 'Marie Dupont-Leroy', classId: 'A2' })).toEqual({ ok: true, value: id });
    expect(await db.people.get(id)).toMatchObject({ name: 'Marie Dupont-Leroy', classHistory: [{ classId: 'C' }] });
    expect(await updatePerson(db, id, { ...draft, name: '' })).toMatchObject({ ok: false });
    expect((await db.people.get(id))!.name).toBe('Marie Dupont-Leroy');
  });

  it('says a person removed meanwhile is gone, with a code, instead of throwing', async () => {
    expect(await updatePerson(db, 'absent', draft)).toEqual({ ok: false, error: { code: 'person-not-found' } });
    expect(await changeClass(db, 'absent', { classId: 'B', from: '2025-06-01' })).toEqual({ ok: false, error: { code: 'person-not-found' } });
  });

  it('adds a promotion to the history, and refuses one dated before the last change', async () => {
    const id = await person();
    expect(await changeClass(db, id, { classId: 'B', from: '2025-06-01' })).toEqual({ ok: true, value: id });
    expect(await changeClass(db, id, { classId: 'A1', from: '2025-01-01' })).toMatchObject({ ok: false });
    expect((await db.people.get(id))!.classHistory).toEqual([
      { classId: 'C', from: '2020-01-01' },
      { classId: 'B', from: '2025-06-01' },
    ]);
  });

  it('archives and restores', async () => {
    const id = await person();
    await setArchived(db, id, true);
    expect((await db.people.get(id))!.archived).toBe(true);
    await setArchived(db, id, false);
    expect((await db.people.get(id))!.archived).toBe(false);
  });
});

describe('reviews', () => {
  it('creates one review per cycle, snapshotting the class, and returns the same one after', async () => {
    const id = await person();
    const first = await startReview(db, id, 0, '2024-12-15');
    const again = await startReview(db, id, 0, '2024-12-15');
    expect(first).toEqual(again);
    if (!first.ok) throw new Error('not created');
    expect(await db.reviews.get(first.value)).toMatchObject({ classId: 'C', status: 'brouillon', cycleStart: '2024-01-01', cycleEnd: '2024-12-31' });
    expect(await db.reviews.count()).toBe(1);
  });

  it('keeps C expectations in an old review after a promotion to B; a new review expects B', async () => {
    const id = await person();
    const old = await startReview(db, id, 0, '2024-12-15');
    await changeClass(db, id, { classId: 'B', from: '2025-03-01' });
    const next = await startReview(db, id, 1, '2025-12-15');
    if (!old.ok || !next.ok) throw new Error('not created');
    const [oldReview, newReview] = [await db.reviews.get(old.value), await db.reviews.get(next.value)];
    expect(oldReview!.classId).toBe('C');
    expect(oldReview!.profile.find((entry) => entry.id === 'penser-critique')!.expectedLevel).toBe(1);
    expect(newReview!.classId).toBe('B');
    expect(newReview!.profile.find((entry) => entry.id === 'penser-critique')!.expectedLevel).toBe(2);
  });

  it('carries last cycle’s planned objectives into the bilan', async () => {
    const id = await person();
    const first = await startReview(db, id, 0, '2024-12-15');
    if (!first.ok) throw new Error();
    const review = (await db.reviews.get(first.value))!;
    await saveReviewContent(db, { ...review, nextObjectives: [{ id: 'o1', description: 'Former un collègue', indicator: '', dueDate: '2025-06-30' }] });
    const second = await startReview(db, id, 1, '2025-12-15');
    if (!second.ok) throw new Error();
    expect((await db.reviews.get(second.value))!.objectives).toEqual([{ id: 'o1', description: 'Former un collègue', result: null, comment: '' }]);
  });

  it('saves content but never the snapshot, and stores text exactly as typed', async () => {
    const id = await person();
    const started = await startReview(db, id, 0, '2024-12-15');
    if (!started.ok) throw new Error();
    const review = (await db.reviews.get(started.value))!;
    const evidence = `<script>alert(1)</script> Zoë 🌟 « citation »\n${'x'.repeat(100_000)}`;
    await saveReviewContent(db, {
      ...review,
      classId: 'A2',
      profile: [],
      status: 'finalisee',
      ratings: { communiquer: { observed: { kind: 'level', level: 2 }, evidence } },
    });
    const stored = (await db.reviews.get(started.value))!;
    expect(stored.classId).toBe('C');
    expect(stored.profile).toHaveLength(12);
    expect(stored.status).toBe('brouillon');
    expect(stored.ratings.communiquer!.evidence).toBe(evidence);
  });

  it('records the evaluator of Paramètres in a new review; a later change of Paramètres leaves it as it was', async () => {
    await saveProfile({ evaluatorName: 'Sophie Lemaire', evaluatorRole: 'Cheffe de service', evaluatorCapacity: 'chef-fonctionnel', organisation: 'SPF', service: '' }, db);
    const id = await person();
    const started = await startReview(db, id, 0, '2024-12-15');
    if (!started.ok) throw new Error();
    await saveProfile({ evaluatorName: 'Marc Dubois', evaluatorRole: '', evaluatorCapacity: 'superieur-hierarchique', organisation: 'SPF', service: '' }, db);
    expect((await db.reviews.get(started.value))!).toMatchObject({
      evaluator: { name: 'Sophie Lemaire', role: 'Cheffe de service', capacity: 'chef-fonctionnel' },
      secondEvaluator: { name: '', role: '' },
      interviewDate: null,
    });
  });

  it('refuses "prête" while something is missing, and accepts it once complete', async () => {
    const id = await person();
    const started = await startReview(db, id, 0, '2024-12-15');
    if (!started.ok) throw new Error();
    const refused = await setReadiness(db, started.value, true);
    expect(refused).toMatchObject({ ok: false, error: { code: 'missing' } });
    expect((await db.reviews.get(started.value))!.status).toBe('brouillon');
    const review = (await db.reviews.get(started.value))!;
    for (const entry of review.profile) {
      if (entry.expectedLevel !== null) review.ratings[entry.id] = { observed: { kind: 'level', level: entry.expectedLevel }, evidence: '' };
    }
    review.evaluator = { name: 'Sophie Lemaire', role: '', capacity: 'superieur-hierarchique' };
    review.noObjectivesReason = 'Premier cycle.';
    await saveReviewContent(db, review);
    expect(await setReadiness(db, started.value, true)).toEqual({ ok: true, value: 'prete' });
    // An edit that leaves it incomplete sends it back to brouillon.
    const ready = (await db.reviews.get(started.value))!;
    expect(await saveReviewContent(db, { ...ready, ratings: {} })).toEqual({ ok: true, value: 'brouillon' });
  });

  it('refuses any write to a locked review at the data layer', async () => {
    const id = await person();
    const started = await startReview(db, id, 0, '2024-12-15');
    if (!started.ok) throw new Error();
    await db.reviews.update(started.value, { status: 'finalisee' });
    const locked = (await db.reviews.get(started.value))!;
    expect(await saveReviewContent(db, { ...locked, evaluatorComment: 'changé' })).toEqual({ ok: false, error: { code: 'review-locked' } });
    expect((await db.reviews.get(started.value))!.evaluatorComment).toBe('');
    expect(await setReadiness(db, started.value, false)).toEqual({ ok: false, error: { code: 'review-locked' } });
  });
});

describe('finalisation and the lock', () => {
  async function completeReview(): Promise<string> {
    const id = await person();
    const started = await startReview(db, id, 0, '2024-12-15');
    if (!started.ok) throw new Error();
    const review = (await db.reviews.get(started.value))!;
    for (const entry of review.profile) {
      if (entry.expectedLevel !== null) review.ratings[entry.id] = { observed: { kind: 'level', level: entry.expectedLevel }, evidence: '' };
    }
    review.evaluator = { name: 'Sophie Lemaire', role: '', capacity: 'superieur-hierarchique' };
    review.noObjectivesReason = 'Premier cycle.';
    await saveReviewContent(db, review);
    return started.value;
  }

  it('refuses to finalise an incomplete review and changes nothing', async () => {
    const id = await person();
    const started = await startReview(db, id, 0, '2024-12-15');
    if (!started.ok) throw new Error();
    const result = await finaliseReview(db, started.value);
    expect(result).toMatchObject({ ok: false, error: { code: 'missing' } });
    expect((await db.reviews.get(started.value))!).toMatchObject({ status: 'brouillon', contentHash: null });
  });

  it('stores a SHA-256 of the content at finalisation, and verifies it', async () => {
    const id = await completeReview();
    expect(await finaliseReview(db, id)).toMatchObject({ ok: true });
    const stored = (await db.reviews.get(id))!;
    expect(stored.status).toBe('finalisee');
    expect(stored.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await verifyReview(db, id)).toEqual({ status: 'intact', hash: stored.contentHash, sealed: true });
  });

  it('refuses any change to a locked review’s content, by any path, through the database itself', async () => {
    const id = await completeReview();
    await finaliseReview(db, id);
    const stored = (await db.reviews.get(id))!;
    await expect(db.reviews.put({ ...stored, evaluatorComment: 'réécrit' })).rejects.toThrow(/locked/);
    await expect(db.reviews.update(id, { outcome: 'insuffisant' })).rejects.toThrow(/locked/);
    await expect(db.reviews.update(id, { status: 'brouillon' })).rejects.toThrow(/locked/);
    await expect(db.reviews.where('id').equals(id).modify({ classId: 'A2' })).rejects.toThrow();
    expect(await saveReviewContent(db, { ...stored, evaluatorComment: 'réécrit' })).toEqual({ ok: false, error: { code: 'review-locked' } });
    const after = (await db.reviews.get(id))!;
    expect(after).toEqual(stored);
    expect(await verifyReview(db, id)).toMatchObject({ status: 'intact' });
  });

  it('flags a review whose content no longer matches its hash', async () => {
    const id = await completeReview();
    await finaliseReview(db, id);
    // A tampered record, written around the app (as another program could): the lock is bypassed on purpose.
    const tampered = { ...(await db.reviews.get(id))!, evaluatorComment: 'ajouté en douce' };
    await db.backendDB().transaction('reviews', 'readwrite').objectStore('reviews').put(tampered);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await verifyReview(db, id)).toMatchObject({ status: 'changed', parts: ['content'] });
  });

  it('records hand-over, acknowledgement, closure and addenda, leaving the content intact', async () => {
    const id = await completeReview();
    await finaliseReview(db, id);
    const today = new Date().toISOString().slice(0, 10);
    expect(await handOverReview(db, id, today, today)).toMatchObject({ ok: true });
    expect(await acknowledgeReview(db, id, today, 'Reçu.', today)).toMatchObject({ ok: true });
    expect(await addReviewAddendum(db, id, { date: today, reason: '', text: 'x' })).toMatchObject({ ok: false, error: { code: 'reason-required' } });
    expect(await addReviewAddendum(db, id, { date: today, reason: 'Coquille', text: 'Lire « mars ».' })).toMatchObject({ ok: true });
    expect(await closeReview(db, id)).toMatchObject({ ok: true });
    const stored = (await db.reviews.get(id))!;
    expect(stored.audit.map((entry) => entry.status)).toEqual(['brouillon', 'prete', 'finalisee', 'remise', 'signee', 'cloturee']);
    expect(stored.addenda).toHaveLength(1);
    expect(await verifyReview(db, id)).toMatchObject({ status: 'intact' });
  });
});
