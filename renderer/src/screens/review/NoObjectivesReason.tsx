import { useTranslation } from '../../i18n';
import { setNoObjectivesReason } from '../../../../shared/reviews/edits';
import type { Review } from '../../../../shared/reviews/review';
import { TextField } from '../../components/fields';
import type { ReviewEditor } from '../../data/use-review-editor';

export const noObjectivesReasonId = 'no-objectives-reason';

/** A bilan with no objective says why before the review can be ready. */
export function NoObjectivesReason({ review, edit, readOnly }: { review: Review; edit: ReviewEditor['edit']; readOnly: boolean }) {
  const { t } = useTranslation();
  if (review.objectives.length > 0) return null;
  return (
    <TextField
      readOnly={readOnly}
      inputId={noObjectivesReasonId}
      label={t('legal.noObjectivesReason')}
      hint={t('legal.noObjectivesReasonHint')}
      value={review.noObjectivesReason ?? ''}
      multiline
      rows={2}
      onChange={(text) => edit((current) => setNoObjectivesReason(current, text))}
    />
  );
}
