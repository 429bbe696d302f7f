import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JalonDb } from './db';
import { addPlanActions, setPlanActionStatus } from './journal-repo';
import { createPerson } from './people-repo';
import { finaliseReview, saveReviewContent, startReview, verifyReview } from './reviews-repo';

let db: JalonDb;
let counter = 0;
beforeEach(async () => {
  db = new JalonDb(`plan-seal-${++counter}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

/** A person with a complete review of the given cycle (everything at the expected level but the first competency, below). */
async function readyReview(personId: string, cycleIndex: number): Promise<string> {
  const started = await startReview(db, personId, cycleIndex, '2026-11-26');
  if (!started.ok) throw new Error('no review');
  const review = (await db.reviews.get(started.value))!;
  const rated = review.profile.filter((entry) => entry.expectedLevel !== null);
  for (const entry of rated) review.ratings[entry.id] = { observed: { kind: 'level', level: entry.expectedLevel! }, evidence: '' };
  review.ratings[rated[0]!.id] = { observed: { kind: 'below' }, evidence: 'Retards répétés.' };
  review.evaluator = { name: 'Sophie Lemaire', role: 'Cheffe de service', capacity: 'superieur-hierarchique' };
  review.noObjectivesReason = 'Premier cycle.';
  await saveReviewContent(db, review);
  return started.value;
}

describe('the development plan in the seal (issue 16)', () => {
  it('copies the plan into the review at finalisation: sealed with the content, later status changes leave the review as it was', async () => {
    const person = await createPerson(db, { name: 'Marie Dupont', staffNumber: '', classId: 'C', classFrom: '2020-01-01', employment: 'statutaire', limitedLeadership: false, service: '', notes: '', cycleStart: '2024-01-01' });
    if (!person.ok) throw new Error('no person');
    const first = await readyReview(person.value, 0);
    const review = (await db.reviews.get(first))!;
    const competencyId = review.profile.find((entry) => entry.expectedLevel !== null)!.id;
    const added = await addPlanActions(db, review, [{ competencyId, type: 'formation', description: 'Formation « Délais »', support: 'IFA', dueDate: '2025-06-30' }], '2024-12-20');
    expect(added.ok).toBe(true);
    expect(await finaliseReview(db, first)).toMatchObject({ ok: true });

    const sealed = (await db.reviews.get(first))!;
    expect(sealed.developmentPlan).toEqual([expect.objectContaining({ competencyId, type: 'formation', description: 'Formation « Délais »', status: 'prevue', cycleIndex: 1 })]);
    expect(await verifyReview(db, first)).toMatchObject({ status: 'intact' });

    // Followed up the next year: the live action moves on, the sealed copy does not.
    const actionId = added.ok ? added.value[0]! : '';
    expect(await setPlanActionStatus(db, actionId, { status: 'faite', date: '2025-05-01', comment: 'Suivie en entier.' }, '2026-11-26')).toEqual({ ok: true, value: null });
    expect((await db.reviews.get(first))!.developmentPlan![0]!.status).toBe('prevue');
    expect(await verifyReview(db, first)).toMatchObject({ status: 'intact' });

    // The next review, finalised, keeps the action it followed as it stood then.
    const second = await readyReview(person.value, 1);
    expect(await finaliseReview(db, second)).toMatchObject({ ok: true });
    expect((await db.reviews.get(second))!.developmentPlan).toEqual([expect.objectContaining({ id: actionId, status: 'faite', statusDate: '2025-05-01', comment: 'Suivie en entier.' })]);
  });

  it('leaves a review without plan as before: no plan field in it', async () => {
    const person = await createPerson(db, { name: 'Jan Claes', staffNumber: '', classId: 'C', classFrom: '2020-01-01', employment: 'statutaire', limitedLeadership: false, service: '', notes: '', cycleStart: '2024-01-01' });
    if (!person.ok) throw new Error('no person');
    const id = await readyReview(person.value, 0);
    expect(await finaliseReview(db, id)).toMatchObject({ ok: true });
    expect('developmentPlan' in (await db.reviews.get(id))!).toBe(false);
  });
});
