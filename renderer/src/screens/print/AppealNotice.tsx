import { useTranslation } from '../../i18n';
import { appealApplies, appealNoticeText, type AppealSettings } from '../../../../shared/appeal';
import type { CalendarSettings } from '../../../../shared/calendar';
import type { Review } from '../../../../shared/reviews/review';
import { useAppealDeadlineFormat } from '../../data/use-appeal-deadline';

/**
 * The appeal notice, printed only where the review carries « insuffisant »:
 * the organisation's wording, then the deadline. Its settings come loaded
 * from the print view, so the report is never printed before they are in.
 */
export function AppealNotice({ review, settings, calendar }: { review: Pick<Review, 'outcome' | 'handedOverOn'>; settings: AppealSettings; calendar: CalendarSettings }) {
  const { t } = useTranslation();
  const format = useAppealDeadlineFormat();
  if (!appealApplies(review)) return null;
  return (
    <section aria-labelledby="p-appeal" className="print-appeal">
      <h2 id="p-appeal">{t('legal.appealHeading')}</h2>
      <p>{appealNoticeText(settings)}</p>
      <p>{format(review, calendar)}</p>
    </section>
  );
}
