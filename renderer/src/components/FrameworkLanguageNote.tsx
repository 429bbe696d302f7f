import { useTranslation } from '../i18n';
import { currentLanguage } from '../i18n';

/**
 * The framework's texts are shown as the official French document wherever
 * no official text exists in the interface's language (issue 17): said on
 * screen, not left for the reader to guess. Nothing in French.
 */
export function FrameworkLanguageNote() {
  const { t } = useTranslation();
  if (currentLanguage() === 'fr') return null;
  return <p className="muted framework-language-note">{t('referentiel.textsLanguageNote')}</p>;
}
