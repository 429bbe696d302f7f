import { describe, expect, it } from 'vitest';
import { keepFrenchPunctuationTogether } from './typography';

describe('keepFrenchPunctuationTogether', () => {
  it('binds guillemets and high punctuation to their words with non-breaking spaces', () => {
    expect(keepFrenchPunctuationTogether('les « réunions » ; fin : oui ! non ?')).toBe('les «\u00a0réunions\u00a0» ;'.replace(' ;', '\u00a0;') + ' fin\u00a0: oui\u00a0! non\u00a0?');
  });
  it('leaves text without such spaces as it is', () => {
    expect(keepFrenchPunctuationTogether('«réunions» 12:30 <b>x</b>')).toBe('«réunions» 12:30 <b>x</b>');
  });
});
