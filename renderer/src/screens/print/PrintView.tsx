import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateFr } from '../../../../shared/dates';
import { CURRENT_FRAMEWORK } from '../../../../shared/framework';
import type { Person } from '../../../../shared/people/person';
import { gapOf, splitProfile, type ObservedRating, type ProfileSnapshotEntry, type Review } from '../../../../shared/reviews/review';
import { reviewPdfFileName } from '../../../../shared/reviews/file-name';
import { keepFrenchPunctuationTogether } from '../../../../shared/typography';
import { useDocumentTitle } from './use-document-title';
import type { EvaluatorProfile } from '../../../../shared/settings';
import { Link } from '../../components/Link';
import { useEvaluatorProfile } from '../../data/settings-repo';
import { useAppealSettings, useCalendar } from '../../data/legal-settings-repo';
import type { AppealSettings } from '../../../../shared/appeal';
import type { CalendarSettings } from '../../../../shared/calendar';
import { usePerson, useReview } from '../../data/use-people';
import { usePersonPlan } from '../../data/use-journal';
import { planForReport, type PlanAction } from '../../../../shared/plan/plan';
import { PlanTable } from '../plan/PlanTable';
import { AppealNotice } from './AppealNotice';
import { ReportIdentity } from './ReportIdentity';
import { auditLine, formatStamp } from './format-stamp';
import { usePrintFooter } from './use-print-footer';
import { interviewHistory } from '../../../../shared/people/interim';
import { InterviewTitle, RemediationDetails } from '../person/InterimSections';

/**
 * The review as an A4 report, for paper and PDF: Electron's printToPDF and
 * Playwright's page.pdf() print this same view. `data-print-ready` tells them
 * when data and fonts are in.
 */
export function PrintView({ reviewId, autoPrint }: { reviewId: string; autoPrint: boolean }) {
  const { t } = useTranslation();
  const review = useReview(reviewId);
  const person = usePerson(review?.personId ?? '');
  const profile = useEvaluatorProfile();
  // Everything the report prints is loaded before it renders: `data-print-ready` then means what it says.
  const appeal = useAppealSettings();
  const calendar = useCalendar();
  const plan = usePersonPlan(review?.personId ?? '');
  if (review === null) {
    return (
      <p role="alert" className="print-missing">
        {t('review.notFound')}
      </p>
    );
  }
  if (!review || person === undefined || !profile || !appeal || !calendar || !plan) return null;
  return <PrintDocument review={review} person={person} profile={profile} appeal={appeal} calendar={calendar} autoPrint={autoPrint} plan={plan} />;
}

type DocumentProps = { review: Review; person: Person | null; profile: EvaluatorProfile; appeal: AppealSettings; calendar: CalendarSettings; autoPrint: boolean; plan: readonly PlanAction[] };

function PrintDocument({ review, person, profile, appeal, calendar, autoPrint, plan }: DocumentProps) {
  const { t } = useTranslation();
  const development = planForReport(review, plan);
  const [generated] = useState(() => formatStamp(new Date().toISOString()));
  usePrintFooter(
    review.contentHash ? t('print.footer', { hash: review.contentHash, date: generated }) : t('print.footerNoHash', { date: generated }),
    t('print.page'),
    person?.example ? t('printLook.exampleMark') : undefined,
  );
  useDocumentTitle(reviewPdfFileName(person?.name ?? '', review.cycleStart, review.cycleEnd).replace(/\.pdf$/, ''));

  useEffect(() => {
    let cancelled = false;
    void document.fonts.ready.then(() => {
      if (cancelled) return;
      document.documentElement.dataset['printReady'] = 'true';
      if (autoPrint) window.print();
    });
    return () => {
      cancelled = true;
      delete document.documentElement.dataset['printReady'];
    };
  }, [autoPrint]);

  const { expected, optional } = splitProfile(review.profile);
  const ratedOptional = optional.filter((entry) => review.ratings[entry.id]?.observed);
  const name = person?.name ?? '—';

  return (
    <main className="print-root">
      <div className="print-toolbar" role="toolbar" aria-label={t('print.toolbar')}>
        <button type="button" className="button primary" onClick={() => window.print()}>
          {t('print.print')}
        </button>
        <Link to={{ screen: 'review', reviewId: review.id }} className="button">
          {t('print.back')}
        </Link>
      </div>
      <article className="print-doc" lang="fr">
        <header className="print-header">
          <p className="print-org">{[profile.organisation, profile.service].filter(Boolean).join(' – ') || '\u00a0'}</p>
          <h1>{t('print.title')}</h1>
          <p>{t('print.subtitle', { family: `${CURRENT_FRAMEWORK.family.code} – ${CURRENT_FRAMEWORK.family.name}` })}</p>
          {!review.contentHash && <p className="print-draft">{t('print.notFinalised')}</p>}
        </header>

        <ReportIdentity review={review} person={person} />

        <section aria-labelledby="p-objectives">
          <h2 id="p-objectives">{t('print.objectives')}</h2>
          {review.objectives.length === 0 ? (
            <p>{review.noObjectivesReason ? t('legal.report.noObjectivesReason', { reason: review.noObjectivesReason }) : t('review.objectivesEmpty')}</p>
          ) : (
            <table className="print-table">
              <thead>
                <tr>
                  <th scope="col">{t('print.colObjective')}</th>
                  <th scope="col">{t('print.colResult')}</th>
                  <th scope="col">{t('print.colComment')}</th>
                </tr>
              </thead>
              <tbody>
                {review.objectives.map((objective) => (
                  <tr key={objective.id}>
                    <td className="text">{objective.description}</td>
                    <td>{objective.result ? t(`review.result.${objective.result}`) : '—'}</td>
                    <td className="text">{objective.comment}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>

        <section aria-labelledby="p-competencies">
          <h2 id="p-competencies">{t('print.competencies')}</h2>
          <CompetencyTable entries={expected} review={review} />
          {ratedOptional.length > 0 && (
            <>
              <h3>{t('print.optional')}</h3>
              <CompetencyTable entries={ratedOptional} review={review} />
            </>
          )}
        </section>

        <section aria-labelledby="p-outcome">
          <h2 id="p-outcome">{t('print.outcome')}</h2>
          <p className="print-outcome">{review.outcome === 'insuffisant' ? t('review.outcomeInsufficient') : t('review.outcomeNone')}</p>
          {review.outcome === 'insuffisant' && (
            <>
              <h3>{t('print.justification')}</h3>
              <p className="text">{review.outcomeJustification}</p>
            </>
          )}
        </section>

        <InterimOfCycle review={review} person={person} />

        <section aria-labelledby="p-comments">
          <h2 id="p-comments">{t('print.comments')}</h2>
          <h3>{t('print.evaluatorComment')}</h3>
          <p className="text">{review.evaluatorComment || '—'}</p>
          <h3>{t('print.employeeComment')}</h3>
          <p className="text">{review.employeeComment || '—'}</p>
        </section>

        <section aria-labelledby="p-planning">
          <h2 id="p-planning">{t('print.planning')}</h2>
          {review.nextObjectives.length === 0 ? (
            <p>{t('review.nextObjectivesEmpty')}</p>
          ) : (
            <table className="print-table">
              <thead>
                <tr>
                  <th scope="col">{t('print.colObjective')}</th>
                  <th scope="col">{t('print.colIndicator')}</th>
                  <th scope="col">{t('print.colDue')}</th>
                </tr>
              </thead>
              <tbody>
                {review.nextObjectives.map((objective) => (
                  <tr key={objective.id}>
                    <td className="text">{objective.description}</td>
                    <td className="text">{objective.indicator}</td>
                    <td>{objective.dueDate ? formatDateFr(objective.dueDate) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {development.followed.length > 0 && <PlanTable className="print-table plan" entries={development.followed} caption={t('plan.printFollowed')} />}
          {development.planned.length > 0 && <PlanTable className="print-table plan" entries={development.planned} caption={t('plan.printPlanned')} />}
          {review.contentHash && !development.sealed && development.planned.length > 0 && <p className="hint">{t('plan.afterSealNote')}</p>}
        </section>

        {review.addenda.length > 0 && (
          <section aria-labelledby="p-addenda">
            <h2 id="p-addenda">{t('print.addenda')}</h2>
            {review.addenda.map((addendum) => (
              <div key={addendum.id} className="print-addendum">
                <h3>{t('workflow.addendumLine', { date: formatDateFr(addendum.date), reason: addendum.reason })}</h3>
                <p className="text">{addendum.text}</p>
              </div>
            ))}
          </section>
        )}

        <section aria-labelledby="p-signatures" className="print-signatures">
          <h2 id="p-signatures">{t('print.signatures')}</h2>
          <div className="signature-blocks">
            <div className="signature-block">
              <p className="field-label">{t('print.evaluatorSignature')}</p>
              <p>{review.evaluator?.name || '\u00a0'}</p>
              <p>
                {t('print.dateLine')}
                {review.finalisedAt ? formatDateFr(review.finalisedAt.slice(0, 10)) : ''}
              </p>
              <p className="signature-line">{t('print.signatureLine')}</p>
            </div>
            {review.secondEvaluator && review.secondEvaluator.name.trim() !== '' && (
              <div className="signature-block">
                <p className="field-label">{t('legal.report.secondEvaluatorSignature')}</p>
                <p>{review.secondEvaluator.name}</p>
                <p>{t('print.dateLine')}</p>
                <p className="signature-line">{t('print.signatureLine')}</p>
              </div>
            )}
            <div className="signature-block">
              <p className="field-label">{t('print.employeeSignature')}</p>
              <p>{name}</p>
              {review.handedOverOn && <p>{t('print.handedOverOn', { date: formatDateFr(review.handedOverOn) })}</p>}
              <p>{review.acknowledgedOn ? t('print.acknowledgedOn', { date: formatDateFr(review.acknowledgedOn) }) : t('print.dateLine')}</p>
              <p className="signature-line">{t('print.signatureLine')}</p>
            </div>
          </div>
        </section>

        <AppealNotice review={review} settings={appeal} calendar={calendar} />

        <section aria-labelledby="p-history">
          <h2 id="p-history">{t('print.history')}</h2>
          <ul className="print-history">
            {review.audit.map((entry, index) => (
              <li key={index}>
                {auditLine(t, entry)}
              </li>
            ))}
          </ul>
        </section>
      </article>
    </main>
  );
}

function CompetencyTable({ entries, review }: { entries: ProfileSnapshotEntry[]; review: Review }) {
  const { t } = useTranslation();
  const observedText = (entry: ProfileSnapshotEntry, observed: ObservedRating | null | undefined) => {
    if (!observed) return t('print.notRated');
    if (observed.kind === 'below') return t('review.below');
    if (observed.kind === 'not-observed') return t('print.notObservedReason', { reason: observed.reason });
    return t('review.level', { level: observed.level, title: entry.levelTitles[observed.level - 1] ?? '' });
  };
  return (
    <table className="print-table competencies">
      <thead>
        <tr>
          <th scope="col">{t('print.colCompetency')}</th>
          <th scope="col">{t('printLook.colExpected')}</th>
          <th scope="col">{t('print.colObserved')}</th>
          <th scope="col">{t('print.colGap')}</th>
          <th scope="col">{t('print.colEvidence')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => {
          const rating = review.ratings[entry.id];
          const gap = gapOf(entry.expectedLevel, rating?.observed);
          return (
            <tr key={entry.id}>
              <th scope="row">
                {entry.distinctive ? '✦ ' : ''}
                {entry.name}
              </th>
              <td className="level-number" title={entry.expectedLevel === null ? undefined : entry.levelTitles[entry.expectedLevel - 1]}>
                {entry.expectedLevel === null ? '—' : entry.expectedLevel}
              </td>
              <td>{observedText(entry, rating?.observed)}</td>
              <td className={gap ? `print-gap print-gap-${gap.kind}` : 'print-gap'}>
                {gap ? `${t(`review.gapShort.${gap.kind}`)}${gap.delta === 0 ? '' : `\u00a0(${gap.delta > 0 ? '+' : '−'}${Math.abs(gap.delta)})`}` : '—'}
              </td>
              <td className="text">{keepFrenchPunctuationTogether(rating?.evidence ?? '')}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * The remediation this review opened, and the interviews held during its
 * cycle: recorded with the person, after or beside the review, so outside
 * its sealed content (the PDF says so).
 */
function InterimOfCycle({ review, person }: { review: Review; person: Person | null }) {
  const { t } = useTranslation();
  if (!person) return null;
  const remediation = (person.remediations ?? []).find((entry) => entry.reviewId === review.id);
  const interviews = interviewHistory(person).filter((interview) => interview.cycle.index === review.cycleIndex);
  return (
    <>
      {interviews.length > 0 && (
        <section aria-labelledby="p-interviews">
          <h2 id="p-interviews">{t('interim.heading')}</h2>
          {interviews.map((interview) => (
            <div key={interview.id}>
              <h3>
                <InterviewTitle interview={interview} />
              </h3>
              {interview.notes && <p className="text">{interview.notes}</p>}
              {interview.objectives.length > 0 && <p className="text">{t('interim.objectivesList', { list: interview.objectives.map((objective) => objective.description).join('\u00a0; ') })}</p>}
            </div>
          ))}
        </section>
      )}
      {remediation && (
        <section aria-labelledby="p-remediation">
          <h2 id="p-remediation">{t('remediation.heading')}</h2>
          <p className="hint">{t('remediation.printNote')}</p>
          <RemediationDetails remediation={remediation} review={undefined} />
        </section>
      )}
    </>
  );
}
