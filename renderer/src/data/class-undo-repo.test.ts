import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { undoLastClassChange } from './class-undo-repo';
import { JalonDb } from './db';
import { changeClass, createPerson } from './people-repo';
import { startReview } from './reviews-repo';

let db: JalonDb;
let counter = 0;
beforeEach(async () => {
  db = new JalonDb(`undo-${++counter}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

async function promoted(): Promise<string> {
  const created = await createPerson(db, {
    name: 'Marie Dupont', staffNumber: '', classId: 'C', classFrom: '2020-01-01', employment: 'statutaire',
    limitedLeadership: false, service: '', notes: '', cycleStart: '2024-01-01',
  });
  if (!created.ok) throw new Error('not created');
  expect((await changeClass(db, created.value, { classId: 'B', from: '2026-06-01' })).ok).toBe(true);
  return created.value;
}

it('undoes a promotion no review uses, and stores the history without it', async () => {
  const id = await promoted();
  expect(await undoLastClassChange(db, id)).toEqual({ ok: true, value: null });
  expect((await db.people.get(id))?.classHistory).toEqual([{ classId: 'C', from: '2020-01-01' }]);
});

it('refuses once a review is judged against the new class, and changes nothing', async () => {
  const id = await promoted();
  // The cycle 2026 review, started after the promotion, is judged in B.
  const started = await startReview(db, id, 2, '2026-11-26');
  expect(started.ok).toBe(true);
  expect((await db.reviews.where('personId').equals(id).first())?.classId).toBe('B');
  expect(await undoLastClassChange(db, id)).toEqual({ ok: false, error: { code: 'not-undoable' } });
  expect((await db.people.get(id))?.classHistory).toHaveLength(2);
});
