import { describe, expect, it } from 'vitest';
import { cycleAt } from './cycles';
import { newPerson, type Person } from './people/person';
import { personOverview, reviewDigest } from './person-overview';
import { cycleResults } from './progression';
import { newReview, type Review } from './reviews/review';

const base = newPerson(
  { name: 'Anaïs Dubois', staffNumber: '', classId: 'C', classFrom: '2018-01-01', employment: 'statutaire', limitedLeadership: false, service: '', notes: '', cycleStart: '2023-01-01' },
  'p',
  'x',
);
const person: Person = { ...base, classHistory: [...base.classHistory, { classId: 'B', from: '2025-06-01' }] };

function review(index: number, change: Partial<Review> = {}): Review {
  const made = newReview({ id: `r${index}`, person, cycle: cycleAt(person.cycleStart, index), classId: index < 2 ? 'C' : 'B', now: 'x' });
  return { ...made, ...change };
}

const lastYear = review(1, {
  status: 'signee',
  outcome: 'none',
  ratings: {
    'penser-critique': { observed: { kind: 'below' }, evidence: 'x' },
    'collaborer': { observed: { kind: 'level', level: 2 }, evidence: '' },
    'developper-vision': { observed: { kind: 'not-observed', reason: 'pas d’occasion' }, evidence: '' },
  },
  objectives: [
    { id: 'o1', description: 'Arriéré', result: 'atteint', comment: '' },
    { id: 'o2', description: 'Formation', result: 'non-atteint', comment: '' },
    { id: 'o3', description: 'Procédure', result: 'partiellement-atteint', comment: '' },
  ],
  nextObjectives: [{ id: 'n1', description: 'Former un collègue', indicator: '', dueDate: '' }],
});

describe('personOverview', () => {
  it('gives the current class’s expected profile, and no objectives when the previous cycle planned none', () => {
    // 26/11/2026: the cycle ending on 31/12/2026 (index 3) is due.
    const overview = personOverview(person, [review(0, { status: 'signee' }), lastYear], '2026-11-26');
    expect(overview.classId).toBe('B');
    expect(overview.profile.filter((entry) => entry.expectedLevel !== null).length).toBeGreaterThan(8);
    expect(overview.cycle.index).toBe(3);
    // Cycle 2 was never reviewed: the latest finalised review is still cycle 1's, and nothing was planned for cycle 3.
    expect(overview.lastReview?.reviewId).toBe('r1');
    expect(overview.status).toBe('pas-commencee');
    expect(overview.next).toBe('start');
    expect(overview.objectivesFrom).toBe('none');
  });

  it('takes the latest finalised review of an earlier cycle, and the objectives it planned for this one', () => {
    const overview = personOverview(person, [review(0, { status: 'signee' }), lastYear], '2025-12-01');
    expect(overview.cycle.index).toBe(2);
    expect(overview.lastReview?.reviewId).toBe('r1');
    expect(overview.lastReview?.objectives).toEqual({ met: 1, partly: 1, notMet: 1, unjudged: 0, total: 3 });
    expect(overview.objectivesFrom).toBe('planned');
    expect(overview.objectives).toEqual([{ id: 'n1', description: 'Former un collègue', result: 'planned' }]);
    expect(overview.next).toBe('start');
  });

  it('shows the bilan’s own objectives and the next step once this cycle’s review is started; a draft is never “last year’s review”', () => {
    const current = review(2, { objectives: [{ id: 'n1', description: 'Former un collègue', result: 'atteint', comment: '' }] });
    const overview = personOverview(person, [review(0, { status: 'signee' }), { ...lastYear, status: 'brouillon' }, current], '2025-12-01');
    expect(overview.currentReviewId).toBe('r2');
    expect(overview.next).toBe('complete');
    expect(overview.objectivesFrom).toBe('bilan');
    expect(overview.objectives[0]?.result).toBe('atteint');
    expect(overview.lastReview?.reviewId).toBe('r0');
  });
});

describe('reviewDigest', () => {
  it('reads each rating against the level expected that year, not today', () => {
    const digest = reviewDigest(lastYear);
    expect(digest.classId).toBe('C');
    const critique = digest.lines.find((line) => line.id === 'penser-critique')!;
    expect([critique.expected, critique.observed, critique.gap?.delta]).toEqual([1, 0, -1]);
    const vision = digest.lines.find((line) => line.id === 'developper-vision')!;
    expect([vision.expected, vision.notObserved, vision.gap]).toEqual([null, true, null]);
    expect(digest.belowCount).toBe(1);
  });
});

describe('cycleResults', () => {
  it('gives objectives met and the mention per cycle, oldest first, marking drafts as not final', () => {
    const results = cycleResults([review(2, { outcome: 'insuffisant' }), lastYear]);
    expect(results.map((result) => [result.cycleIndex, result.objectives.met, result.objectives.total, result.outcome, result.final])).toEqual([
      [1, 1, 3, 'none', true],
      [2, 0, 0, 'insuffisant', false],
    ]);
  });
});
