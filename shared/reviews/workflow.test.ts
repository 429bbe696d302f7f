import { describe, expect, it } from 'vitest';
import { cycleAt } from '../cycles';
import { canonicalContent } from './canonical';
import { newReview, type Review } from './review';
import { acknowledge, addAddendum, close, finalise, handOver, reviewAppealDeadline } from './workflow';

function complete(): Review {
  const review = newReview({
    id: 'r',
    person: { id: 'p', classHistory: [{ classId: 'C', from: '2020-01-01' }], limitedLeadership: false },
    cycle: cycleAt('2025-01-01', 0),
    classId: 'C',
    now: '2025-12-01T09:00:00.000Z',
    evaluator: { name: 'Sophie Lemaire', role: '', capacity: 'superieur-hierarchique' },
  });
  review.noObjectivesReason = 'Premier cycle.';
  for (const entry of review.profile) {
    if (entry.expectedLevel !== null) review.ratings[entry.id] = { observed: { kind: 'level', level: entry.expectedLevel }, evidence: '' };
  }
  return review;
}

const expectOk = (result: ReturnType<typeof finalise>): Review => {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
};

describe('the status flow', () => {
  it('goes brouillon → finalisée → remise → signée → clôturée, recording each step', () => {
    let review = expectOk(finalise(complete(), '2026-01-10T10:00:00.000Z', 'abc'));
    expect(review).toMatchObject({ status: 'finalisee', contentHash: 'abc', finalisedAt: '2026-01-10T10:00:00.000Z' });
    review = expectOk(handOver(review, '2026-01-12', '2026-01-20', '2026-01-12T08:00:00.000Z'));
    expect(review).toMatchObject({ status: 'remise', handedOverOn: '2026-01-12' });
    expect(reviewAppealDeadline(review)).toBe('2026-02-09');
    review = expectOk(acknowledge(review, '2026-01-14', '  Je ne suis pas d’accord.  ', '2026-01-20', '2026-01-14T08:00:00.000Z'));
    expect(review).toMatchObject({ status: 'signee', acknowledgedOn: '2026-01-14', employeeComment: 'Je ne suis pas d’accord.' });
    review = expectOk(close(review, '2026-03-01T08:00:00.000Z'));
    expect(review.audit.map((entry) => entry.status)).toEqual(['brouillon', 'prete', 'finalisee', 'remise', 'signee', 'cloturee']);
    expect(review.audit.find((entry) => entry.status === 'remise')?.date).toBe('2026-01-12');
  });

  it('refuses to finalise an incomplete review, with what is missing', () => {
    const review = complete();
    review.ratings = {};
    const result = finalise(review, 'now', 'x');
    expect(result.ok).toBe(false);
    if (!result.ok && result.error.code === 'missing') expect(result.error.missing).toHaveLength(10);
    else throw new Error('expected a missing list');
  });

  it('refuses steps out of order and impossible dates', () => {
    const draft = complete();
    expect(handOver(draft, '2026-01-12', '2026-01-20', 'now')).toEqual({ ok: false, error: { code: 'wrong-status' } });
    const finalised = expectOk(finalise(draft, '2026-01-10T10:00:00.000Z', 'abc'));
    expect(finalise(finalised, 'now', 'x')).toEqual({ ok: false, error: { code: 'wrong-status' } });
    expect(handOver(finalised, '2026-01-09', '2026-01-20', 'now')).toEqual({ ok: false, error: { code: 'date-before', after: '2026-01-10' } });
    expect(handOver(finalised, '2026-02-30', '2026-03-20', 'now')).toEqual({ ok: false, error: { code: 'invalid-date' } });
    expect(handOver(finalised, '2026-01-25', '2026-01-20', 'now')).toEqual({ ok: false, error: { code: 'date-in-future' } });
    const handed = expectOk(handOver(finalised, '2026-01-12', '2026-01-20', 'now'));
    expect(acknowledge(handed, '2026-01-11', '', '2026-01-20', 'now')).toEqual({ ok: false, error: { code: 'date-before', after: '2026-01-12' } });
    expect(close(handed, 'now')).toEqual({ ok: false, error: { code: 'wrong-status' } });
  });
});

describe('addenda', () => {
  it('are refused without a reason, or on a review that is not locked', () => {
    const finalised = expectOk(finalise(complete(), '2026-01-10T10:00:00.000Z', 'abc'));
    expect(addAddendum(finalised, { id: 'a', date: '2026-02-01', reason: '  ', text: 'x' }, 'now')).toEqual({ ok: false, error: { code: 'reason-required' } });
    expect(addAddendum(complete(), { id: 'a', date: '2026-02-01', reason: 'r', text: 'x' }, 'now')).toEqual({ ok: false, error: { code: 'not-locked' } });
  });

  it('leave the original content, and so its hash, intact', () => {
    const finalised = expectOk(finalise(complete(), '2026-01-10T10:00:00.000Z', 'abc'));
    const amended = expectOk(addAddendum(finalised, { id: 'a', date: '2026-02-01', reason: 'Erreur de date', text: 'Lire 12/03 et non 13/03.' }, 'now'));
    expect(amended.addenda).toEqual([{ id: 'a', date: '2026-02-01', reason: 'Erreur de date', text: 'Lire 12/03 et non 13/03.', at: 'now' }]);
    expect(canonicalContent(amended)).toBe(canonicalContent(finalised));
  });
});

describe('canonicalContent', () => {
  it('ignores key order and workflow fields, and changes with any judged content', () => {
    const review = complete();
    const reordered = Object.fromEntries(Object.entries(review).reverse()) as Review;
    expect(canonicalContent(reordered)).toBe(canonicalContent(review));
    const signed: Review = { ...review, status: 'signee', handedOverOn: '2026-01-01' };
    expect(canonicalContent(signed)).toBe(canonicalContent(review));
    expect(canonicalContent({ ...review, evaluatorComment: 'x' })).not.toBe(canonicalContent(review));
    const changed = { ...review, ratings: { ...review.ratings, communiquer: { observed: { kind: 'below' as const }, evidence: '' } } };
    expect(canonicalContent(changed)).not.toBe(canonicalContent(review));
  });

  it('seals who evaluated, in what capacity and when; a review made before these fields keeps its canonical text', () => {
    const review = complete();
    for (const change of [
      { evaluator: { ...review.evaluator!, name: 'Paul Nouveau' } },
      { evaluator: { ...review.evaluator!, capacity: 'chef-fonctionnel' as const } },
      { secondEvaluator: { name: 'Marc Dubois', role: '' } },
      { interviewDate: '2025-12-15' },
      { noObjectivesReason: 'Autre raison.' },
    ]) {
      expect(canonicalContent({ ...review, ...change })).not.toBe(canonicalContent(review));
    }
    // An old stored review has none of the four fields: the text it was hashed with does not change.
    const old: Partial<Review> = { ...review };
    delete old.evaluator;
    delete old.secondEvaluator;
    delete old.interviewDate;
    delete old.noObjectivesReason;
    expect(canonicalContent(old as Review)).not.toContain('evaluator"');
    expect(canonicalContent(old as Review)).not.toContain('interviewDate');
  });
});
