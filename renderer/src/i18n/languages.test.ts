import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

/** Every text of a language file by its dotted key. */
function texts(value: unknown, path = ''): Map<string, string> {
  const all = new Map<string, string>();
  if (typeof value === 'string') return all.set(path, value);
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    for (const entry of texts(child, path ? `${path}.${key}` : key)) all.set(...entry);
  }
  return all;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(PLURAL_SUFFIX, '');
const variables = (text: string) => [...new Set([...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((match) => match[1]))].sort();

const reference = texts(fr);
const others = { nl: texts(nl), en: texts(en) };

describe.each(Object.entries(others))('%s against fr (the reference)', (language, messages) => {
  it('has exactly the keys of fr.ts', () => {
    expect({ missing: [...reference.keys()].filter((key) => !messages.has(key)), extra: [...messages.keys()].filter((key) => !reference.has(key)) }).toEqual({
      missing: [],
      extra: [],
    });
  });

  it('has the same plural forms for each counted text', () => {
    const forms = (all: Map<string, string>) => {
      const byBase = new Map<string, string[]>();
      for (const key of all.keys()) if (PLURAL_SUFFIX.test(key)) byBase.set(base(key), [...(byBase.get(base(key)) ?? []), key].sort());
      return Object.fromEntries(byBase);
    };
    expect(forms(messages)).toEqual(forms(reference));
  });

  it('uses the same {{variables}} in each text', () => {
    const differing = [...reference].filter(([key, text]) => messages.has(key) && variables(messages.get(key)!).join() !== variables(text).join()).map(([key]) => key);
    expect(differing).toEqual([]);
  });

  it('leaves no text empty and copies no French text by mistake', () => {
    const empty = [...messages].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
    // Texts that are rightly the same as in French: names, symbols, words both languages share.
    const sameEverywhere = /^(Jalon|OK|—|·|✦|< 1|n\.o\.|Addenda|Service|Organisation|Page|Version \{\{version\}\}|Statut|Status|Team|Niveau|Notes|Date|Action|Identification|Observations|Justification|Signatures|distinctive|\{\{count\}\} addend(um|a)|Cycle \{\{number\}\} \(\{\{range\}\}\)|\+ Observations|[\s{}\w.,:/–()-]*\}\})$/;
    const copied = [...messages].filter(([key, text]) => !/^(language\.names\.|frameworkText\.\w+Mark$)/.test(key) && reference.get(key) === text && text.length > 3 && !sameEverywhere.test(text)).map(([key]) => key);
    expect(copied).toEqual([]);
  });

  it(`says « ${language === 'nl' ? 'onvoldoende' : 'insufficient'} » for the only mention left`, () => {
    const word = language === 'nl' ? /onvoldoende/i : /insufficient/i;
    expect(messages.get('review.outcomeInsufficient')).toMatch(word);
    expect([...messages.values()].some((text) => /insuffisant/i.test(text))).toBe(false);
  });
});

describe('Dutch procedure terms (DOMAIN.md)', () => {
  const all = texts(nl);
  it('uses the official names: evaluatiecyclusgesprek, luik balans, luik planning', () => {
    expect(all.get('print.subtitle')).toMatch(/^Evaluatiecyclusgesprek/);
    expect(all.get('review.bilan')).toMatch(/luik balans/i);
    expect(all.get('review.planification')).toMatch(/luik planning/i);
  });
});
