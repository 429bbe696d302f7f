import { describe, expect, it } from 'vitest';
import { cycleAt } from '../cycles';
import { addObjective, removeObjective, setEvidence, setNotObservedReason, setObserved, updateObjective } from './edits';
import { TEXT_MAX, newReview } from './review';

const review = newReview({
  id: 'r',
  person: { id: 'p', classHistory: [{ classId: 'C', from: '2020-01-01' }], limitedLeadership: false },
  cycle: cycleAt('2024-01-01', 0),
  classId: 'C',
  now: 'now',
});

describe('review edits', () => {
  it('sets a rating and its evidence without touching the original', () => {
    const rated = setEvidence(setObserved(review, 'communiquer', { kind: 'level', level: 2 }), 'communiquer', 'Réunion du 3/4');
    expect(rated.ratings.communiquer).toEqual({ observed: { kind: 'level', level: 2 }, evidence: 'Réunion du 3/4' });
    expect(review.ratings).toEqual({});
  });

  it('keeps the reason when "non observé" is chosen again', () => {
    const withReason = setNotObservedReason(setObserved(review, 'agilite', { kind: 'not-observed', reason: '' }), 'agilite', 'Absence longue');
    expect(setObserved(withReason, 'agilite', { kind: 'not-observed', reason: '' }).ratings.agilite!.observed).toEqual({
      kind: 'not-observed',
      reason: 'Absence longue',
    });
  });

  it('cuts a text longer than the limit', () => {
    expect(setEvidence(review, 'guider', 'x'.repeat(TEXT_MAX + 10)).ratings.guider!.evidence).toHaveLength(TEXT_MAX);
  });

  it('adds, changes and removes objectives', () => {
    let next = addObjective(review, 'o1');
    next = updateObjective(next, 'o1', { description: 'Clore 200 dossiers', result: 'atteint' });
    expect(next.objectives).toEqual([{ id: 'o1', description: 'Clore 200 dossiers', result: 'atteint', comment: '' }]);
    expect(removeObjective(next, 'o1').objectives).toEqual([]);
  });
});
