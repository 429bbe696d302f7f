import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isErrorCode } from '../../../shared/result';
import { JalonDb } from './db';
import { addFollowUp, addInterview, addRemediation } from './interim-repo';
import { addJournalNote, setPlanActionStatus } from './journal-repo';
import { addOutsideEvaluation } from './outside-repo';
import { createPerson } from './people-repo';

let db: JalonDb;
let counter = 0;
let personId: string;
beforeEach(async () => {
  db = new JalonDb(`interim-results-${++counter}`);
  await db.open();
  const person = await createPerson(db, { name: 'Marie Dupont', staffNumber: '', classId: 'C', classFrom: '2020-01-01', employment: 'statutaire', limitedLeadership: false, service: '', notes: '', cycleStart: '2024-01-01' });
  if (!person.ok) throw new Error('no person');
  personId = person.value;
});
afterEach(async () => {
  await db.delete();
});

const today = '2026-11-26';
const note = { date: '2026-11-20', competencyIds: ['penser-critique' as const], objectiveId: '', situation: '', behaviour: '', effect: '', text: 'Bonne réunion.' };

describe('issues 12 and 16 through the one result shape (issue 11)', () => {
  it('an interview, a remediation, a follow-up, an outside evaluation, a note and a plan status fail as { ok: false, error: { code } } with a known code', async () => {
    const results = [
      await addInterview(db, 'nobody', { kind: 'fonctionnement', date: '20/11/2026', reason: 'Retour', notes: '', objectives: '' }, today),
      await addRemediation(db, personId, 'no-review', { start: '', end: '', agreementDate: '', objectives: '' }),
      await addFollowUp(db, personId, 'no-period', { date: '', result: '', report: '' }, today),
      await addOutsideEvaluation(db, 'nobody', { cycleIndex: 0, date: '', mention: '', note: '' }, today),
      await addJournalNote(db, { ...note, personId: 'nobody' }, today),
      await setPlanActionStatus(db, 'no-action', { status: 'faite', date: '2026-11-01', comment: '' }, today),
    ];
    expect(results.map((result) => (result.ok ? 'ok' : result.error.code))).toEqual([
      'person-not-found',
      'review-not-found',
      'person-not-found',
      'person-not-found',
      'person-not-found',
      'plan-action-not-found',
    ]);
    expect(results.every((result) => !result.ok && isErrorCode(result.error.code))).toBe(true);
  });

  it('field errors come back as invalid-fields with the fields to correct, and nothing is written', async () => {
    const interview = await addInterview(db, personId, { kind: 'fonctionnement', date: '31/02/2026', reason: '', notes: '', objectives: '' }, today);
    expect(interview).toMatchObject({ ok: false, error: { code: 'invalid-fields', fields: expect.arrayContaining([expect.objectContaining({ field: 'date' })]) } });
    const outside = await addOutsideEvaluation(db, personId, { cycleIndex: 0, date: '', mention: '', note: '' }, today);
    expect(outside).toMatchObject({ ok: false, error: { code: 'invalid-fields' } });
    expect(await addJournalNote(db, { ...note, personId, text: '' }, today)).toEqual({ ok: false, error: { code: 'invalid-fields', fields: ['text-missing'] } });
    const person = (await db.people.get(personId))!;
    expect(person.interviews ?? []).toEqual([]);
    expect(person.outsideEvaluations ?? []).toEqual([]);
    expect(await db.journalNotes.count()).toBe(0);
  });

  it('a valid interview and note succeed as { ok: true, value }', async () => {
    expect(await addInterview(db, personId, { kind: 'fonctionnement', date: '2026-11-20', reason: 'retour-absence', notes: '', objectives: '' }, today)).toEqual({ ok: true, value: null });
    const saved = await addJournalNote(db, { ...note, personId }, today);
    expect(saved).toEqual({ ok: true, value: expect.any(String) });
    expect(await db.journalNotes.count()).toBe(1);
  });
});
