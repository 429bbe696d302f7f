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
  return newReview({
    id: 'r1',
    person,
    cycle: cycleAt('2024-01-01', 0),
    classId,
    now: '2026-01-01T00:00:00Z',
    evaluator: { name: 'Sophie Lemaire', role: 'Cheffe de service', capacity: 'superieur-hierarchique' },
  });
}

/** A review with every expected competency rated at its expected level. */
function completeReview(): Review {
  const review = reviewOf();
  for (const entry of review.profile) {
    if (entry.expectedLevel !== null) review.ratings[entry.id] = { observed: { kind: 'level', level: entry.expectedLevel }, evidence: '' };
  }
  review.noObjectivesReason = 'Premier cycle : aucun objectif fixé.';
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
    const missing = readyCheck(reviewOf('C')).filter((item) => item.code === 'rating-missing');
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
  const objectives = (...results: (Review['objectives'][number]['result'])[]) =>
    results.map((result, index) => ({ id: `o${index}`, description: `Objectif ${index}`, result, comment: '' }));

  it('lists every expected competency below its level, distinctive or not, with observed and expected levels', () => {
    const review = completeReview();
    review.objectives = objectives('atteint', 'partiellement-atteint', 'non-atteint');
    review.ratings['communiquer'] = { observed: { kind: 'below' }, evidence: 'x' };
    review.ratings['collaborer'] = { observed: { kind: 'below' }, evidence: 'x' };
    const hints = outcomeHints(review);
    expect(hints).toMatchObject({ objectivesTotal: 3, objectivesJudged: 3, objectivesMet: 1, objectivesGround: 'fewer-than-half', competenciesUnrated: 0, noGround: false });
    expect(hints.competenciesBelow).toEqual([
      { id: 'communiquer', name: 'Communiquer', distinctive: true, expected: 1, observed: 0 },
      { id: 'collaborer', name: 'Collaborer', distinctive: false, expected: 1, observed: 0 },
    ]);
  });

  it('a non-distinctive competency below its level is a ground too (the rule is about the competencies the job needs)', () => {
    const review = completeReview();
    review.objectives = objectives('atteint', 'atteint');
    review.ratings['collaborer'] = { observed: { kind: 'below' }, evidence: 'x' };
    expect(outcomeHints(review)).toMatchObject({ objectivesGround: 'half-or-more', noGround: false });
    expect(outcomeHints(review).competenciesBelow.map((entry) => entry.id)).toEqual(['collaborer']);
  });

  it('exactly half met is not « fewer than half »', () => {
    const review = completeReview();
    review.objectives = objectives('atteint', 'non-atteint');
    expect(outcomeHints(review).objectivesGround).toBe('half-or-more');
  });

  it('claims nothing the missing results could change', () => {
    const review = completeReview();
    review.objectives = objectives('non-atteint', null, null, 'atteint');
    expect(outcomeHints(review).objectivesGround).toBe('undetermined');
    review.objectives = objectives('non-atteint', 'non-atteint', 'non-atteint', null);
    expect(outcomeHints(review).objectivesGround).toBe('fewer-than-half');
    review.objectives = objectives('atteint', 'atteint', 'atteint', null);
    expect(outcomeHints(review)).toMatchObject({ objectivesGround: 'half-or-more', noGround: false });
  });

  it('says neither ground appears only when every objective and every expected competency has been judged', () => {
    const review = completeReview();
    review.objectives = objectives('atteint', 'partiellement-atteint');
    expect(outcomeHints(review).noGround).toBe(true);
    review.ratings['collaborer'] = { observed: { kind: 'not-observed', reason: 'absence' }, evidence: '' };
    expect(outcomeHints(review)).toMatchObject({ competenciesUnrated: 1, noGround: false });
  });

  it('with no objective, the objectives ground cannot be examined', () => {
    const review = completeReview();
    expect(outcomeHints(review)).toMatchObject({ objectivesTotal: 0, objectivesGround: 'no-objectives', noGround: false });
  });
});

describe('ready check: evaluator and a bilan without objectives', () => {
  it('asks the evaluator’s name', () => {
    const review = completeReview();
    review.evaluator = { name: '  ', role: '', capacity: 'chef-fonctionnel' };
    expect(readyCheck(review)).toEqual([{ code: 'evaluator-missing' }]);
    delete review.evaluator;
    expect(readyCheck(review)).toEqual([{ code: 'evaluator-missing' }]);
  });

  it('asks why a bilan has no objective, and nothing once there is one', () => {
    const review = completeReview();
    review.noObjectivesReason = ' ';
    expect(readyCheck(review)).toEqual([{ code: 'no-objectives-reason-missing' }]);
    review.objectives = [{ id: 'o', description: 'Objectif', result: 'atteint', comment: '' }];
    expect(readyCheck(review)).toEqual([]);
  });
});

describe('status', () => {
  it('becomes prête only when complete, and goes back on request or when an edit leaves it incomplete', () => {
    const incomplete = markReady(reviewOf(), 'now');
    expect(incomplete).toMatchObject({ ok: false, error: { code: 'missing', missing: expect.arrayContaining([expect.objectContaining({ code: 'rating-missing' })]) } });
    const ready = markReady(completeReview(), 'now');
    expect(ready).toMatchObject({ ok: true, value: { status: 'prete' } });
    if (!ready.ok) return;
    expect(backToDraft(ready.value, 'later')).toMatchObject({ ok: true, value: { status: 'brouillon' } });
    const edited = { ...ready.value, ratings: { ...ready.value.ratings, communiquer: { observed: null, evidence: '' } } };
    expect(statusAfterEdit(edited)).toBe('brouillon');
    expect(markReady({ ...ready.value, status: 'finalisee' }, 'x')).toEqual({ ok: false, error: { code: 'review-locked' } });
  });
});
