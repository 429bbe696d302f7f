import { describe, expect, it } from 'vitest';
import { cycleAt } from '../cycles';
import { meetingSteps, ratingForKey } from './meeting';
import { newReview } from './review';

const review = newReview({
  id: 'r',
  person: { id: 'p', classHistory: [{ classId: 'B', from: '2020-01-01' }], limitedLeadership: false },
  cycle: cycleAt('2025-01-01', 1),
  classId: 'B',
  now: 'x',
});

describe('meetingSteps', () => {
  it('goes objectives, every expected competency in the profile’s order, then the summary', () => {
    const steps = meetingSteps(review);
    const expected = review.profile.filter((entry) => entry.expectedLevel !== null).map((entry) => entry.id);
    expect(steps[0]).toEqual({ kind: 'objectives' });
    expect(steps.at(-1)).toEqual({ kind: 'summary' });
    expect(steps.slice(1, -1)).toEqual(expected.map((id) => ({ kind: 'competency', id })));
  });

  it('adds a competency outside the profile once it is rated', () => {
    const outside = review.profile.find((entry) => entry.expectedLevel === null)!;
    const rated = { ...review, ratings: { [outside.id]: { observed: { kind: 'level', level: 1 }, evidence: '' } } } as typeof review;
    expect(meetingSteps(rated).some((step) => step.kind === 'competency' && step.id === outside.id)).toBe(true);
    expect(meetingSteps(review).some((step) => step.kind === 'competency' && step.id === outside.id)).toBe(false);
  });
});

describe('ratingForKey', () => {
  const entry = { levelTitles: ['a', 'b', 'c'] };
  it('reads digits up to the competency’s levels, 0 and N, and nothing else', () => {
    expect(ratingForKey('2', entry)).toEqual({ kind: 'level', level: 2 });
    expect(ratingForKey('0', entry)).toEqual({ kind: 'below' });
    expect(ratingForKey('n', entry)).toEqual({ kind: 'not-observed', reason: '' });
    expect(ratingForKey('4', entry)).toBeNull();
    expect(ratingForKey('x', entry)).toBeNull();
  });
});
