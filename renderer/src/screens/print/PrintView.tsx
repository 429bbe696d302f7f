import { useEffect, useMemo, useState } from 'react';
import { CURRENT_FRAMEWORK } from '../../../../shared/framework';
import type { FrameworkPack } from '../../../../shared/framework/pack';
import { builtInTextSets, resolveFrameworkText, reviewTextSets, type FrameworkTextSet, type TextStatus } from '../../../../shared/framework/texts';
import { formatDate, type Language } from '../../../../shared/locale';
import { usePacks } from '../../data/framework-packs-repo';
import { InLanguage, isLanguageLoaded, loadLanguage, useTranslation } from '../../i18n';
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
import { useReviewRecord } from '../../data/use-people';
import { planForReport, type PlanAction } from '../../../../shared/plan/plan';
import { PlanTable } from '../plan/PlanTable';
import { AppealNotice } from './AppealNotice';
import { ReportIdentity } from './ReportIdentity';
import { auditLine, formatStamp } from './format-stamp';
import { usePrintFooter } from './use-print-footer';
import { interviewHistory } from '../../../../shared/people/interim';
import { InterviewTitle, RemediationDetails } from '../person/InterimSections';
// The report's look (A4, print-first) loads with the print view.
import '../../styles/print.css';

/**
 * The review as an A4 report, for paper and PDF: Electron's printToPDF and
 * Playwright's page.pdf() print this same view. `data-print-ready` tells them
 * when data and fonts are in.
 */
export function PrintView({ reviewId, autoPrint }: { reviewId: string; autoPrint: boolean }) {
  const record = useReviewRecord(reviewId);
  const profile = useEvaluatorProfile();
  const packs = usePacks();
  // Everything the report prints is loaded before it renders: `data-print-ready` then means what it says.
  const appeal = useAppealSettings();
  const calendar = useCalendar();
  // The report speaks the employee's language (their record), whatever the interface's: its texts loaded first.
  const wanted = record?.person?.language ?? 'fr';
  const [loadedNow, setLoadedNow] = useState<{ wanted: string; ok: boolean } | null>(null);
  useEffect(() => {
    if (isLanguageLoaded(wanted)) return;
    let live = true;
    loadLanguage(wanted).then(
      () => live && setLoadedNow({ wanted, ok: true }),
      // A script of the app that cannot load: the report in French rather than no report.
      () => live && setLoadedNow({ wanted, ok: false }),
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  const language = isLanguageLoaded(wanted) ? wanted : loadedNow?.wanted === wanted && !loadedNow.ok ? 'fr' : null;
  if (record === null) {
    return <MissingReview />;
  }
  if (!record || !profile || !packs || !appeal || !calendar || !language) return null;
  const { review, person, plan } = record;
  return (
    <InLanguage language={language}>
      <PrintDocument review={review} person={person} profile={profile} appeal={appeal} calendar={calendar} autoPrint={autoPrint} plan={plan} language={language} packs={packs} />
    </InLanguage>
  );
}

/** The review is not in the database (deleted meanwhile): said on screen, and to the desktop export, which then stops at once (electron/pdf.ts). */
function MissingReview() {
  const { t } = useTranslation();
  useEffect(() => {
    document.documentElement.dataset['printReady'] = 'missing';
    return () => {
      delete document.documentElement.dataset['printReady'];
    };
  }, []);
  return (
    <p role="alert" className="print-missing">
      {t('review.notFound')}
    </p>
  );
}

/** A framework text as the report prints it: the text, and the mark that says it is not official in the report's language. */
type Printed = { text: string; status: TextStatus };

/**
 * The framework texts of a report in `language`: those the review recorded
 * from packs, then (while it is not finalised) the packs in force, then the
 * built-in ones; else the French the review was judged with, marked.
 */
function useFrameworkTexts(review: Review, language: Language, packs: readonly FrameworkPack[]) {
  const sets = useMemo<FrameworkTextSet[]>(
    () => [
      ...(review.frameworkTexts?.language === language ? reviewTextSets(review.frameworkTexts) : []),
      ...(review.contentHash ? [] : packs),
      ...builtInTextSets(CURRENT_FRAMEWORK),
    ],
    [review.frameworkTexts, review.contentHash, language, packs],
  );
  return (key: string, french: string): Printed => {
    if (language === 'fr') return { text: french, status: 'official' };
    const resolved = resolveFrameworkText(key, language, sets, CURRENT_FRAMEWORK);
    // The French of the review's own snapshot, never today's data, when no text exists in the language.
    return !resolved || resolved.status === 'fallback' ? { text: french, status: 'fallback' } : { text: resolved.text, status: resolved.status };
  };
}

type DocumentProps = {
  review: Review;
  person: Person | null;
  profile: EvaluatorProfile;
  appeal: AppealSettings;
  calendar: CalendarSettings;
  autoPrint: boolean;
  plan: readonly PlanAction[];
  language: Language;
  packs: readonly FrameworkPack[];
};

function PrintDocument({ review, person, profile, appeal, calendar, autoPrint, plan, language, packs }: DocumentProps) {
  const { t } = useTranslation();
  const development = planForReport(review, plan);
  const frameworkText = useFrameworkTexts(review, language, packs);
  const mark = (printed: Printed) =>
    printed.status === 'fallback' ? `${printed.text}\u00a0${t('frameworkText.fallbackMark')}` : printed.status === 'working-translation' ? `${printed.text}\u00a0${t('frameworkText.workingMark')}` : printed.text;
  const [generated] = useState(() => formatStamp(new Date().toISOString()));
  usePrintFooter(
    review.contentHash ? t('print.footer', { hash: review.contentHash, date: generated }) : t('print.footerNoHash', { date: generated }),
    t('print.page'),
    person?.example ? t('printLook.exampleMark') : undefined,
  );
  useDocumentTitle(reviewPdfFileName(person?.name ?? '', review.cycleStart, review.cycleEnd).replace(/\.pdf$/, ''));

  // The browser's print dialog can be refused (blocked by policy, a failing print service): said here, in French.
  const [printFailed, setPrintFailed] = useState(false);
  const printNow = () => {
    setPrintFailed(false);
    try {
      window.print();
    } catch (error) {
      console.warn('Jalon: the print dialog could not open', error);
      setPrintFailed(true);
    }
  };

  useEffect(() => {
    let cancelled = false;
    void document.fonts.ready.then(() => {
      if (cancelled) return;
      document.documentElement.dataset['printReady'] = 'true';
      if (autoPrint) printNow();
    });
    return () => {
      cancelled = true;
      delete document.documentElement.dataset['printReady'];
    };
  }, [autoPrint]);

  const { expected, optional } = splitProfile(review.profile);
  const ratedOptional = optional.filter((entry) => review.ratings[entry.id]?.observed);
  const name = person?.name ?? '—';
  const family = frameworkText('family.name', CURRENT_FRAMEWORK.family.name);
  const shown = [...expected, ...ratedOptional];
  const printedTexts: Printed[] = [
    family,
    ...shown.flatMap((entry) => {
      const observed = review.ratings[entry.id]?.observed;
      const levels = [entry.expectedLevel, observed?.kind === 'level' ? observed.level : null].filter((level): level is number => level !== null);
      return [
        frameworkText(`competency.${entry.id}.name`, entry.name),
        ...levels.map((level) => frameworkText(`competency.${entry.id}.level.${level}`, entry.levelTitles[level - 1] ?? '')),
      ];
    }),
  ];
  const sources = [
    ...new Map(
      [...(review.frameworkTexts?.language === language ? review.frameworkTexts.packs : []), ...(review.contentHash ? [] : packs.filter((pack) => pack.language === language))].map((pack) => [
        `${pack.source}\u0000${pack.version}`,
        t('frameworkText.sourceLine', { source: pack.source, version: pack.version }),
      ]),
    ).values(),
  ];
  const label = (entry: ProfileSnapshotEntry) => mark(frameworkText(`competency.${entry.id}.name`, entry.name));
  const levelTitle = (entry: ProfileSnapshotEntry, level: number) => mark(frameworkText(`competency.${entry.id}.level.${level}`, entry.levelTitles[level - 1] ?? ''));
  const evidenceText = (text: string) => (language === 'fr' ? keepFrenchPunctuationTogether(text) : text);

  return (
    <main className="print-root">
      <div className="print-toolbar" role="toolbar" aria-label={t('print.toolbar')}>
        <button type="button" className="button primary" onClick={printNow}>
          {t('print.print')}
        </button>
        <Link to={{ screen: 'review', reviewId: review.id }} className="button">
          {t('print.back')}
        </Link>
        {printFailed && (
          <p role="alert" className="field-error">
            {t('print.failed')}
          </p>
        )}
      </div>
      <article className="print-doc" lang={language}>
        <header className="print-header">
          <p className="print-org">{[profile.organisation, profile.service].filter(Boolean).join(' – ') || '\u00a0'}</p>
          <h1>{t('print.title')}</h1>
          <p>{t('print.subtitle', { family: `${CURRENT_FRAMEWORK.family.code} – ${mark(family)}` })}</p>
          {!review.contentHash && <p className="print-draft">{t('print.notFinalised')}</p>}
          {printedTexts.some((printed) => printed.status === 'fallback') && <p className="print-text-note">{t('frameworkText.fallbackNote')}</p>}
          {printedTexts.some((printed) => printed.status === 'working-translation') && <p className="print-text-note">{t('frameworkText.workingNote')}</p>}
          {sources.length > 0 && (
            <p className="print-text-note">{t('frameworkText.sources', { sources: sources.join(' · ') })}</p>
          )}
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
          <CompetencyTable entries={expected} review={review} label={label} levelTitle={levelTitle} evidenceText={evidenceText} />
          {ratedOptional.length > 0 && (
            <>
              <h3>{t('print.optional')}</h3>
              <CompetencyTable entries={ratedOptional} review={review} label={label} levelTitle={levelTitle} evidenceText={evidenceText} />
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
                    <td>{objective.dueDate ? formatDate(objective.dueDate, language) : '—'}</td>
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
                <h3>{t('workflow.addendumLine', { date: formatDate(addendum.date, language), reason: addendum.reason })}</h3>
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
                {review.finalisedAt ? formatDate(review.finalisedAt.slice(0, 10), language) : ''}
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
              {review.handedOverOn && <p>{t('print.handedOverOn', { date: formatDate(review.handedOverOn, language) })}</p>}
              <p>{review.acknowledgedOn ? t('print.acknowledgedOn', { date: formatDate(review.acknowledgedOn, language) }) : t('print.dateLine')}</p>
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

function CompetencyTable({
  entries,
  review,
  label,
  levelTitle,
  evidenceText,
}: {
  entries: ProfileSnapshotEntry[];
  review: Review;
  label: (entry: ProfileSnapshotEntry) => string;
  levelTitle: (entry: ProfileSnapshotEntry, level: number) => string;
  evidenceText: (text: string) => string;
}) {
  const { t } = useTranslation();
  const observedText = (entry: ProfileSnapshotEntry, observed: ObservedRating | null | undefined) => {
    if (!observed) return t('print.notRated');
    if (observed.kind === 'below') return t('review.below');
    if (observed.kind === 'not-observed') return t('print.notObservedReason', { reason: observed.reason });
    return t('review.level', { level: observed.level, title: levelTitle(entry, observed.level) });
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
                {label(entry)}
              </th>
              <td className="level-number" title={entry.expectedLevel === null ? undefined : levelTitle(entry, entry.expectedLevel)}>
                {entry.expectedLevel === null ? '—' : entry.expectedLevel}
              </td>
              <td>{observedText(entry, rating?.observed)}</td>
              <td className={gap ? `print-gap print-gap-${gap.kind}` : 'print-gap'}>
                {gap ? `${t(`review.gapShort.${gap.kind}`)}${gap.delta === 0 ? '' : `\u00a0(${gap.delta > 0 ? '+' : '−'}${Math.abs(gap.delta)})`}` : '—'}
              </td>
              <td className="text">{evidenceText(rating?.evidence ?? '')}</td>
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
