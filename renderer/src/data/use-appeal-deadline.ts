import { useTranslation } from 'react-i18next';
import { formatDateFr } from '../../../shared/dates';
import type { Review } from '../../../shared/reviews/review';
import { reviewAppealDeadline } from '../../../shared/reviews/workflow';
import { useCalendar } from './legal-settings-repo';

/** The appeal deadline in the same words on screen and on the PDF, with the working-day convention it uses. */
export function useAppealDeadlineText(review: Pick<Review, 'handedOverOn'>): string | undefined {
  const { t } = useTranslation();
  const calendar = useCalendar();
  if (!calendar) return undefined;
  const week = t(`legal.workingWeek.${calendar.workingWeek}`);
  const deadline = reviewAppealDeadline(review, calendar);
  if (!deadline || !review.handedOverOn) return t('legal.appealDeadlineNoDate', { week });
  return t('legal.appealDeadline', { date: formatDateFr(deadline), received: formatDateFr(review.handedOverOn), week });
}
