import { useState } from 'react';
import { useTranslation } from '../i18n';
import { EVALUATOR_CAPACITIES, type EvaluatorCapacity } from '../../../shared/reviews/evaluator';
import { PROFILE_FIELD_MAX, type EvaluatorProfile, type ProfileError } from '../../../shared/settings';
import { TextField } from '../components/fields';
import { RadioGroupField } from '../components/RadioGroupField';
import { useEvaluatorProfile } from '../data/settings-repo';
import { saveEvaluatorProfile } from '../data/actions';
import { formAnswer } from '../i18n/error-message';
import { AppealSettingsSection } from './settings/AppealSettingsSection';
import { CalendarSection } from './settings/CalendarSection';
import { FrameworkPacksSection } from './settings/FrameworkPacksSection';
import { LanguageSection } from './settings/LanguageSection';

export function SettingsScreen() {
  const { t } = useTranslation();
  const profile = useEvaluatorProfile();
  if (!profile) return null;
  return (
    <div className="screen narrow">
      <header className="screen-header">
        <h1>{t('settings.title')}</h1>
        <p className="muted">{t('settings.intro')}</p>
      </header>
      <LanguageSection />
      <ProfileForm initial={profile} />
      <AppealSettingsSection />
      <CalendarSection />
      <FrameworkPacksSection />
    </div>
  );
}

/** The evaluator's profile, written as it is typed (no save button, like the rest of the app). */
function ProfileForm({ initial }: { initial: EvaluatorProfile }) {
  const { t } = useTranslation();
  const [profile, setProfile] = useState(initial);
  const [errors, setErrors] = useState<ProfileError[]>([]);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  function change(next: EvaluatorProfile) {
    setProfile(next);
    setSaved(false);
    // Writes run in order (IndexedDB queues transactions on the same store), so the last answer is the last edit's.
    void saveEvaluatorProfile(next).then((result) => {
      const { fields, failure } = formAnswer(result);
      setErrors(fields);
      setSaved(result.ok);
      setFailure(failure);
    });
  }
  const set = (key: Exclude<keyof EvaluatorProfile, 'evaluatorCapacity'>) => (value: string) => change({ ...profile, [key]: value });
  const errorOf = (field: keyof EvaluatorProfile) => (errors.some((error) => error.field === field) ? t('validation.too-long') : undefined);

  return (
    <section className="card form" aria-labelledby="settings-profile">
      <h2 id="settings-profile">{t('legal.profileHeading')}</h2>
      <p className="hint">{t('legal.profileIntro')}</p>
      <TextField label={t('settings.evaluatorName')} value={profile.evaluatorName} onChange={set('evaluatorName')} error={errorOf('evaluatorName')} maxLength={PROFILE_FIELD_MAX * 2} />
      <TextField label={t('settings.evaluatorRole')} value={profile.evaluatorRole} onChange={set('evaluatorRole')} error={errorOf('evaluatorRole')} maxLength={PROFILE_FIELD_MAX * 2} />
      <RadioGroupField
        label={t('legal.capacityLabel')}
        name="settings-capacity"
        value={profile.evaluatorCapacity}
        choices={EVALUATOR_CAPACITIES.map((capacity: EvaluatorCapacity) => ({ value: capacity, label: t(`legal.capacity.${capacity}`) }))}
        onChange={(capacity) => change({ ...profile, evaluatorCapacity: capacity })}
      />
      <TextField label={t('settings.organisation')} value={profile.organisation} onChange={set('organisation')} error={errorOf('organisation')} maxLength={PROFILE_FIELD_MAX * 2} />
      <TextField label={t('settings.service')} value={profile.service} onChange={set('service')} error={errorOf('service')} maxLength={PROFILE_FIELD_MAX * 2} />
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
