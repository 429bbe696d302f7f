import { describe, expect, it } from 'vitest';
import { setEvidence, setObserved } from '../../../../shared/reviews/edits';
import { cycleAt } from '../../../../shared/cycles';
import { newReview } from '../../../../shared/reviews/review';
import { sameButEvidence, sameButRatings } from './same-review';

const review = newReview({
  id: 'r',
  person: { id: 'p', classHistory: [{ classId: 'C', from: '2020-01-01' }], limitedLeadership: false },
  cycle: cycleAt('2024-01-01', 0),
  classId: 'C',
  now: 'now',
});
const edit = () => undefined;
const competency = 'communiquer';

describe('sameButRatings', () => {
  it('keeps a section as it is when only a rating or its evidence changed', () => {
    expect(sameButRatings({ review, edit }, { review: setObserved(review, competency, { kind: 'level', level: 2 }), edit })).toBe(true);
    expect(sameButRatings({ review, edit }, { review: setEvidence(review, competency, 'Observé en réunion'), edit })).toBe(true);
  });

  it('redraws it when any other field of the review changed, or another prop', () => {
    expect(sameButRatings({ review, edit }, { review: { ...review, status: 'prete' }, edit })).toBe(false);
    expect(sameButRatings({ review, edit }, { review: { ...review, objectives: [...review.objectives] }, edit })).toBe(false);
    expect(sameButRatings({ review, edit }, { review: { ...review, noObjectivesReason: 'Premier cycle.' }, edit })).toBe(false);
    expect(sameButRatings({ review, edit }, { review, edit: () => undefined })).toBe(false);
  });
});

describe('sameButEvidence', () => {
  const rated = setObserved(review, competency, { kind: 'level', level: 2 });

  it('keeps a section as it is when only evidence was typed, on a rated competency or an unrated one', () => {
    expect(sameButEvidence({ review: rated, edit }, { review: setEvidence(rated, competency, 'Observé en réunion'), edit })).toBe(true);
    expect(sameButEvidence({ review, edit }, { review: setEvidence(review, competency, 'Observé en réunion'), edit })).toBe(true);
  });

  it('redraws it when a level changed, was set or was cleared, or anything else did', () => {
    expect(sameButEvidence({ review, edit }, { review: rated, edit })).toBe(false);
    expect(sameButEvidence({ review: rated, edit }, { review: setObserved(rated, competency, { kind: 'level', level: 3 }), edit })).toBe(false);
    expect(sameButEvidence({ review: rated, edit }, { review: setObserved(rated, competency, null), edit })).toBe(false);
    expect(sameButEvidence({ review: rated, edit }, { review: { ...rated, outcome: 'insuffisant' }, edit })).toBe(false);
    expect(sameButEvidence({ review, edit }, { review, edit: () => undefined })).toBe(false);
  });
});
