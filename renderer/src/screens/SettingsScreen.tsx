import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PROFILE_FIELD_MAX, type EvaluatorProfile, type ProfileError } from '../../../shared/settings';
import { TextField } from '../components/fields';
import { saveProfile, useEvaluatorProfile } from '../data/settings-repo';

export function SettingsScreen() {
  const profile = useEvaluatorProfile();
  if (!profile) return null;
  return <SettingsForm initial={profile} />;
}

function SettingsForm({ initial }: { initial: EvaluatorProfile }) {
  const { t } = useTranslation();
  const [profile, setProfile] = useState(initial);
  const [errors, setErrors] = useState<ProfileError[]>([]);
  const [saved, setSaved] = useState(false);
  const set = (key: keyof EvaluatorProfile) => (value: string) => {
    setSaved(false);
    setProfile((previous) => ({ ...previous, [key]: value }));
  };
  const errorOf = (field: keyof EvaluatorProfile) => (errors.some((error) => error.field === field) ? t('validation.too-long') : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await saveProfile(profile);
    setErrors(result);
    setSaved(result.length === 0);
  }

  return (
    <div className="screen narrow">
      <header className="screen-header">
        <h1>{t('settings.title')}</h1>
        <p className="muted">{t('settings.intro')}</p>
      </header>
      <form className="card form" onSubmit={submit} noValidate>
        <TextField label={t('settings.evaluatorName')} value={profile.evaluatorName} onChange={set('evaluatorName')} error={errorOf('evaluatorName')} maxLength={PROFILE_FIELD_MAX * 2} />
        <TextField label={t('settings.evaluatorRole')} value={profile.evaluatorRole} onChange={set('evaluatorRole')} error={errorOf('evaluatorRole')} maxLength={PROFILE_FIELD_MAX * 2} />
        <TextField label={t('settings.organisation')} value={profile.organisation} onChange={set('organisation')} error={errorOf('organisation')} maxLength={PROFILE_FIELD_MAX * 2} />
        <TextField label={t('settings.service')} value={profile.service} onChange={set('service')} error={errorOf('service')} maxLength={PROFILE_FIELD_MAX * 2} />
        <div className="form-actions">
          <button type="submit" className="button primary">
            {t('common.save')}
          </button>
          {saved && (
            <p role="status" className="hint">
              {t('saveState.saved')}
            </p>
          )}
        </div>
      </form>
    </div>
  );
}
