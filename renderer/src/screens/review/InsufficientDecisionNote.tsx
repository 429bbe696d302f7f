import { useTranslation } from '../../i18n';
import { formatDateFr, todayIso } from '../../../../shared/dates';
import { draftInsufficientWarning } from '../../../../shared/insufficient';
import { isLocked, type Review } from '../../../../shared/reviews/review';
import { useInsufficientMentions, usePerson } from '../../data/use-people';
import { InsufficientConsequence, mentionDates, windowEnd } from '../person/InsufficientRecord';

/**
 * Beside the outcome choice: the draft counted as if it were finalised today
 * against the person's other « insuffisant » (a locked review, as of its
 * finalisation).
 */
export function InsufficientDecisionNote({ review }: { review: Review }) {
  const { t } = useTranslation();
  const person = usePerson(review.personId);
  const mentions = useInsufficientMentions(review.personId);
  if (!person || !mentions) return null;
  const asOf = isLocked(review.status) && review.finalisedAt ? review.finalisedAt.slice(0, 10) : todayIso();
  const warning = draftInsufficientWarning(review, mentions, asOf);
  if (warning.kind === 'none') return null;
  const last = 'earlier' in warning ? warning.earlier[warning.earlier.length - 1]! : null;
  return (
    <div className={warning.kind === 'would-be-second' ? 'banner warning' : 'banner'} role="note" aria-label={t('legal.insufficient.heading')}>
      {warning.kind === 'would-be-second' && <p>⚠ {t('legal.insufficient.wouldBeSecond', { dates: mentionDates(warning.earlier) })}</p>}
      {warning.kind === 'would-be-first' && <p>{t('legal.insufficient.wouldBeFirst', { date: formatDateFr(asOf) })}</p>}
      {warning.kind === 'earlier-within-window' && last && <p>{t('legal.insufficient.recent', { dates: mentionDates(warning.earlier), until: windowEnd(last.date) })}</p>}
      <InsufficientConsequence employment={person.employment} />
    </div>
  );
}
