import { describe, expect, it } from 'vitest';
import { cycleAt } from './cycles';
import type { Person } from './people/person';
import { compareReviews, progression } from './progression';
import { newReview, type Review } from './reviews/review';

const person: Pick<Person, 'id' | 'classHistory' | 'limitedLeadership'> = {
  id: 'p',
  classHistory: [
    { classId: 'C', from: '2018-01-01' },
    { classId: 'B', from: '2024-03-01' },
  ],
  limitedLeadership: false,
};

function review(index: number, classId: 'C' | 'B', critique: number | 'below' | null, change: Partial<Review> = {}): Review {
  const base = newReview({ id: `r${index}`, person, cycle: cycleAt('2021-01-01', index), classId, now: 'x' });
  if (critique !== null) {
    base.ratings['penser-critique'] = { observed: critique === 'below' ? { kind: 'below' } : { kind: 'level', level: critique }, evidence: 'x' };
  }
  return { ...base, ...change };
}

describe('progression', () => {
  it('shows the expectation step at a promotion from C to B, and the observed levels in cycle order', () => {
    const reviews = [review(3, 'B', 2), review(0, 'C', 1), review(1, 'C', 'below'), review(2, 'C', null)];
    const critique = progression(reviews).find((line) => line.id === 'penser-critique')!;
    expect(critique.points.map((point) => [point.cycleStart.slice(0, 4), point.classId, point.expected, point.observed])).toEqual([
      ['2021', 'C', 1, 1],
      ['2022', 'C', 1, 0],
      ['2023', 'C', 1, null],
      ['2024', 'B', 2, 2],
    ]);
    const vision = progression(reviews).find((line) => line.id === 'developper-vision')!;
    expect(vision.points.map((point) => point.expected)).toEqual([null, null, null, 1]);
  });

  it('gives twelve empty lines for a person with no review', () => {
    expect(progression([]).every((line) => line.points.length === 0)).toBe(true);
    expect(progression([])).toHaveLength(12);
  });
});

describe('compareReviews', () => {
  it('says what rose, fell and stayed', () => {
    const a = review(0, 'C', 1);
    a.ratings.communiquer = { observed: { kind: 'level', level: 2 }, evidence: 'x' };
    a.ratings.collaborer = { observed: { kind: 'level', level: 1 }, evidence: '' };
    const b = review(1, 'C', 2);
    b.ratings.communiquer = { observed: { kind: 'below' }, evidence: 'x' };
    b.ratings.collaborer = { observed: { kind: 'level', level: 1 }, evidence: '' };
    b.ratings.agilite = { observed: { kind: 'level', level: 1 }, evidence: '' };
    expect(compareReviews(a, b).map((line) => [line.id, line.change])).toEqual([
      ['penser-critique', 'rose'],
      ['communiquer', 'fell'],
      ['collaborer', 'same'],
      ['agilite', 'unknown'],
    ]);
  });
});
