import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLanguage, pickLanguage, type Language } from '../../../shared/locale';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

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

const OPTIONS = {
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: ['fr', 'nl', 'en'],
  resources: { fr: { translation: fr }, nl: { translation: nl }, en: { translation: en } },
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
  saveMissing: true,
  missingKeyHandler: reportMissing,
} as const;

/** All texts ship with the app: no loading from a server, ever. */
void i18next.use(initReactI18next).init({ ...OPTIONS, lng: initialLanguage() });

const fixed = new Map<Language, typeof i18next>();
/**
 * An i18next instance fixed on one language, for a document printed in the
 * employee's language whatever the interface's (the print view). Switching
 * it never touches the interface's language nor the page's `lang`.
 */
export function languageInstance(language: Language): typeof i18next {
  let instance = fixed.get(language);
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({ ...OPTIONS, lng: language });
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
  await i18next.changeLanguage(language);
}

export { i18next };
