import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, pickLanguage } from './locale';

describe('locale', () => {
  it('writes a date as 26/11/2026 in fr-BE, nl-BE and en-GB', () => {
    expect(formatDate('2026-11-26', 'fr')).toBe('26/11/2026');
    expect(formatDate('2026-11-26', 'nl')).toBe('26/11/2026');
    expect(formatDate('2026-11-26', 'en')).toBe('26/11/2026');
    expect(formatDate('2026-01-05', 'nl')).toBe('05/01/2026');
  });

  it('writes numbers per locale', () => {
    expect(formatNumber(1234.5, 'fr')).toBe('1\u202f234,5');
    expect(formatNumber(1234.5, 'nl')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  });

  it('picks the first system language Jalon speaks, French otherwise', () => {
    expect(pickLanguage(['nl-BE', 'fr-BE'])).toBe('nl');
    expect(pickLanguage(['de-DE', 'en-US'])).toBe('en');
    expect(pickLanguage(['de-DE'])).toBe('fr');
    expect(pickLanguage([])).toBe('fr');
  });
});
