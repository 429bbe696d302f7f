import { memo, useState } from 'react';
import { useTranslation } from '../../i18n';
import { formatDateFr, parseDateInput } from '../../../../shared/dates';
import { setEvaluator, setInterviewDate, setSecondEvaluator } from '../../../../shared/reviews/edits';
import { EVALUATOR_CAPACITIES, EVALUATOR_FIELD_MAX } from '../../../../shared/reviews/evaluator';
import type { Review } from '../../../../shared/reviews/review';
import { TextField } from '../../components/fields';
import { RadioGroupField } from '../../components/RadioGroupField';
import type { ReviewEditor } from '../../data/use-review-editor';
import { sameButRatings } from './same-review';

export const evaluatorNameId = 'review-evaluator-name';

/** Who evaluated, in what capacity, and when: recorded in the review, editable until finalisation. */
export const EvaluatorSection = memo(function EvaluatorSection({ review, edit, readOnly }: { review: Review; edit: ReviewEditor['edit']; readOnly: boolean }) {
  const { t } = useTranslation();
  const evaluator = review.evaluator ?? { name: '', role: '', capacity: 'superieur-hierarchique' as const };
  const second = review.secondEvaluator ?? { name: '', role: '' };
  const [dateText, setDateText] = useState(review.interviewDate ? formatDateFr(review.interviewDate) : '');
  const [dateError, setDateError] = useState(false);
  // Pre-filled from Paramètres, the evaluator is the same in every review: shown as one line until asked for.
  const [open, setOpen] = useState(() => evaluator.name.trim() === '');
  const fieldsId = 'review-evaluator-fields';

  function changeDate(text: string) {
    setDateText(text);
    if (text.trim() === '') {
      setDateError(false);
      edit((current) => setInterviewDate(current, null));
      return;
    }
    const date = parseDateInput(text);
    setDateError(date === null);
    if (date) edit((current) => setInterviewDate(current, date));
  }

  return (
    <section className="card" aria-labelledby="evaluator-heading">
      <h2 id="evaluator-heading">{t('legal.evaluator.heading')}</h2>
      {review.evaluator === undefined && <p className="hint">{t('legal.evaluator.notRecorded')}</p>}
      <p className="evaluator-summary">
        <span>
          {t('evaluatorFold.summary', {
            who: evaluator.role.trim() ? `${evaluator.name}, ${evaluator.role}` : evaluator.name || t('evaluatorFold.noName'),
            capacity: t(`legal.capacity.${evaluator.capacity}`),
            date: review.interviewDate ? formatDateFr(review.interviewDate) : t('evaluatorFold.noDate'),
            second: second.name.trim() || t('evaluatorFold.noSecond'),
          })}
        </span>{' '}
        <button type="button" className="link-button" aria-expanded={open} aria-controls={fieldsId} onClick={() => setOpen(!open)}>
          {open ? t('evaluatorFold.close') : readOnly ? t('evaluatorFold.show') : t('evaluatorFold.edit')}
        </button>
      </p>
      <div id={fieldsId} hidden={!open}>
      <div className="two-columns">
        <TextField
          readOnly={readOnly}
          inputId={evaluatorNameId}
          label={t('legal.evaluator.name')}
          value={evaluator.name}
          maxLength={EVALUATOR_FIELD_MAX}
          onChange={(name) => edit((current) => setEvaluator(current, { name }))}
        />
        <TextField readOnly={readOnly} label={t('legal.evaluator.role')} value={evaluator.role} maxLength={EVALUATOR_FIELD_MAX} onChange={(role) => edit((current) => setEvaluator(current, { role }))} />
      </div>
      <RadioGroupField
        label={t('legal.capacityLabel')}
        name="review-capacity"
        isDisabled={readOnly}
        value={evaluator.capacity}
        choices={EVALUATOR_CAPACITIES.map((capacity) => ({ value: capacity, label: t(`legal.capacity.${capacity}`) }))}
        onChange={(capacity) => edit((current) => setEvaluator(current, { capacity }), { immediate: true })}
      />
      <TextField
        readOnly={readOnly}
        label={t('legal.evaluator.interviewDate')}
        value={dateText}
        hint={t('common.dateHint')}
        error={dateError ? t('validation.invalid-date') : undefined}
        maxLength={20}
        onChange={changeDate}
      />
      <div className="two-columns">
        <TextField
          readOnly={readOnly}
          label={t('legal.evaluator.secondName')}
          value={second.name}
          hint={t('legal.evaluator.secondHint')}
          maxLength={EVALUATOR_FIELD_MAX}
          onChange={(name) => edit((current) => setSecondEvaluator(current, { name }))}
        />
        <TextField readOnly={readOnly} label={t('legal.evaluator.secondRole')} value={second.role} maxLength={EVALUATOR_FIELD_MAX} onChange={(role) => edit((current) => setSecondEvaluator(current, { role }))} />
      </div>
      </div>
    </section>
  );
}, sameButRatings);
