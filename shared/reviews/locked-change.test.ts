import { describe, expect, it } from 'vitest';
import { cycleAt } from '../cycles';
import { newReview, type Review } from './review';
import { frozenContent, lockedChangeViolation } from './locked-change';
import { acknowledge, addAddendum, close, finalise, handOver } from './workflow';

function finalised(): Review {
  const review = newReview({
    id: 'r',
    person: { id: 'p', classHistory: [{ classId: 'C', from: '2020-01-01' }], limitedLeadership: false },
    cycle: cycleAt('2025-01-01', 0),
    classId: 'C',
    now: '2025-12-01T09:00:00.000Z',
  });
  for (const entry of review.profile) {
    if (entry.expectedLevel !== null) review.ratings[entry.id] = { observed: { kind: 'level', level: entry.expectedLevel }, evidence: 'Vu.' };
  }
  review.evaluator = { name: 'Sophie Lemaire', role: 'Cheffe de service', capacity: 'superieur-hierarchique' };
  review.noObjectivesReason = 'Premier cycle.';
  const result = finalise(review, '2026-01-10T10:00:00.000Z', 'abc');
  if (!result.ok) throw new Error('not finalised');
  return result.value;
}

const ok = (result: { ok: true; value: Review } | { ok: false }): Review => {
  if (!result.ok) throw new Error('step refused');
  return result.value;
};

describe('what may change on a locked review', () => {
  it('allows every workflow step the rules allow', () => {
    const locked = finalised();
    const remise = ok(handOver(locked, '2026-01-12', '2026-01-20', '2026-01-12T08:00:00.000Z'));
    expect(lockedChangeViolation(locked, remise)).toBeNull();
    const signee = ok(acknowledge(remise, '2026-01-14', 'Pas d’accord.', '2026-01-20', '2026-01-14T08:00:00.000Z'));
    expect(lockedChangeViolation(remise, signee)).toBeNull();
    const amended = ok(addAddendum(signee, { id: 'a1', date: '2026-01-15', reason: 'Coquille', text: 'Lire mars.' }, '2026-01-15T08:00:00.000Z'));
    expect(lockedChangeViolation(signee, amended)).toBeNull();
    expect(lockedChangeViolation(amended, ok(close(amended, '2026-03-01T08:00:00.000Z')))).toBeNull();
  });

  it('names the part a forbidden change touches', () => {
    const locked = finalised();
    const remise = ok(handOver(locked, '2026-01-12', '2026-01-20', '2026-01-12T08:00:00.000Z'));
    const signee = ok(acknowledge(remise, '2026-01-14', 'Pas d’accord.', '2026-01-20', '2026-01-14T08:00:00.000Z'));
    const amended = ok(addAddendum(signee, { id: 'a1', date: '2026-01-15', reason: 'Coquille', text: 'Lire mars.' }, '2026-01-15T08:00:00.000Z'));
    expect(lockedChangeViolation(locked, { ...locked, evaluatorComment: 'réécrit' })).toBe('content');
    expect(lockedChangeViolation(locked, { ...locked, ratings: {} })).toBe('content');
    expect(lockedChangeViolation(locked, { ...locked, createdAt: '2020-01-01T00:00:00.000Z' })).toBe('content');
    expect(lockedChangeViolation(locked, { ...locked, status: 'prete' })).toBe('status');
    expect(lockedChangeViolation(signee, { ...signee, status: 'remise' })).toBe('status');
    expect(lockedChangeViolation(locked, { ...locked, contentHash: 'def' })).toBe('hash');
    expect(lockedChangeViolation(remise, { ...remise, handedOverOn: '2026-01-11' })).toBe('hand-over');
    expect(lockedChangeViolation(signee, { ...signee, acknowledgedOn: '2026-01-15' })).toBe('acknowledgement');
    expect(lockedChangeViolation(signee, { ...signee, employeeComment: 'D’accord.' })).toBe('comment');
    expect(lockedChangeViolation(amended, { ...amended, addenda: [] })).toBe('addenda');
    expect(lockedChangeViolation(amended, { ...amended, addenda: [{ ...amended.addenda[0]!, text: 'Autre.' }] })).toBe('addenda');
    expect(lockedChangeViolation(amended, { ...amended, audit: amended.audit.slice(1) })).toBe('audit');
  });

  it('freezes a field added later by default (only the workflow fields are listed)', () => {
    const locked = finalised();
    const withNewField = { ...locked, interviewDate: '2026-01-05' } as Review;
    expect(frozenContent(withNewField)).not.toBe(frozenContent(locked));
    expect(lockedChangeViolation(withNewField, { ...withNewField, interviewDate: '2026-01-06' } as Review)).toBe('content');
  });

  it('leaves a review that is not locked alone', () => {
    const draft = { ...finalised(), status: 'brouillon' as const };
    expect(lockedChangeViolation(draft, { ...draft, evaluatorComment: 'libre' })).toBeNull();
  });
});
