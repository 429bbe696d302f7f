import { useTranslation } from '../../i18n';
import { addDays, addMonths, formatDateFr, type IsoDate } from '../../../../shared/dates';
import { INSUFFICIENT_WINDOW_MONTHS, insufficientMentions, insufficientStatus, type InsufficientMention, type OutsideMention } from '../../../../shared/insufficient';
import type { EmploymentStatus } from '../../../../shared/people/person';
import type { Review } from '../../../../shared/reviews/review';

export const mentionDates = (mentions: readonly InsufficientMention[]) => mentions.map((mention) => formatDateFr(mention.date)).join(', ');
/** The last day on which a new mention would pair with `date`. */
export const windowEnd = (date: IsoDate) => formatDateFr(addDays(addMonths(date, INSUFFICIENT_WINDOW_MONTHS), -1));

/** The consequence of two « insuffisant » in four years, in the wording of the person's employment, with the 240-days condition. */
export function InsufficientConsequence({ employment }: { employment: EmploymentStatus }) {
  const { t } = useTranslation();
  return <p className="hint">{t(`legal.insufficient.consequence.${employment}`)}</p>;
}

/** The person's « insuffisant » record, as the person page and the progression show it. */
export function InsufficientRecord({
  reviews,
  outside = [],
  employment,
  today,
}: {
  reviews: readonly Review[];
  /** Mentions recorded outside Jalon (adopting existing staff). */
  outside?: readonly OutsideMention[];
  employment: EmploymentStatus;
  today: IsoDate;
}) {
  const { t } = useTranslation();
  const status = insufficientStatus(insufficientMentions(reviews, outside), today);
  const warning = status.pair !== null || status.recent.length > 0;
  return (
    <section className={warning ? 'banner warning' : 'banner'} aria-labelledby="insufficient-heading">
      <h2 id="insufficient-heading" className="field-label">
        {t('legal.insufficient.heading')}
      </h2>
      <p>{status.mentions.length === 0 ? t('legal.insufficient.none') : t('legal.insufficient.count', { count: status.mentions.length, dates: mentionDates(status.mentions) })}</p>
      {status.pair && (
        <p role="alert">{t('legal.insufficient.pair', { first: formatDateFr(status.pair[0].date), second: formatDateFr(status.pair[1].date) })}</p>
      )}
      {!status.pair && status.recent.length > 0 && (
        <p>{t('legal.insufficient.recent', { dates: mentionDates(status.recent), until: windowEnd(status.recent[status.recent.length - 1]!.date) })}</p>
      )}
      {warning && <InsufficientConsequence employment={employment} />}
    </section>
  );
}
