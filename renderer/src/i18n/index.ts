import { createContext, createElement, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { isLanguage, pickLanguage, type Language } from '../../../shared/locale';
import type { Messages } from './fr';
import { frStart } from './fr-start';
import { mergeTexts, translator, type Texts, type TFunction, type TranslationKey, type TranslationOptions } from './translate';

export type { TFunction, TranslationKey };

export const DEFAULT_LANGUAGE: Language = 'fr';

/** Where the language chosen in Paramètres is remembered (per profile, read before the first paint). */
export const LANGUAGE_STORAGE_KEY = 'jalon.language';

function storedLanguage(): Language | null {
  try {
    const value = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

/** The language chosen in Paramètres, or else the system's (navigator.languages), or else French. */
export function initialLanguage(): Language {
  return storedLanguage() ?? pickLanguage(globalThis.navigator?.languages ?? []);
}

/** A key the app asks for that no language file has: reported loudly (the e2e suite fails on it), never shown silently. */
function reportMissing(key: string, language: Language) {
  console.error(`i18n: missing key "${key}" (${language})`);
}

/**
 * The texts loaded so far. French ships in the first script (the default and
 * the fallback), only what startup draws (./fr-start.ts); the rest of French
 * comes after the first paint, and every screen loaded later waits for it
 * (`withScreenTexts`). Dutch and English are scripts of their own, loaded when
 * the interface or a report needs them. All ship with the app: nothing is
 * fetched from a server.
 */
const RESOURCES: Partial<Record<Language, Texts>> = { fr: frStart };
const LOADERS: Record<Exclude<Language, 'fr'>, () => Promise<Messages>> = {
  nl: () => import('./nl').then((module) => module.nl),
  en: () => import('./en').then((module) => module.en),
};

let screenTexts: Promise<void> | null = null;
/** Loads the French texts of the screens after startup's (once; a failed load is tried again by the next caller). */
export function loadScreenTexts(): Promise<void> {
  screenTexts ??= import('./fr-screens').then(
    ({ frScreens }) => {
      RESOURCES.fr = mergeTexts(frStart, frScreens);
    },
    (error: unknown) => {
      screenTexts = null;
      throw error;
    },
  );
  return screenTexts;
}

/** A screen's (or a dialog's) code loaded with the texts it draws: what every `import()` of the interface goes through. */
export async function withScreenTexts<T>(load: () => Promise<T>): Promise<T> {
  const [loaded] = await Promise.all([load(), loadScreenTexts()]);
  return loaded;
}

const translators = new Map<Language, TFunction>();
/** The `t` of a language (one per language, so that it changes only with the language). */
function translatorFor(language: Language): TFunction {
  let t = translators.get(language);
  if (!t) translators.set(language, (t = translator(language, (wanted) => RESOURCES[wanted], reportMissing)));
  return t;
}

/** Whether a language's texts are loaded (French always is). */
export function isLanguageLoaded(language: Language): boolean {
  return RESOURCES[language] !== undefined;
}

/** Loads a language's texts once, for the interface and every report. */
export async function loadLanguage(language: Language): Promise<void> {
  if (language === 'fr' || isLanguageLoaded(language)) return;
  RESOURCES[language] = await LOADERS[language]();
}

let interfaceLanguage: Language = DEFAULT_LANGUAGE;
const listeners = new Set<() => void>();

function setInterfaceLanguage(language: Language) {
  interfaceLanguage = language;
  if (globalThis.document) globalThis.document.documentElement.lang = language;
  for (const listener of listeners) listener();
}
setInterfaceLanguage(DEFAULT_LANGUAGE);

/** The interface's texts, outside React (a start-up error, an error message). */
export const i18n = {
  t: (key: TranslationKey, options?: TranslationOptions): string => translatorFor(interfaceLanguage)(key, options),
};

/**
 * The interface in the language chosen in Paramètres (or the system's),
 * its texts loaded: awaited before the first render, so that a Dutch or
 * English interface never shows French first. A script that cannot load
 * (it ships with the app: a broken installation) leaves the interface in
 * French rather than not starting.
 */
export const interfaceLanguageReady: Promise<void> = (async () => {
  const language = initialLanguage();
  if (language === DEFAULT_LANGUAGE) return;
  try {
    await loadLanguage(language);
    setInterfaceLanguage(language);
  } catch (error) {
    console.error('i18n: the texts of the chosen language could not be loaded', error);
  }
})();

/** The interface's language now. */
export function currentLanguage(): Language {
  return interfaceLanguage;
}

/** Switches the interface's language and remembers the choice on this computer. */
export async function chooseLanguage(language: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage refused (private mode): the choice holds for this session only.
  }
  await loadLanguage(language);
  setInterfaceLanguage(language);
}

/** A language fixed for what is inside (a report printed in the employee's language, whatever the interface's). */
const FixedLanguage = createContext<Language | null>(null);

/**
 * What is inside speaks `language` (load it first, `loadLanguage`), without
 * touching the interface's language nor the page's `lang`.
 */
export function InLanguage({ language, children }: { language: Language; children: ReactNode }) {
  return createElement(FixedLanguage.Provider, { value: language }, children);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const snapshot = () => interfaceLanguage;

/** The texts in the language of what is drawn (a report's, else the interface's); redraws when the interface's changes. */
export function useTranslation(): { t: TFunction; i18n: { language: Language } } {
  const fixed = useContext(FixedLanguage);
  const shown = useSyncExternalStore(subscribe, snapshot);
  const language = fixed ?? shown;
  return useMemo(() => ({ t: translatorFor(language), i18n: { language } }), [language]);
}
