import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n';
import { formatDateFr, parseDateInput, todayIso } from '../../../../shared/dates';
import { ACTION_STATUSES, type ActionStatus, type PlanAction, type StatusChangeError } from '../../../../shared/plan/plan';
import { Field, SelectField } from '../../components/fields';
import { savePlanStatus } from '../../data/actions';
import { savePlanCsv } from '../../data/plan-export';
import { errorMessage } from '../../i18n/error-message';
import { usePersonPlan } from '../../data/use-journal';

/** The person's development plan, followed up action by action: each status change dated, with a comment (issue 16). */
export function PlanSection({ personId, personName }: { personId: string; personName: string }) {
  const { t } = useTranslation();
  const actions = usePersonPlan(personId);
  const [exportFailure, setExportFailure] = useState<string | null>(null);
  if (!actions) return null;

  async function exportCsv(list: readonly PlanAction[]) {
    setExportFailure(null);
    const name = personName.normalize('NFD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const saved = await savePlanCsv(`plan_${name}_${todayIso()}.csv`, list, { type: (type) => t(`plan.types.${type}`), status: (status) => t(`plan.statuses.${status}`), date: formatDateFr });
    if (!saved.ok) setExportFailure(t('plan.exportFailed', { message: errorMessage(saved.error) }));
  }
  const cycles = [...new Set(actions.map((action) => action.cycleIndex))].sort((a, b) => b - a);
  return (
    <section className="card" aria-labelledby="plan-follow-heading">
      <div className="section-header">
        <h2 id="plan-follow-heading">{t('plan.followTitle')}</h2>
        {actions.length > 0 && (
          <button type="button" className="button small" onClick={() => void exportCsv(actions)}>
            {t('plan.exportCsv')}
          </button>
        )}
      </div>
      {exportFailure && (
        <p role="alert" className="field-error">
          {exportFailure}
        </p>
      )}
      {actions.length === 0 && <p>{t('plan.none')}</p>}
      {cycles.map((cycleIndex) => (
        <section key={cycleIndex} aria-labelledby={`plan-cycle-${cycleIndex}`}>
          <h3 id={`plan-cycle-${cycleIndex}`}>{t('plan.cycleOf', { number: cycleIndex + 1 })}</h3>
          <ul className="plan-list">
            {actions
              .filter((action) => action.cycleIndex === cycleIndex)
              .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
              .map((action) => (
                <PlanActionItem key={action.id} action={action} />
              ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

function PlanActionItem({ action }: { action: PlanAction }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ActionStatus>(action.status);
  const [date, setDate] = useState(formatDateFr(todayIso()));
  const [comment, setComment] = useState('');
  const [error, setError] = useState<StatusChangeError | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const label = `${action.competencyName} – ${action.description}`;

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    setFailure(null);
    const result = await savePlanStatus(action.id, { status, date: parseDateInput(date) ?? date, comment });
    if (!result.ok) {
      if ('fields' in result.error) setError(result.error.fields[0] ?? null);
      else setFailure(errorMessage(result.error));
      return;
    }
    setError(null);
    setComment('');
    setSaved(true);
  }

  return (
    <li aria-label={label}>
      <p>
        <strong>{action.competencyName}</strong> · {t(`plan.types.${action.type}`)} – {action.description}
      </p>
      <p className="muted">
        {action.support && `${t('plan.supportBy', { support: action.support })} · `}
        {action.dueDate ? t('plan.due', { date: formatDateFr(action.dueDate) }) : t('plan.noDue')}
      </p>
      <ol className="history" aria-label={`${t('plan.status')} – ${label}`}>
        {action.history.map((entry, index) => (
          <li key={index}>
            {t('plan.history', { status: t(`plan.statuses.${entry.status}`), date: formatDateFr(entry.date) })}
            {entry.comment && ` : ${entry.comment}`}
          </li>
        ))}
      </ol>
      <form onSubmit={(event) => void save(event)} noValidate aria-label={`${t('plan.changeStatus')} – ${label}`}>
        <div className="field-row">
          <SelectField label={t('plan.status')} value={status} onChange={(value) => setStatus(value as ActionStatus)} choices={ACTION_STATUSES.map((option) => ({ value: option, label: t(`plan.statuses.${option}`) }))} />
          <Field label={t('plan.statusDate')} hint={t('common.dateHint')} error={error && error !== 'comment-too-long' && error !== 'comment-invalid' ? t(`plan.errors.${error}`) : undefined}>
            {(props) => <input {...props} className="input" type="text" value={date} maxLength={20} onChange={(event) => setDate(event.target.value)} />}
          </Field>
          <Field label={t('plan.comment')} error={error === 'comment-too-long' || error === 'comment-invalid' ? t(`plan.errors.${error}`) : undefined}>
            {(props) => <input {...props} className="input" type="text" value={comment} maxLength={4000} onChange={(event) => setComment(event.target.value)} />}
          </Field>
        </div>
        <button type="submit" className="button small">
          {t('plan.saveStatus')}
        </button>
        {saved && (
          <span role="status" className="hint">
            {' '}
            {t('plan.statusSaved')}
          </span>
        )}
        {failure && (
          <p role="alert" className="field-error">
            {failure}
          </p>
        )}
      </form>
    </li>
  );
}
