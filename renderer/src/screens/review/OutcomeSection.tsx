import { memo } from 'react';
import { useTranslation } from '../../i18n';
import { setEvaluatorComment, setJustification, setOutcome } from '../../../../shared/reviews/edits';
import type { Review } from '../../../../shared/reviews/review';
import { TextField } from '../../components/fields';
import { RadioGroupField } from '../../components/RadioGroupField';
import type { ReviewEditor } from '../../data/use-review-editor';
import { InsufficientDecisionNote } from './InsufficientDecisionNote';
import { OutcomeHints } from './OutcomeHints';
import { sameButEvidence } from './same-review';

export const justificationId = 'outcome-justification';

/**
 * No mention, or « insuffisant » with its justification; the rule's hints; the evaluator's comment. Its hints read
 * the observed levels, not the evidence: typing evidence leaves it as it is.
 */
export const OutcomeSection = memo(function OutcomeSection({ review, edit, readOnly }: { review: Review; edit: ReviewEditor['edit']; readOnly: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="outcome-heading">
      <h3 id="outcome-heading">{t('review.outcome')}</h3>
      <OutcomeHints review={review} />
      <RadioGroupField
        className="outcome-choices"
        label={t('review.outcome')}
        name="outcome"
        isDisabled={readOnly}
        value={review.outcome}
        choices={[
          { value: 'none', label: t('review.outcomeNone') },
          { value: 'insuffisant', label: t('review.outcomeInsufficient') },
        ]}
        onChange={(outcome) => edit((current) => setOutcome(current, outcome), { immediate: true })}
      />
      <InsufficientDecisionNote review={review} />
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
}, sameButEvidence);
