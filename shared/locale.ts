/**
 * Jalon's languages and how each writes dates and numbers. Every date or
 * number shown to the user in a given language goes through here, so that
 * one place knows that French means fr-BE, Dutch nl-BE and English en-GB.
 */
import type { IsoDate } from './dates';

export const LANGUAGES = ['fr', 'nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The BCP 47 locale of each language: Belgian French and Dutch, British English. */
export const LOCALES: Readonly<Record<Language, string>> = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-GB' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The first of the user's preferred languages (e.g. `navigator.languages`)
 * that Jalon speaks, matched on the primary subtag (nl-NL → nl); French when
 * none is.
 */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(primary)) return primary;
  }
  return 'fr';
}

const dateFormats = new Map<Language, Intl.DateTimeFormat>();
const numberFormats = new Map<Language, Intl.NumberFormat>();

/** A calendar date as the language writes it in figures (26/11/2026 in all three); the ISO text itself if it is no date. */
export function formatDate(date: IsoDate, language: Language): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return date;
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(language, format);
  }
  return format.format(new Date(Date.UTC(year, month - 1, day)));
}

/** A number as the language writes it (1 234,5 in French and Dutch, 1,234.5 in English). */
export function formatNumber(value: number, language: Language): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 2 });
    numberFormats.set(language, format);
  }
  return format.format(value);
}
