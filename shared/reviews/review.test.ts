import { describe, expect, it } from 'vitest';
import { cycleAt } from '../cycles';
import { FRAMEWORK_DO } from '../framework';
import type { Person } from '../people/person';
import {
  backToDraft,
  classForReview,
  gapOf,
  isValidRating,
  markReady,
  newReview,
  outcomeHints,
  readyCheck,
  statusAfterEdit,
  type Review,
} from './review';

const person: Pick<Person, 'id' | 'classHistory' | 'limitedLeadership'> = {
  id: 'p1',
  classHistory: [
    { classId: 'C', from: '2020-01-01' },
    { classId: 'B', from: '2025-06-01' },
  ],
  limitedLeadership: false,
};

function reviewOf(classId: 'C' | 'B' | 'A1' = 'C'): Review {
  return newReview({ id: 'r1', person, cycle: cycleAt('2024-01-01', 0), classId, now: '2026-01-01T00:00:00Z' });
}

/** A review with every expected competency rated at its expected level. */
function completeReview(): Review {
  const review = reviewOf();
  for (const entry of review.profile) {
    if (entry.expectedLevel !== null) review.ratings[entry.id] = { observed: { kind: 'level', level: entry.expectedLevel }, evidence: '' };
  }
  return review;
}

describe('a new review', () => {
  it('snapshots the framework version, the class and its expected profile with level titles', () => {
    const review = reviewOf('C');
    expect(review.frameworkVersion).toBe(FRAMEWORK_DO.version);
    expect(review.classId).toBe('C');
    expect(review.profile).toHaveLength(12);
    const critique = review.profile[0]!;
    expect(critique).toMatchObject({ id: 'penser-critique', expectedLevel: 1, distinctive: true, clusterName: 'Réfléchir et créer' });
    expect(critique.levelTitles[0]).toBe('Traiter des informations simples et les synthétiser');
    expect(review.profile.find((entry) => entry.id === 'developper-vision')!.expectedLevel).toBeNull();
    expect(review.status).toBe('brouillon');
  });

  it('is judged against the class in force when it is written, or at the cycle end for a past cycle', () => {
    expect(classForReview(person, cycleAt('2024-01-01', 0), '2026-11-26')).toBe('C');
    expect(classForReview(person, cycleAt('2025-01-01', 0), '2025-08-01')).toBe('B');
    expect(classForReview(person, cycleAt('2019-01-01', 0), '2019-06-01')).toBe('C');
  });

  it("turns last cycle's planned objectives into this bilan's objectives", () => {
    const review = newReview({
      id: 'r2',
      person,
      cycle: cycleAt('2024-01-01', 1),
      classId: 'B',
      now: 'x',
      carriedObjectives: [{ id: 'o1', description: 'Réduire le délai', indicator: '< 30 jours', dueDate: '2025-06-30' }],
    });
    expect(review.objectives).toEqual([{ id: 'o1', description: 'Réduire le délai (indicateur : < 30 jours)', result: null, comment: '' }]);
  });
});

describe('gapOf', () => {
  it('says below, met or above, with the difference', () => {
    expect(gapOf(2, { kind: 'level', level: 1 })).toEqual({ kind: 'below', delta: -1 });
    expect(gapOf(2, { kind: 'level', level: 2 })).toEqual({ kind: 'met', delta: 0 });
    expect(gapOf(1, { kind: 'level', level: 3 })).toEqual({ kind: 'above', delta: 2 });
    expect(gapOf(1, { kind: 'below' })).toEqual({ kind: 'below', delta: -1 });
    expect(gapOf(1, { kind: 'not-observed', reason: 'absence' })).toBeNull();
    expect(gapOf(null, { kind: 'level', level: 1 })).toBeNull();
    expect(gapOf(1, null)).toBeNull();
  });

  it('accepts only the levels a competency has', () => {
    const entry = { levelTitles: ['a', 'b'] };
    expect(isValidRating(entry, { kind: 'level', level: 2 })).toBe(true);
    expect(isValidRating(entry, { kind: 'level', level: 3 })).toBe(false);
    expect(isValidRating(entry, { kind: 'level', level: 0 })).toBe(false);
    expect(isValidRating(entry, { kind: 'level', level: 1.5 })).toBe(false);
  });
});

describe('readyCheck', () => {
  it('lists every unrated competency of the profile, and not the optional ones', () => {
    const missing = readyCheck(reviewOf('C'));
    expect(missing.map((item) => item.code)).toEqual(Array(10).fill('rating-missing'));
    expect(missing).not.toContainEqual({ code: 'rating-missing', competencyId: 'guider' });
  });

  it('passes when all is rated at the expected level, without evidence', () => {
    expect(readyCheck(completeReview())).toEqual([]);
  });

  it('asks for evidence where the rating differs from the expected level', () => {
    const review = completeReview();
    review.ratings['communiquer'] = { observed: { kind: 'level', level: 2 }, evidence: '  ' };
    review.ratings['collaborer'] = { observed: { kind: 'below' }, evidence: '' };
    expect(readyCheck(review)).toEqual([
      { code: 'evidence-missing', competencyId: 'communiquer' },
      { code: 'evidence-missing', competencyId: 'collaborer' },
    ]);
    review.ratings['communiquer']!.evidence = 'A mené la réunion du 12/03.';
    review.ratings['collaborer']!.evidence = 'Travaille seul.';
    expect(readyCheck(review)).toEqual([]);
  });

  it('asks a reason for "non observé"', () => {
    const review = completeReview();
    review.ratings['agilite'] = { observed: { kind: 'not-observed', reason: '' }, evidence: '' };
    expect(readyCheck(review)).toEqual([{ code: 'reason-missing', competencyId: 'agilite' }]);
  });

  it('asks a result for every objective, and a justification for « insuffisant »', () => {
    const review = completeReview();
    review.objectives = [
      { id: 'a', description: 'Objectif', result: null, comment: '' },
      { id: 'b', description: 'Autre', result: 'atteint', comment: '' },
    ];
    review.outcome = 'insuffisant';
    expect(readyCheck(review)).toEqual([{ code: 'objective-result-missing', objectiveId: 'a' }, { code: 'justification-missing' }]);
  });
});

describe('outcomeHints', () => {
  it('flags fewer than half of the objectives met and distinctive competencies below', () => {
    const review = completeReview();
    review.objectives = [
      { id: 'a', description: 'x', result: 'atteint', comment: '' },
      { id: 'b', description: 'y', result: 'partiellement-atteint', comment: '' },
      { id: 'c', description: 'z', result: 'non-atteint', comment: '' },
    ];
    review.ratings['communiquer'] = { observed: { kind: 'below' }, evidence: 'x' };
    review.ratings['collaborer'] = { observed: { kind: 'below' }, evidence: 'x' };
    expect(outcomeHints(review)).toEqual({ objectivesMet: 1, objectivesJudged: 3, fewerThanHalfMet: true, distinctiveBelow: ['communiquer'] });
    review.objectives[1]!.result = 'atteint';
    expect(outcomeHints(review).fewerThanHalfMet).toBe(false);
  });
});

describe('status', () => {
  it('becomes prête only when complete, and goes back on request or when an edit leaves it incomplete', () => {
    const incomplete = markReady(reviewOf(), 'now');
    expect(incomplete.ok).toBe(false);
    const ready = markReady(completeReview(), 'now');
    expect(ready).toMatchObject({ ok: true, review: { status: 'prete' } });
    if (!ready.ok) return;
    expect(backToDraft(ready.review, 'later')).toMatchObject({ ok: true, review: { status: 'brouillon' } });
    const edited = { ...ready.review, ratings: { ...ready.review.ratings, communiquer: { observed: null, evidence: '' } } };
    expect(statusAfterEdit(edited)).toBe('brouillon');
    expect(markReady({ ...ready.review, status: 'finalisee' }, 'x')).toEqual({ ok: false, locked: true });
  });
});
