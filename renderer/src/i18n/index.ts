import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLanguage, pickLanguage, type Language } from '../../../shared/locale';
import { fr, type Messages } from './fr';

export const DEFAULT_LANGUAGE: Language = 'fr';

declare module 'i18next' {
  // Declaration merging needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fr };
  }
}

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
function reportMissing(languages: readonly string[], _namespace: string, key: string) {
  console.error(`i18n: missing key "${key}" (${languages.join(', ')})`);
}

/**
 * The texts loaded so far. French ships in the first script (the default and
 * the fallback); Dutch and English are scripts of their own, loaded when the
 * interface or a report needs them (they would add a third to what every
 * start-up loads). All ship with the app: nothing is fetched from a server.
 */
const RESOURCES: Resource = { fr: { translation: fr } };
const LOADERS: Record<Exclude<Language, 'fr'>, () => Promise<Messages>> = {
  nl: () => import('./nl').then((module) => module.nl),
  en: () => import('./en').then((module) => module.en),
};

const OPTIONS = {
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: ['fr', 'nl', 'en'],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
  saveMissing: true,
  missingKeyHandler: reportMissing,
} as const;

void i18next.use(initReactI18next).init({ ...OPTIONS, resources: { ...RESOURCES }, lng: DEFAULT_LANGUAGE });

const fixed = new Map<Language, typeof i18next>();

/** Whether a language's texts are loaded (French always is). */
export function isLanguageLoaded(language: Language): boolean {
  return RESOURCES[language] !== undefined;
}

/** Loads a language's texts once, for the interface and every report instance. */
export async function loadLanguage(language: Language): Promise<void> {
  if (language === 'fr' || isLanguageLoaded(language)) return;
  const translation = await LOADERS[language]();
  RESOURCES[language] = { translation };
  for (const instance of [i18next, ...fixed.values()]) instance.addResourceBundle(language, 'translation', translation, true, true);
}

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
    await i18next.changeLanguage(language);
  } catch (error) {
    console.error('i18n: the texts of the chosen language could not be loaded', error);
  }
})();

/**
 * An i18next instance fixed on one language, for a document printed in the
 * employee's language whatever the interface's (the print view; load the
 * language first, `loadLanguage`). Switching it never touches the
 * interface's language nor the page's `lang`.
 */
export function languageInstance(language: Language): typeof i18next {
  let instance = fixed.get(language);
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({ ...OPTIONS, resources: { ...RESOURCES }, lng: language });
    fixed.set(language, instance);
  }
  return instance;
}

function setDocumentLanguage(language: string) {
  if (globalThis.document) globalThis.document.documentElement.lang = language;
}
setDocumentLanguage(i18next.language);
i18next.on('languageChanged', setDocumentLanguage);

/** The interface's language now. */
export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : DEFAULT_LANGUAGE;
}

/** Switches the interface's language and remembers the choice on this computer. */
export async function chooseLanguage(language: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage refused (private mode): the choice holds for this session only.
  }
  await loadLanguage(language);
  await i18next.changeLanguage(language);
}

export { i18next };
