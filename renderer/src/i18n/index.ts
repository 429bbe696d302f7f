import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { fr } from './fr';

export const DEFAULT_LANGUAGE = 'fr';

declare module 'i18next' {
  // Declaration merging needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fr };
  }
}

/** All texts ship with the app: no loading from a server, ever. */
void i18next.use(initReactI18next).init({
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  resources: { fr: { translation: fr } },
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

export { i18next };
