import { describe, expect, it } from 'vitest';
import { textProblem } from './text';

describe('textProblem: one validator for free text', () => {
  it.each([
    ['Service\u0000', 'control'],
    ['a\u0007b', 'control'],
    ['\u007f', 'control'],
    ['Dupont \u202eetnoD', 'bidi'],
    ['\u2066isolé\u2069', 'bidi'],
    ['moitié \ud83d', 'surrogate'],
    ['\ude00 seul', 'surrogate'],
  ] as const)('refuses %j (%s)', (value, problem) => {
    expect(textProblem(value)).toBe(problem);
  });

  it.each(['Zoë Ünal 🌟', 'ligne\nsuivante\ttab', 'عربي', 'נעמי', ''])('accepts %j', (value) => {
    expect(textProblem(value)).toBeNull();
  });
});
