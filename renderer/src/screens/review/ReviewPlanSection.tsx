import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n';
import { parseDateInput } from '../../../../shared/dates';
import { ACTION_TYPES, canPlanFrom, planCandidates, planForReport, type ActionError, type ActionType, type PlanAction } from '../../../../shared/plan/plan';
import type { CompetencyId } from '../../../../shared/framework';
import type { Review } from '../../../../shared/reviews/review';
import { Field, SelectField } from '../../components/fields';
import { savePlanActions } from '../../data/actions';
import { errorMessage } from '../../i18n/error-message';
import { PlanTable } from '../plan/PlanTable';

/**
 * The development plan drawn from this review (issue 16): once it is ready
 * or finalised, its gaps are proposed as actions for the next cycle; the
 * plan followed during this cycle is shown too.
 */
export function ReviewPlanSection({ review, actions, canEdit }: { review: Review; actions: readonly PlanAction[]; canEdit: boolean }) {
  const { t } = useTranslation();
  const { followed, planned, sealed } = planForReport(review, actions);
  const candidates = planCandidates(review);
  const [pickedCompetency, setCompetencyId] = useState<string | null>(null);
  // Until the manager picks one, the first competency below its expected level is proposed (the ratings may still change).
  const competencyId = pickedCompetency ?? candidates.find((candidate) => candidate.below)?.competencyId ?? '';
  const [type, setType] = useState<ActionType>('formation');
  const [description, setDescription] = useState('');
  const [support, setSupport] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [errors, setErrors] = useState<ActionError[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function add(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    setFailure(null);
    const due = dueDate.trim() === '' ? '' : (parseDateInput(dueDate) ?? dueDate);
    const result = await savePlanActions(review, [{ competencyId: competencyId as CompetencyId, type, description, support, dueDate: due }]);
    if (!result.ok) {
      if ('fields' in result.error) setErrors(result.error.fields);
      else setFailure(errorMessage(result.error));
      return;
    }
    setErrors([]);
    setDescription('');
    setSupport('');
    setDueDate('');
    setMessage(t('plan.added'));
  }
  const errorOf = (...codes: ActionError[]) => {
    const found = errors.find((error) => codes.includes(error));
    return found ? t(`plan.errors.${found}`) : undefined;
  };

  return (
    <section className="card" aria-labelledby="plan-heading">
      <h3 id="plan-heading">{t('plan.fromReview')}</h3>
      {followed.length > 0 && <PlanTable entries={followed} caption={t('plan.inReview')} />}
      {!canPlanFrom(review) ? (
        <p className="hint">{t('plan.notYet')}</p>
      ) : (
        <>
          {planned.length > 0 ? <PlanTable entries={planned} caption={t('plan.printPlanned')} /> : <p>{t('plan.none')}</p>}
          {sealed && <p className="hint">{t('plan.sealedNote')}</p>}
          {canEdit && (
            <form onSubmit={(event) => void add(event)} noValidate aria-labelledby="plan-add-heading">
              <h4 id="plan-add-heading">{t('plan.add')}</h4>
              <p className="hint">{t('plan.intro')}</p>
              <div className="field-row">
                <SelectField
                  label={t('plan.competency')}
                  error={errorOf('competency-unknown')}
                  value={competencyId}
                  onChange={setCompetencyId}
                  empty="—"
                  choices={candidates.map((candidate) => ({ value: candidate.competencyId, label: candidate.below ? t('plan.belowMark', { name: candidate.name }) : candidate.name }))}
                />
                <SelectField label={t('plan.type')} error={errorOf('type-invalid')} value={type} onChange={(value) => setType(value as ActionType)} choices={ACTION_TYPES.map((option) => ({ value: option, label: t(`plan.types.${option}`) }))} />
              </div>
              <Field label={t('plan.description')} error={errorOf('description-missing', 'text-too-long', 'text-invalid')}>
                {(props) => <input {...props} className="input" type="text" value={description} maxLength={4000} onChange={(event) => setDescription(event.target.value)} />}
              </Field>
              <div className="field-row">
                <Field label={t('plan.support')}>
                  {(props) => <input {...props} className="input" type="text" value={support} maxLength={4000} onChange={(event) => setSupport(event.target.value)} />}
                </Field>
                <Field label={t('plan.dueDate')} hint={t('common.dateHint')} error={errorOf('due-date-invalid')}>
                  {(props) => <input {...props} className="input" type="text" value={dueDate} maxLength={20} onChange={(event) => setDueDate(event.target.value)} />}
                </Field>
              </div>
              <button type="submit" className="button">
                {t('plan.save')}
              </button>
              {message && (
                <p role="status" className="hint">
                  {message}
                </p>
              )}
              {failure && (
                <p role="alert" className="field-error">
                  {failure}
                </p>
              )}
            </form>
          )}
        </>
      )}
    </section>
  );
}
