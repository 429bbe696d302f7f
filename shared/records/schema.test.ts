import { describe, expect, it } from 'vitest';
import { normaliseRecord } from './schema';

const person = {
  id: 'p1',
  name: 'Léa Dubois',
  staffNumber: 'AB1',
  classHistory: [{ classId: 'C', from: '2020-01-01' }],
  employment: 'statutaire',
  limitedLeadership: false,
  service: '',
  notes: '',
  cycleStart: '2024-01-01',
  archived: false,
  createdAt: '2024-01-01T08:00:00.000Z',
  updatedAt: '2024-01-01T08:00:00.000Z',
};

/** A review as schema v1 stored it: no workflow fields yet. */
const v1Review = {
  id: 'r1',
  personId: 'p1',
  cycleIndex: 0,
  cycleStart: '2024-01-01',
  cycleEnd: '2024-12-31',
  status: 'brouillon',
  frameworkVersion: 'DO-2022.1',
  classId: 'C',
  limitedLeadership: false,
  profile: [],
  ratings: {},
  objectives: [],
  nextObjectives: [],
  outcome: 'none',
  outcomeJustification: '',
  evaluatorComment: '',
  createdAt: '2024-12-01T08:00:00.000Z',
  updatedAt: '2024-12-01T08:00:00.000Z',
};

describe('normaliseRecord: one normaliser per record type', () => {
  it('brings a v1 review up to date with the defaults of the fields added later (the only place that gives them)', () => {
    expect(normaliseRecord('reviews', v1Review)).toEqual({
      ok: true,
      value: { ...v1Review, audit: [], contentHash: null, finalisedAt: null, handedOverOn: null, acknowledgedOn: null, employeeComment: '', addenda: [] },
    });
  });

  it('gives an old person the example flag, false', () => {
    expect(normaliseRecord('people', person)).toEqual({ ok: true, value: { ...person, example: false } });
  });

  it('keeps a current record as it is', () => {
    const current = { ...person, example: true };
    expect(normaliseRecord('people', current)).toEqual({ ok: true, value: current });
  });

  it('keeps the cycles a person had evaluated outside Jalon, and refuses a mention no rules ever had', () => {
    const adopted = { ...person, example: false, outsideEvaluations: [{ id: 'o1', cycleIndex: -3, date: '2021-02-15', mention: 'a-ameliorer', note: 'Dossier papier', recordedAt: '2026-12-01T08:00:00.000Z' }] };
    expect(normaliseRecord('people', adopted)).toEqual({ ok: true, value: adopted });
    const wrong = { ...adopted, outsideEvaluations: [{ ...adopted.outsideEvaluations[0], mention: 'tres-bien' }] };
    expect(normaliseRecord('people', wrong)).toMatchObject({ ok: false, error: { table: 'people', id: 'p1', path: 'outsideEvaluations.0.mention' } });
  });

  it('keeps a person’s interviews and remediation periods', () => {
    const followed = {
      ...person,
      example: false,
      interviews: [{ id: 'i1', kind: 'fonctionnement', date: '2026-03-01', reason: 'retour-absence', notes: 'Retour après 90 jours', objectives: [{ id: 'o1', description: 'Reprendre 30 dossiers' }], recordedAt: 'x' }],
      remediations: [{ id: 'm1', reviewId: 'r1', start: '2026-12-01', end: '2027-05-31', agreementDate: '2026-12-01', objectives: [{ id: 'o2', description: 'Délais' }], followUp: { date: '2027-05-31', result: 'satisfaisant', report: 'Atteint', recordedAt: 'y' }, recordedAt: 'x' }],
    };
    expect(normaliseRecord('people', followed)).toEqual({ ok: true, value: followed });
    expect(normaliseRecord('people', { ...followed, interviews: [{ ...followed.interviews[0], reason: 'vacances' }] })).toMatchObject({ ok: false, error: { path: 'interviews.0.reason' } });
  });

  it('reports an unreadable row by table, id and the field at fault', () => {
    expect(normaliseRecord('reviews', { ...v1Review, status: 'perdue' })).toEqual({
      ok: false,
      error: { table: 'reviews', id: 'r1', path: 'status', message: expect.any(String) },
    });
    expect(normaliseRecord('people', { ...person, classHistory: [{ classId: 'C', from: '2022-02-31' }] })).toMatchObject({
      ok: false,
      error: { table: 'people', id: 'p1', path: 'classHistory.0.from', message: 'date impossible' },
    });
    expect(normaliseRecord('settings', { value: 1 })).toMatchObject({ ok: false, error: { table: 'settings', id: '?', path: 'key' } });
    expect(normaliseRecord('people', null)).toMatchObject({ ok: false, error: { table: 'people', id: '?' } });
  });
});
