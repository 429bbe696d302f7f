import { useState } from 'react';
import { useTranslation } from '../../i18n';
import { formatDateFr } from '../../../../shared/dates';
import { Link } from '../../components/Link';
import { checkAllIntegrity } from '../../data/actions';
import { errorMessage } from '../../i18n/error-message';
import type { IntegrityReport, IntegrityReportLine } from '../../data/integrity-report';

/** "Vérifier l'intégrité" of every finalised review at once, with a report naming what changed. */
export function IntegritySection() {
  const { t } = useTranslation();
  const [report, setReport] = useState<IntegrityReport | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function run() {
    setReport(null);
    setFailure(null);
    const checked = await checkAllIntegrity((done, total) => setProgress({ done, total }));
    setProgress(null);
    if (checked.ok) setReport(checked.value);
    else setFailure(errorMessage(checked.error));
  }

  return (
    <section className="card" aria-labelledby="integrity-heading">
      <h2 id="integrity-heading">{t('integrity.allTitle')}</h2>
      <p className="hint">{t('integrity.allIntro')}</p>
      <button type="button" className="button" onClick={() => void run()} disabled={progress !== null}>
        {t('integrity.allRun')}
      </button>
      {progress && (
        <p role="status" className="hint">
          {t('integrity.allProgress', progress)}
        </p>
      )}
      {failure && (
        <p role="alert" className="field-error">
          {t('integrity.allFailed', { message: failure })}
        </p>
      )}
      {report && (
        <div role={report.changed.length + report.unverifiable.length > 0 ? 'alert' : 'status'} aria-label={t('integrity.allReport')}>
          <p>{t('integrity.allSummary', { checked: report.checked, intact: report.intact, changed: report.changed.length })}</p>
          {report.unsealed > 0 && <p className="hint">{t('integrity.allUnsealed', { count: report.unsealed })}</p>}
          {report.changed.length > 0 && <ReportLines lines={report.changed} />}
          {report.unverifiable.length > 0 && (
            <>
              <p>{t('integrity.allUnverifiable')}</p>
              <ReportLines lines={report.unverifiable} />
            </>
          )}
        </div>
      )}
    </section>
  );
}

/** One line per review: its person and cycle (a link, unless the review is gone), then what changed. */
function ReportLines({ lines }: { lines: IntegrityReportLine[] }) {
  const { t } = useTranslation();
  return (
    <ul>
      {lines.map((line) => {
        const label = t('integrity.allLine', {
          name: line.personName || t('integrity.unknownPerson'),
          range: t('common.dateRange', { start: formatDateFr(line.cycleStart), end: formatDateFr(line.cycleEnd) }),
        });
        return (
          <li key={line.reviewId}>
            {line.removed ? label : <Link to={{ screen: 'review', reviewId: line.reviewId }}>{label}</Link>}{' '}
            : {line.check.status === 'changed' ? line.check.parts.map((part) => t(`integrity.parts.${part}`)).join(', ') : ''}
          </li>
        );
      })}
    </ul>
  );
}
