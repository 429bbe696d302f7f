import { describe, expect, it } from 'vitest';
import { cycleX, expectedSteps, levelY, observedSegments } from './ProgressionChart';

const expected = (...levels: (number | null)[]) => levels.map((level) => ({ expected: level }));
const observed = (...levels: (number | null)[]) => levels.map((level) => ({ observed: level }));

describe('the progression chart’s lines', () => {
  it('places the cycles across the width and the levels down, level 4 at the top', () => {
    expect([cycleX(0, 3), cycleX(1, 3), cycleX(2, 3)]).toEqual([5, 50, 95]);
    expect(cycleX(0, 1)).toBe(50);
    expect(levelY(4)).toBeLessThan(levelY(1));
  });

  it('draws the expected level flat over each cycle, stepping half-way to the next at a class change', () => {
    const middle = (cycleX(0, 3) + cycleX(1, 3)) / 2;
    // C, C, then B: flat, then a step between the second and third cycles.
    expect(expectedSteps(expected(1, 1, 2))).toEqual([
      { x1: cycleX(0, 3), y1: levelY(1), x2: middle, y2: levelY(1) },
      { x1: middle, y1: levelY(1), x2: cycleX(1, 3), y2: levelY(1) },
      { x1: cycleX(1, 3), y1: levelY(1), x2: (cycleX(1, 3) + cycleX(2, 3)) / 2, y2: levelY(1) },
      { x1: (cycleX(1, 3) + cycleX(2, 3)) / 2, y1: levelY(1), x2: (cycleX(1, 3) + cycleX(2, 3)) / 2, y2: levelY(2) },
      { x1: (cycleX(1, 3) + cycleX(2, 3)) / 2, y1: levelY(2), x2: cycleX(2, 3), y2: levelY(2) },
    ]);
  });

  it('breaks the expected line where the profile leaves the competency out', () => {
    expect(expectedSteps(expected(1, null, 1))).toEqual([]);
    expect(expectedSteps(expected(null, 2, 2))).toHaveLength(2);
  });

  it('joins the observed levels in order, passing over a cycle not rated', () => {
    expect(observedSegments(observed(1, null, 3))).toEqual([{ x1: cycleX(0, 3), y1: levelY(1), x2: cycleX(2, 3), y2: levelY(3) }]);
    expect(observedSegments(observed(2))).toEqual([]);
  });
});
