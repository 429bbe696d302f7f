import { chooseLanguage, useTranslation } from '../../i18n';
import { isLanguage, LANGUAGES } from '../../../../shared/locale';

/** The interface's language: the system's by default, the choice made here remembered on this computer. */
export function LanguageSection() {
  const { t, i18n } = useTranslation();
  const value = i18n.language;
  return (
    <section className="card form" aria-labelledby="settings-language">
      <h2 id="settings-language">{t('language.heading')}</h2>
      <div className="field">
        <label className="field-label" htmlFor="settings-language-select">
          {t('language.label')}
        </label>
        <select
          id="settings-language-select"
          className="input"
          value={value}
          aria-describedby="settings-language-hint"
          onChange={(event) => {
            if (isLanguage(event.target.value)) void chooseLanguage(event.target.value);
          }}
        >
          {LANGUAGES.map((language) => (
            <option key={language} value={language} lang={language}>
              {t(`language.names.${language}`)}
            </option>
          ))}
        </select>
        <p id="settings-language-hint" className="hint">
          {t('language.hint')}
        </p>
      </div>
    </section>
  );
}
