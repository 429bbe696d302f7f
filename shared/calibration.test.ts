import { describe, expect, it } from 'vitest';
import { calibration, calibrationClasses, calibrationYears } from './calibration';
import type { CompetencyId } from './framework';
import { newReview, type ObservedRating, type Review } from './reviews/review';

function review(classId: 'C' | 'B', cycleEnd: string, ratings: Record<string, ObservedRating | null>, evidence = 'Vu.'): Review {
  const made = newReview({
    id: `r-${Math.random().toString(36).slice(2)}`,
    person: { id: 'p', classHistory: [{ classId, from: '2000-01-01' }], limitedLeadership: false },
    cycle: { index: 0, start: `${cycleEnd.slice(0, 4)}-01-01`, end: cycleEnd },
    classId,
    now: 'x',
  });
  for (const [id, observed] of Object.entries(ratings)) made.ratings[id as CompetencyId] = { observed, evidence };
  return made;
}
const level = (value: number): ObservedRating => ({ kind: 'level', level: value });

describe('calibration', () => {
  // Class C expects level 1 for these three.
  const reviews = [
    review('C', '2025-12-31', { communiquer: level(1), collaborer: { kind: 'below' }, 'se-connaitre': { kind: 'not-observed', reason: 'absent' } }),
    review('C', '2025-12-31', { communiquer: level(1), collaborer: { kind: 'below' }, 'se-connaitre': { kind: 'not-observed', reason: 'absent' } }),
    review('C', '2025-12-31', { communiquer: level(1), collaborer: level(1), 'se-connaitre': level(2) }, ''),
    review('C', '2024-12-31', { communiquer: level(2) }),
  ];

  it('counts observed − expected per competency for the chosen year only, with its distribution and mean', () => {
    const result = calibration(reviews, 2025);
    expect(result.reviews).toBe(3);
    const row = (id: string) => result.rows.find((candidate) => candidate.competencyId === id)!;
    expect(row('communiquer')).toMatchObject({ rated: 3, met: 3, below: 0, above: 0, notObserved: 0, distribution: { 0: 3 }, mean: 0 });
    expect(row('collaborer')).toMatchObject({ rated: 3, below: 2, met: 1, distribution: { '-1': 2, 0: 1 }, mean: -0.67 });
    expect(row('se-connaitre')).toMatchObject({ rated: 1, above: 1, notObserved: 2, withoutEvidence: 1 });
    // A competency of the profile nobody rated is listed with zeros.
    expect(row('penser-critique')).toMatchObject({ rated: 0, mean: null });
  });

  it('raises the signals: everyone « atteint », one competency much more severe, gaps without evidence, « non observé » often', () => {
    const codes = calibration(reviews, 2025).signals.map((signal) => `${signal.code}:${signal.competencyId}`);
    expect(codes).toContain('all-met:communiquer');
    expect(codes).toContain('severe:collaborer');
    expect(codes).toContain('no-evidence:se-connaitre');
    expect(codes).toContain('not-observed:se-connaitre');
    expect(codes).not.toContain('severe:communiquer');
  });

  it('narrows to one class, and lists years and classes', () => {
    const mixed = [...reviews, review('B', '2025-12-31', { communiquer: level(3) })];
    expect(calibration(mixed, 2025, 'B').reviews).toBe(1);
    expect(calibration(mixed, 2025, 'C').reviews).toBe(3);
    expect(calibrationYears(mixed)).toEqual([2025, 2024]);
    expect(calibrationClasses(mixed, 2025)).toEqual(['B', 'C']);
  });

  it('never carries a person: only counts per competency', () => {
    expect(JSON.stringify(calibration(reviews, 2025))).not.toContain('"p"');
  });
});
