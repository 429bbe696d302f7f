import { useTranslation } from '../i18n';
import type { CalendarSettings } from '../../../shared/calendar';
import { formatDateFr } from '../../../shared/dates';
import type { Review } from '../../../shared/reviews/review';
import { reviewAppealDeadline } from '../../../shared/reviews/workflow';
import { useCalendar } from './legal-settings-repo';

/** The appeal deadline in the same words on screen and on the PDF, with the working-day convention it uses. */
export function useAppealDeadlineText(review: Pick<Review, 'handedOverOn'>): string | undefined {
  const calendar = useCalendar();
  const format = useAppealDeadlineFormat();
  return calendar ? format(review, calendar) : undefined;
}

/** The same words from a calendar already loaded (the print view loads it before it says it is ready). */
export function useAppealDeadlineFormat(): (review: Pick<Review, 'handedOverOn'>, calendar: CalendarSettings) => string {
  const { t } = useTranslation();
  return (review, calendar) => {
    const week = t(`legal.workingWeek.${calendar.workingWeek}`);
    const deadline = reviewAppealDeadline(review, calendar);
    if (!deadline || !review.handedOverOn) return t('legal.appealDeadlineNoDate', { week });
    return t('legal.appealDeadline', { date: formatDateFr(deadline), received: formatDateFr(review.handedOverOn), week });
  };
}
