import { describe, expect, it } from 'vitest';
import { newReview } from '../reviews/review';
import { actionsOfReview, canPlanFrom, changeStatus, newAction, PLAN_CSV_HEADER, planCandidates, planCsvRows, planForReport, planSnapshot, validateActionDraft, type ActionDraft } from './plan';

const review = newReview({
  id: 'r1',
  person: { id: 'p1', classHistory: [{ classId: 'C', from: '2020-01-01' }], limitedLeadership: false },
  cycle: { index: 2, start: '2025-01-01', end: '2025-12-31' },
  classId: 'C',
  now: '2025-12-01T09:00:00.000Z',
});
const [first, second, third] = review.profile.filter((entry) => entry.expectedLevel !== null);
review.ratings[first!.id] = { observed: { kind: 'below' }, evidence: 'x' };
review.ratings[second!.id] = { observed: { kind: 'level', level: second!.expectedLevel! }, evidence: '' };
review.ratings[third!.id] = { observed: { kind: 'level', level: third!.expectedLevel! - 1 || 1 }, evidence: 'y' };
const draft: ActionDraft = { competencyId: first!.id, type: 'formation', description: 'Formation', support: 'IFA', dueDate: '2026-06-30' };

describe('planCandidates', () => {
  it('proposes the competencies below their expected level first, then every other one', () => {
    const candidates = planCandidates(review);
    const below = candidates.filter((candidate) => candidate.below).map((candidate) => candidate.competencyId);
    expect(below[0]).toBe(first!.id);
    expect(below).not.toContain(second!.id);
    expect(candidates).toHaveLength(review.profile.length);
    expect(candidates.findIndex((candidate) => !candidate.below)).toBe(below.length);
  });

  it('is drawn only from a ready or finalised review', () => {
    expect(canPlanFrom({ status: 'brouillon' })).toBe(false);
    expect(canPlanFrom({ status: 'prete' })).toBe(true);
    expect(canPlanFrom({ status: 'cloturee' })).toBe(true);
  });
});

describe('actions', () => {
  it('refuses an action without description, with an unknown type or an impossible due date', () => {
    expect(validateActionDraft(draft, review)).toEqual([]);
    expect(validateActionDraft({ ...draft, description: ' ' }, review)).toEqual(['description-missing']);
    expect(validateActionDraft({ ...draft, type: 'sieste' as never }, review)).toEqual(['type-invalid']);
    expect(validateActionDraft({ ...draft, dueDate: '2026-13-01' }, review)).toEqual(['due-date-invalid']);
    expect(validateActionDraft({ ...draft, competencyId: 'voler' as never }, review)).toEqual(['competency-unknown']);
  });

  it('is carried out in the next cycle, « prévue » from the day it is made, and changes status with a dated comment', () => {
    const action = newAction(review, draft, 'a1', '2026-01-10', '2026-01-10T09:00:00.000Z');
    expect(action).toMatchObject({ cycleIndex: 3, sourceReviewId: 'r1', personId: 'p1', status: 'prevue', competencyName: first!.name });
    const changed = changeStatus(action, { status: 'en-cours', date: '2026-02-01', comment: ' Inscrite ' }, '2026-11-26', 'now');
    expect(changed).toMatchObject({ ok: true, value: { status: 'en-cours', history: [{ status: 'prevue' }, { status: 'en-cours', date: '2026-02-01', comment: 'Inscrite' }] } });
    expect(changeStatus(action, { status: 'faite', date: '2026-01-09', comment: '' }, '2026-11-26', 'now')).toEqual({ ok: false, error: { code: 'invalid-fields', fields: ['date-before-last'] } });
    expect(changeStatus(action, { status: 'faite', date: '2026-12-01', comment: '' }, '2026-11-26', 'now')).toEqual({ ok: false, error: { code: 'invalid-fields', fields: ['date-future'] } });
    expect(changeStatus(action, { status: 'faite', date: '01/02/2026', comment: '' }, '2026-11-26', 'now')).toEqual({ ok: false, error: { code: 'invalid-fields', fields: ['date-invalid'] } });
  });

  it('sorts a review\'s actions into those it follows up and those it plans, and snapshots them as they stand', () => {
    const planned = newAction(review, draft, 'a1', '2026-01-10', '2026-01-10T09:00:00.000Z');
    const followed = { ...newAction({ ...review, id: 'r0', cycleIndex: 1 }, draft, 'a0', '2025-01-10', '2025-01-10T09:00:00.000Z') };
    const other = { ...planned, id: 'a9', personId: 'p2' };
    expect(actionsOfReview([planned, followed, other], review)).toEqual({ followed: [followed], planned: [planned] });
    const done = changeStatus(followed, { status: 'faite', date: '2025-06-01', comment: 'Suivie' }, '2026-01-01', 'now');
    expect(done.ok && planSnapshot([planned, done.value])).toEqual([
      expect.objectContaining({ id: 'a0', status: 'faite', statusDate: '2025-06-01', comment: 'Suivie' }),
      expect.objectContaining({ id: 'a1', status: 'prevue', statusDate: '2026-01-10', comment: '' }),
    ]);
  });
});

describe('planForReport', () => {
  it('prints the sealed copy of a finalised review, never the live actions; otherwise the live ones', () => {
    const planned = newAction(review, draft, 'a1', '2026-01-10', '2026-01-10T09:00:00.000Z');
    const followed = newAction({ ...review, id: 'r0', cycleIndex: 1 }, draft, 'a0', '2025-01-10', '2025-01-10T09:00:00.000Z');
    const live = planForReport(review, [planned, followed]);
    expect(live).toMatchObject({ sealed: false, planned: [{ id: 'a1' }], followed: [{ id: 'a0' }] });
    const done = changeStatus(planned, { status: 'faite', date: '2026-11-01', comment: '' }, '2026-11-26', 'now');
    const sealedReview = { ...review, developmentPlan: planSnapshot([planned]) };
    expect(planForReport(sealedReview, done.ok ? [done.value, followed] : [])).toMatchObject({ sealed: true, planned: [{ id: 'a1', status: 'prevue' }], followed: [] });
  });
});

describe('planCsvRows', () => {
  it('writes one row per action, by cycle, with its last status, date and comment', () => {
    const action = newAction(review, draft, 'a1', '2026-01-10', '2026-01-10T09:00:00.000Z');
    const done = changeStatus(action, { status: 'faite', date: '2026-05-02', comment: 'Suivie' }, '2026-11-26', 'now');
    const rows = planCsvRows(done.ok ? [done.value] : [], { type: (type) => `T:${type}`, status: (status) => `S:${status}`, date: (date) => `D:${date}` });
    expect(rows).toEqual([['4', first!.name, 'T:formation', 'Formation', 'IFA', 'D:2026-06-30', 'S:faite', 'D:2026-05-02', 'Suivie']]);
    expect(rows[0]).toHaveLength(PLAN_CSV_HEADER.length);
  });
});
