import { describe, expect, it } from 'vitest';
import { classOn, matchesSearch, personFieldsFromDraft, validateClassChange, validatePersonDraft, type PersonDraft } from './person';

const draft: PersonDraft = {
  name: 'Marie Dupont',
  staffNumber: 'ab123',
  classId: 'C',
  classFrom: '2020-01-01',
  employment: 'statutaire',
  limitedLeadership: false,
  service: 'Recouvrement',
  notes: '',
  cycleStart: '2024-01-01',
};

describe('validatePersonDraft', () => {
  it('accepts a complete draft', () => {
    expect(validatePersonDraft(draft, [])).toEqual([]);
  });

  it('refuses an empty name, an unknown class and impossible dates', () => {
    const errors = validatePersonDraft({ ...draft, name: '   ', classId: 'E', classFrom: '2023-02-30', cycleStart: '3024-01-01' }, []);
    expect(errors).toEqual([
      { field: 'name', code: 'required' },
      { field: 'classId', code: 'invalid-class' },
      { field: 'classFrom', code: 'invalid-date' },
      { field: 'cycleStart', code: 'invalid-date' },
    ]);
  });

  it('refuses a staff number another person has, whatever its case and spaces, but not the person’s own', () => {
    const others = [{ id: 'x', staffNumber: 'AB123' }];
    expect(validatePersonDraft({ ...draft, staffNumber: ' ab123 ' }, others)).toEqual([{ field: 'staffNumber', code: 'duplicate' }]);
    expect(validatePersonDraft(draft, others, 'x')).toEqual([]);
    expect(validatePersonDraft({ ...draft, staffNumber: '' }, [{ id: 'y', staffNumber: '' }])).toEqual([]);
  });

  it('refuses names too long or with control characters', () => {
    expect(validatePersonDraft({ ...draft, name: 'x'.repeat(121) }, [])).toEqual([{ field: 'name', code: 'too-long' }]);
    expect(validatePersonDraft({ ...draft, name: 'a\u0007b' }, [])).toEqual([{ field: 'name', code: 'invalid-characters' }]);
  });

  it('cleans what it stores, keeping accents, emoji and markup as typed', () => {
    const fields = personFieldsFromDraft({ ...draft, name: '  Zoë   <b>Ünal</b> 🌟 ', staffNumber: ' ab123 ' });
    expect(fields.name).toBe('Zoë <b>Ünal</b> 🌟');
    expect(fields.staffNumber).toBe('AB123');
  });
});

describe('class history', () => {
  const person = { classHistory: [{ classId: 'C' as const, from: '2020-01-01' }, { classId: 'B' as const, from: '2025-06-01' }] };

  it('gives the class in force on a date', () => {
    expect(classOn(person, '2019-12-31')).toBeNull();
    expect(classOn(person, '2025-05-31')).toBe('C');
    expect(classOn(person, '2025-06-01')).toBe('B');
  });

  it('accepts a change only after the last one, to another class', () => {
    expect(validateClassChange(person, { classId: 'A1', from: '2026-01-01' })).toEqual([]);
    expect(validateClassChange(person, { classId: 'A1', from: '2025-06-01' })).toEqual([{ field: 'from', code: 'before-previous-class' }]);
    expect(validateClassChange(person, { classId: 'B', from: '2026-01-01' })).toEqual([{ field: 'classId', code: 'same-class' }]);
    expect(validateClassChange(person, { classId: 'Z', from: 'demain' })).toEqual([
      { field: 'classId', code: 'invalid-class' },
      { field: 'from', code: 'invalid-date' },
    ]);
  });
});

describe('matchesSearch', () => {
  it('ignores case and accents', () => {
    const person = { name: 'Zoë Ünal', staffNumber: 'AB123', service: 'Contentieux' };
    expect(matchesSearch(person, 'zoe')).toBe(true);
    expect(matchesSearch(person, 'UNAL')).toBe(true);
    expect(matchesSearch(person, 'ab1')).toBe(true);
    expect(matchesSearch(person, 'conten')).toBe(true);
    expect(matchesSearch(person, 'dupont')).toBe(false);
  });
});
