import { useTranslation } from 'react-i18next';
import { appealApplies, appealNoticeText } from '../../../../shared/appeal';
import type { Review } from '../../../../shared/reviews/review';
import { useAppealSettings } from '../../data/legal-settings-repo';
import { useAppealDeadlineText } from '../../data/use-appeal-deadline';

/** The appeal notice, printed only where the review carries « insuffisant »: the organisation's wording, then the deadline. */
export function AppealNotice({ review }: { review: Pick<Review, 'outcome' | 'handedOverOn'> }) {
  const { t } = useTranslation();
  const settings = useAppealSettings();
  const deadline = useAppealDeadlineText(review);
  if (!appealApplies(review) || !settings || !deadline) return null;
  return (
    <section aria-labelledby="p-appeal" className="print-appeal">
      <h2 id="p-appeal">{t('legal.appealHeading')}</h2>
      <p>{appealNoticeText(settings)}</p>
      <p>{deadline}</p>
    </section>
  );
}
