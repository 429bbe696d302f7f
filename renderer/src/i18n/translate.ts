import type { Language } from '../../../shared/locale';
import type { fr } from './fr';

/*
 * Looking up a text: the few things Jalon asks of a translation library, and
 * nothing more (i18next weighed 16 KB gzip in every start-up's script):
 * - dotted keys into nested objects (`team.title`), typed from fr.ts;
 * - `{{name}}` replaced by the option of that name, written as is (React escapes);
 *   a name the options do not have stays as written;
 * - plurals by `count`: `key_zero` when count is 0 and it exists, else the
 *   language's plural category (`key_one`, `key_other`, Intl.PluralRules);
 * - a key missing in the language is taken from French; missing there too,
 *   it is reported (`onMissing`) and the key itself is shown.
 */

/** Texts by key, nested. */
export type Texts = { readonly [key: string]: string | Texts };

/** Every dotted path to a text of T. */
type Paths<T> = { [K in keyof T & string]: T[K] extends string ? K : `${K}.${Paths<T[K]>}` }[keyof T & string];
/** A plural's base key (`journal.count` for `journal.count_one`). */
type PluralBase<K extends string> = K extends `${infer Base}_${'zero' | 'one' | 'other'}` ? Base : K;

/** A key of the app's texts (fr.ts is the reference: every key is there). */
export type TranslationKey = PluralBase<Paths<typeof fr>>;

export type TranslationOptions = { readonly count?: number } & Readonly<Record<string, unknown>>;

/** Looks up a text in the translator's language. */
export type TFunction = (key: TranslationKey, options?: TranslationOptions) => string;

/** One language's texts as loaded so far (the parts of a language may come in several pieces). */
export type TextSource = (language: Language) => Texts | undefined;

const plurals = new Map<Language, Intl.PluralRules>();
function pluralCategory(language: Language, count: number): Intl.LDMLPluralRule {
  let rules = plurals.get(language);
  if (!rules) plurals.set(language, (rules = new Intl.PluralRules(language)));
  return rules.select(count);
}

/**
 * Each set of texts' answers, by key: a screen asks the same few keys again and again (the
 * progression's cells: three a cell, ≈ 1,500 at 40 years). Sets of texts are never changed, only
 * replaced (a part loaded is merged into a new object), so an answer kept holds while its set lives.
 */
const answers = new WeakMap<Texts, Map<string, string | undefined>>();

function lookup(texts: Texts | undefined, path: string): string | undefined {
  if (texts === undefined) return undefined;
  let known = answers.get(texts);
  if (known === undefined) answers.set(texts, (known = new Map()));
  if (known.has(path)) return known.get(path);
  let node: string | Texts | undefined = texts;
  for (const part of path.split('.')) {
    if (node === undefined || typeof node === 'string') {
      node = undefined;
      break;
    }
    node = node[part];
  }
  const text = typeof node === 'string' ? node : undefined;
  known.set(path, text);
  return text;
}

function resolve(texts: Texts | undefined, language: Language, key: string, count: number | undefined): string | undefined {
  if (count === undefined) return lookup(texts, key);
  return (count === 0 ? lookup(texts, `${key}_zero`) : undefined) ?? lookup(texts, `${key}_${pluralCategory(language, count)}`) ?? lookup(texts, key);
}

/** A text cut at its `{{name}}`s: the words between them at even places, the names as written at odd ones. */
type Template = readonly string[];
const VARIABLE = /\{\{([^{}]+)\}\}/;
const templates = new Map<string, Template>();

function templateOf(text: string): Template {
  let template = templates.get(text);
  if (template === undefined) {
    // split keeps the captured names: 'Cycle {{number}} ({{ year }})' → ['Cycle ', 'number', ' (', ' year ', ')'].
    template = text.split(VARIABLE);
    templates.set(text, template);
  }
  return template;
}

function interpolate(text: string, options: TranslationOptions | undefined): string {
  if (!options || !text.includes('{{')) return text;
  const template = templateOf(text);
  let written = template[0]!;
  for (let index = 1; index < template.length; index += 2) {
    const name = template[index]!;
    const variable = name.trim();
    if (Object.hasOwn(options, variable)) {
      const value = options[variable];
      written += value === undefined || value === null ? '' : String(value);
    } else {
      written += `{{${name}}}`;
    }
    written += template[index + 1]!;
  }
  return written;
}

/** A `t` fixed on one language, reading the texts `source` holds at each call (a part loaded later is found). */
export function translator(language: Language, source: TextSource, onMissing: (key: string, language: Language) => void): TFunction {
  return (key, options) => {
    const count = typeof options?.count === 'number' ? options.count : undefined;
    const found = resolve(source(language), language, key, count) ?? (language === 'fr' ? undefined : resolve(source('fr'), 'fr', key, count));
    if (found === undefined) {
      onMissing(key, language);
      return key;
    }
    return interpolate(found, options);
  };
}

/** Two sets of texts as one (the parts of a language); a key in both keeps the second's text. */
export function mergeTexts<A extends Texts, B extends Texts>(first: A, second: B): A & B {
  const merged: Record<string, string | Texts> = { ...first };
  for (const [key, value] of Object.entries(second)) {
    const before = merged[key];
    merged[key] = typeof value !== 'string' && before !== undefined && typeof before !== 'string' ? mergeTexts(before, value) : value;
  }
  return merged as A & B;
}
