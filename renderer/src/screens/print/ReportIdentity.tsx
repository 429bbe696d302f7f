import { useTranslation } from '../../i18n';
import { formatDateFr } from '../../../../shared/dates';
import type { Person } from '../../../../shared/people/person';
import { hasEvaluator } from '../../../../shared/reviews/evaluator';
import type { Review } from '../../../../shared/reviews/review';
import { classLabel } from '../../components/class-label';

/**
 * The report's identification: the member of staff (name, staff number,
 * class, service, statutory or contractual, limited leadership role), the
 * evaluator and capacity as recorded in the review (never today's
 * Paramètres), the interview date, the period, the legal basis and the state
 * of the procedure.
 */
export function ReportIdentity({ review, person }: { review: Review; person: Person | null }) {
  const { t } = useTranslation();
  const evaluator = review.evaluator;
  const evaluatorText = hasEvaluator(review)
    ? [evaluator!.name, evaluator!.role].filter((part) => part.trim() !== '').join(', ') + ` (${t(`legal.capacity.${evaluator!.capacity}`).toLowerCase()})`
    : t('legal.evaluator.printNotRecorded');
  const second = review.secondEvaluator;
  return (
    <section aria-labelledby="p-identity">
      <h2 id="p-identity">{t('print.identity')}</h2>
      <dl className="print-identity">
        <Row term={t('print.employee')} value={person?.name ?? '—'} />
        {person?.staffNumber && <Row term={t('print.staffNumber')} value={person.staffNumber} />}
        <Row term={t('print.classId')} value={classLabel(t, review.classId)} />
        {person?.service && <Row term={t('legal.report.service')} value={person.service} />}
        {person && <Row term={t('legal.report.employment')} value={t(`person.${person.employment}`)} />}
        <Row term={t('legal.report.limitedLeadership')} value={review.limitedLeadership ? t('common.yes') : t('common.no')} />
        <Row term={t('print.evaluator')} value={evaluatorText} />
        {second && second.name.trim() !== '' && <Row term={t('legal.report.secondEvaluator')} value={[second.name, second.role].filter((part) => part.trim() !== '').join(', ')} />}
        <Row term={t('legal.report.interviewDate')} value={review.interviewDate ? formatDateFr(review.interviewDate) : t('legal.report.notRecorded')} />
        <Row term={t('print.cycle')} value={t('common.dateRange', { start: formatDateFr(review.cycleStart), end: formatDateFr(review.cycleEnd) })} />
        <Row term={t('legal.report.legalBasis')} value={t('legal.report.legalBasisText')} />
        <Row term={t('print.framework')} value={review.frameworkVersion} />
        <Row term={t('legal.report.procedureState')} value={t(`reviewStatus.${review.status}`)} />
        {review.finalisedAt && <Row term={t('print.finalisedAt')} value={formatDateFr(review.finalisedAt.slice(0, 10))} />}
      </dl>
    </section>
  );
}

function Row({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}
