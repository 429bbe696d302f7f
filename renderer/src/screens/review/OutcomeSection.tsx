import { useTranslation } from 'react-i18next';
import { setEvaluatorComment, setJustification, setOutcome } from '../../../../shared/reviews/edits';
import { outcomeHints, type Review } from '../../../../shared/reviews/review';
import { TextField } from '../../components/fields';
import type { ReviewEditor } from '../../data/use-review-editor';

export const justificationId = 'outcome-justification';

/** No mention, or « insuffisant » with its justification; the rule's hints; the evaluator's comment. */
export function OutcomeSection({ review, edit, readOnly }: { review: Review; edit: ReviewEditor['edit']; readOnly: boolean }) {
  const { t } = useTranslation();
  const hints = outcomeHints(review);
  const names = hints.distinctiveBelow.map((id) => review.profile.find((entry) => entry.id === id)?.name ?? id);
  return (
    <section className="card" aria-labelledby="outcome-heading">
      <h3 id="outcome-heading">{t('review.outcome')}</h3>
      <div className="hints" role="note" aria-label={t('review.hints')}>
        <p className="field-label">{t('review.hints')}</p>
        <ul>
          <li>{t('review.hintObjectives', { met: hints.objectivesMet, total: hints.objectivesJudged })}</li>
          {hints.fewerThanHalfMet && <li>⚠ {t('review.hintFewerThanHalf')}</li>}
          {names.length > 0 && <li>⚠ {t('review.hintDistinctive', { names: names.join(', ') })}</li>}
          {!hints.fewerThanHalfMet && names.length === 0 && <li>{t('review.hintNone')}</li>}
        </ul>
      </div>
      <fieldset className="field" disabled={readOnly}>
        <legend className="field-label">{t('review.outcome')}</legend>
        <label className="inline-check">
          <input type="radio" name="outcome" checked={review.outcome === 'none'} onChange={() => edit((current) => setOutcome(current, 'none'), { immediate: true })} />
          {t('review.outcomeNone')}
        </label>
        <label className="inline-check">
          <input
            type="radio"
            name="outcome"
            checked={review.outcome === 'insuffisant'}
            onChange={() => edit((current) => setOutcome(current, 'insuffisant'), { immediate: true })}
          />
          {t('review.outcomeInsufficient')}
        </label>
      </fieldset>
      {review.outcome === 'insuffisant' && (
        <TextField
          readOnly={readOnly}
          label={t('review.justification')}
          inputId={justificationId}
          value={review.outcomeJustification}
          multiline
          rows={4}
          onChange={(text) => edit((current) => setJustification(current, text))}
        />
      )}
      <TextField
        readOnly={readOnly}
        label={t('review.evaluatorComment')}
        value={review.evaluatorComment}
        multiline
        rows={4}
        onChange={(text) => edit((current) => setEvaluatorComment(current, text))}
      />
    </section>
  );
}
