import { describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/locale';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';
import { translator } from './translate';

const all = { fr, nl, en } as Partial<Record<Language, typeof fr>>;

function tFor(language: Language, texts: Partial<Record<Language, unknown>> = all) {
  const missing: string[] = [];
  const t = translator(language, (wanted) => texts[wanted] as never, (key, lng) => missing.push(`${lng}:${key}`));
  return { t, missing };
}

describe('looking up a text', () => {
  it('follows dotted keys into the texts and writes each variable as given', () => {
    const { t, missing } = tFor('fr');
    expect(t('app.name')).toBe('Jalon');
    expect(t('review.missing.evidence-missing', { name: 'Se connaître' })).toBe(fr.review.missing['evidence-missing'].replace('{{name}}', 'Se connaître'));
    expect(missing).toEqual([]);
  });

  it('takes the _zero text for 0 when there is one, else the language’s plural category', () => {
    const { t } = tFor('fr');
    expect(t('review.missingTitle', { count: 0 })).toBe('Rien ne manque');
    expect(t('review.missingTitle', { count: 1 })).toBe('Il manque 1 élément');
    expect(t('review.missingTitle', { count: 3 })).toBe('Il manque 3 éléments');
    expect(t('journal.shown', { count: 1 })).toBe('1 note');
    // Without a _zero text, French says 0 in the singular (Intl.PluralRules), English in the plural.
    const noZero = { fr: { n_one: '{{count}} note', n_other: '{{count}} notes' }, en: { n_one: '{{count}} note', n_other: '{{count}} notes' } };
    expect(tFor('fr', noZero).t('n' as never, { count: 0 })).toBe('0 note');
    expect(tFor('en', noZero).t('n' as never, { count: 0 })).toBe('0 notes');
    const english = tFor('en').t;
    expect(english('journal.shown', { count: 2 })).toBe(en.journal.shown_other.replace('{{count}}', '2'));
  });

  it('keeps a variable that is not given as written, and writes an empty one as nothing', () => {
    const texts = { fr: { a: 'Bonjour {{name}} et {{ other }}' } };
    const { t } = tFor('fr', texts);
    expect(t('a' as never)).toBe('Bonjour {{name}} et {{ other }}');
    expect(t('a' as never, { name: 'Anne' })).toBe('Bonjour Anne et {{ other }}');
    expect(t('a' as never, { name: undefined, other: 0 })).toBe('Bonjour  et 0');
  });

  it('takes a key missing in Dutch or English from French, and reports a key missing everywhere', () => {
    const texts = { fr: { only: 'en français', both: 'fr' }, nl: { both: 'nl' } };
    const { t, missing } = tFor('nl', texts);
    expect(t('both' as never)).toBe('nl');
    expect(t('only' as never)).toBe('en français');
    expect(missing).toEqual([]);
    expect(t('nowhere.at.all' as never)).toBe('nowhere.at.all');
    expect(missing).toEqual(['nl:nowhere.at.all']);
  });

  it('finds a language loaded after the translator was made', () => {
    const texts: Partial<Record<Language, unknown>> = { fr: { hello: 'bonjour' } };
    const { t } = tFor('nl', texts);
    expect(t('hello' as never)).toBe('bonjour');
    texts.nl = { hello: 'hallo' };
    expect(t('hello' as never)).toBe('hallo');
  });

  it('finds a part of a language merged in after a key was asked, and answers the same key alike again', () => {
    const texts: Partial<Record<Language, unknown>> = { fr: { start: 'début' } };
    const { t, missing } = tFor('fr', texts);
    expect(t('later.text' as never)).toBe('later.text');
    expect(missing).toEqual(['fr:later.text']);
    texts.fr = { start: 'début', later: { text: 'Cycle {{n}} ({{ n }}) : {{n}}' } };
    expect(t('later.text' as never, { n: 2 })).toBe('Cycle 2 (2) : 2');
    expect(t('later.text' as never, { n: 3 })).toBe('Cycle 3 (3) : 3');
    expect(t('start' as never)).toBe('début');
  });

  it('says every plural of the three languages in each of their categories', () => {
    for (const language of ['fr', 'nl', 'en'] as const) {
      const { t, missing } = tFor(language);
      for (const count of [0, 1, 2, 5]) expect(t('journal.count', { count })).not.toMatch(/journal\.count|\{\{/);
      expect(missing).toEqual([]);
    }
  });
});
