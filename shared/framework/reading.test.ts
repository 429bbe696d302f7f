import { describe, expect, it } from 'vitest';
import { FRAMEWORK_DO } from './index';
import { levelClassesLabel, splitDefinedTerms } from './reading';

describe('reading the framework as the document prints it', () => {
  it('Guider level 1 reads "A1*/A2*" (only with a limited leadership role)', () => {
    const guider = FRAMEWORK_DO.competencies.find((competency) => competency.id === 'guider')!;
    expect(levelClassesLabel(guider.levels[0]!)).toBe('A1*/A2*');
    expect(levelClassesLabel(guider.levels[1]!)).toBe('');
    const critique = FRAMEWORK_DO.competencies.find((competency) => competency.id === 'penser-critique')!;
    expect(critique.levels.map(levelClassesLabel).join(' | ')).toMatch(/D/);
  });

  it('finds "spécialisation*" and "expertise*" in the criteria and keeps the text exactly', () => {
    const terms = FRAMEWORK_DO.definitions.map((definition) => definition.term);
    const knowledge = FRAMEWORK_DO.distinctiveCriteria[0]!;
    const b = splitDefinedTerms(knowledge.byClass.B!, terms);
    expect(b.filter((part) => part.kind === 'term').map((part) => part.kind === 'term' && part.term)).toEqual(['spécialisation']);
    expect(b.map((part) => part.text).join('')).toBe(knowledge.byClass.B);
    const a2 = splitDefinedTerms(knowledge.byClass.A2!, terms);
    expect(a2.filter((part) => part.kind === 'term').map((part) => part.text)).toEqual(['expertise*']);
    // Without a star, "expertise" is plain text (the Conseil row of A2).
    expect(splitDefinedTerms("sur base de son expertise.", terms)).toEqual([{ kind: 'text', text: 'sur base de son expertise.' }]);
  });
});
