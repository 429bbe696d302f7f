import { useState } from 'react';
import { useTranslation } from '../../i18n';
import { APPEAL_NAME_MAX, APPEAL_NOTICE_MAX, appealNoticeText, type AppealSettings, type AppealSettingsError } from '../../../../shared/appeal';
import { TextField } from '../../components/fields';
import { useAppealSettings } from '../../data/legal-settings-repo';
import { saveAppealNotice } from '../../data/actions';
import { formAnswer } from '../../i18n/error-message';

export function AppealSettingsSection() {
  const settings = useAppealSettings();
  if (!settings) return null;
  return <AppealSettingsForm initial={settings} />;
}

/** The appeal notice's wording and body names, written as they are typed once valid. */
function AppealSettingsForm({ initial }: { initial: AppealSettings }) {
  const { t } = useTranslation();
  const [settings, setSettings] = useState(initial);
  const [errors, setErrors] = useState<AppealSettingsError[]>([]);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const set = (key: keyof AppealSettings) => (value: string) => {
    const next = { ...settings, [key]: value };
    setSettings(next);
    setSaved(false);
    void saveAppealNotice(next).then((result) => {
      const { fields, failure } = formAnswer(result);
      setErrors(fields);
      setSaved(result.ok);
      setFailure(failure);
    });
  };
  const errorOf = (field: keyof AppealSettings) => {
    const error = errors.find((candidate) => candidate.field === field);
    return error ? t(`legal.appealSettings.errors.${error.code}`) : undefined;
  };

  return (
    <section className="card form" aria-labelledby="settings-appeal">
      <h2 id="settings-appeal">{t('legal.appealSettings.heading')}</h2>
      <p className="hint">{t('legal.appealSettings.intro')}</p>
      <TextField label={t('legal.appealSettings.appealTo')} value={settings.appealTo} onChange={set('appealTo')} error={errorOf('appealTo')} maxLength={APPEAL_NAME_MAX * 2} />
      <TextField label={t('legal.appealSettings.heardBy')} value={settings.heardBy} onChange={set('heardBy')} error={errorOf('heardBy')} maxLength={APPEAL_NAME_MAX * 2} />
      <TextField
        label={t('legal.appealSettings.notice')}
        value={settings.notice}
        onChange={set('notice')}
        error={errorOf('notice')}
        hint={t('legal.appealSettings.noticeHint')}
        multiline
        rows={4}
        maxLength={APPEAL_NOTICE_MAX * 2}
      />
      <h3>{t('legal.appealSettings.preview')}</h3>
      <p className="appeal-preview">{appealNoticeText(settings)}</p>
      <p role="status" className="hint">
        {saved ? t('legal.saved') : '\u00a0'}
      </p>
      {failure && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
    </section>
  );
}
