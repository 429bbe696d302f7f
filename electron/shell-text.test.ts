import { describe, expect, it } from 'vitest';
import { SHELL_TEXTS, shellTextFor } from './shell-text';

/** Every string of a text set (functions called with sample values), for comparisons across languages. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [String((value as (...args: string[]) => string)('1.0', '/dossier'))];
  return Object.values(value as Record<string, unknown>).flatMap(strings);
}

function shape(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return typeof value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shape(inner)]));
}

describe('the desktop shell’s words', () => {
  it('follow the first system language Jalon speaks, else French', () => {
    expect(shellTextFor(['nl-BE'])).toBe(SHELL_TEXTS.nl);
    expect(shellTextFor(['de-DE', 'en-GB'])).toBe(SHELL_TEXTS.en);
    expect(shellTextFor(['fr_BE'])).toBe(SHELL_TEXTS.fr);
    expect(shellTextFor(['de-DE'])).toBe(SHELL_TEXTS.fr);
    expect(shellTextFor([])).toBe(SHELL_TEXTS.fr);
  });

  it('have every text in every language, none left in French in the others', () => {
    expect(shape(SHELL_TEXTS.nl)).toEqual(shape(SHELL_TEXTS.fr));
    expect(shape(SHELL_TEXTS.en)).toEqual(shape(SHELL_TEXTS.fr));
    const french = new Set(strings(SHELL_TEXTS.fr).filter((text) => text !== 'Jalon'));
    expect(strings(SHELL_TEXTS.nl).filter((text) => french.has(text))).toEqual([]);
    expect(strings(SHELL_TEXTS.en).filter((text) => french.has(text))).toEqual([]);
  });

  it('French with French typography: a non-breaking space before « : », never a plain one', () => {
    for (const text of strings(SHELL_TEXTS.fr)) expect(text).not.toMatch(/ [:;?!]/);
  });
});
