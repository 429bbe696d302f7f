import { useState } from 'react';
import { SelectField } from '../components/fields';
import { useTranslation } from '../i18n';
import { calibration, calibrationClasses, type CalibrationRow } from '../../../shared/calibration';
import type { ClassId } from '../../../shared/framework';
import { Link } from '../components/Link';
import { formatNumber } from '../../../shared/locale';
import { currentLanguage } from '../i18n';
import { useHeatmapYears } from '../data/use-heatmap';
import { useReviewsOfYear } from '../data/use-journal';

/** A signed mean gap in the interface's language (0,5 in French and Dutch, 0.5 in English). */
const formatMean = (mean: number | null) => (mean === null ? '—' : `${mean > 0 ? '+' : mean < 0 ? '−' : ''}${formatNumber(Math.abs(mean), currentLanguage())}`);

/** One horizontal stacked bar per competency: below, met, above, not observed (the table says the same in numbers). */
function CalibrationChart({ rows, label }: { rows: readonly CalibrationRow[]; label: string }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...rows.map((row) => row.rated + row.notObserved));
  const width = 320;
  const height = 18;
  const parts = (row: CalibrationRow) => [
    { key: 'below', value: row.below, className: 'heat-below', text: t('calibration.below') },
    { key: 'met', value: row.met, className: 'heat-met', text: t('calibration.met') },
    { key: 'above', value: row.above, className: 'heat-above', text: t('calibration.above') },
    { key: 'not-observed', value: row.notObserved, className: 'heat-none', text: t('calibration.notObserved') },
  ];
  return (
    <figure className="calibration-chart">
      <svg role="img" aria-label={label} width={width + 260} height={rows.length * (height + 6) + 4}>
        {rows.map((row, index) => {
          let x = 250;
          const y = 2 + index * (height + 6);
          return (
            <g key={row.competencyId}>
              <text x={0} y={y + height - 5} fontSize={12}>
                {row.name}
              </text>
              {parts(row).map((part) => {
                const w = (part.value / max) * width;
                const rect = (
                  <rect key={part.key} x={x} y={y} width={w} height={height} className={part.className} stroke="#555" strokeWidth={w > 0 ? 0.5 : 0}>
                    <title>{`${part.text} : ${part.value}`}</title>
                  </rect>
                );
                x += w;
                return rect;
              })}
            </g>
          );
        })}
      </svg>
      <figcaption className="hint">
        {t('calibration.below')} · {t('calibration.met')} · {t('calibration.above')} · {t('calibration.notObserved')} — {t('calibration.chartFallback')}
      </figcaption>
    </figure>
  );
}

/** Self-calibration for one manager (issue 16): counts per competency, never a ranking of named people. */
export function CalibrationScreen() {
  const { t } = useTranslation();
  const years = useHeatmapYears()?.map((entry) => entry.year);
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  const year = chosenYear ?? years?.[0] ?? null;
  const reviews = useReviewsOfYear(year);
  const [scope, setScope] = useState<string>('');
  const classes = reviews && year !== null ? calibrationClasses(reviews, year) : [];
  const result = reviews && year !== null ? calibration(reviews, year, (scope || null) as ClassId | null) : null;
  const scopeText = scope ? t('calibration.scopeClass', { classId: scope }) : t('calibration.scopeAll');

  return (
    <div className="screen wide">
      <header className="screen-header">
        <p className="breadcrumb">
          <Link to={{ screen: 'team' }}>{t('nav.team')}</Link>
        </p>
        <h1>{t('calibration.title')}</h1>
        <p className="muted">{t('calibration.intro')}</p>
      </header>
      <div className="toolbar">
        <SelectField
          id="calibration-year"
          label={t('calibration.year')}
          value={year === null ? '' : String(year)}
          onChange={(value) => setChosenYear(Number(value))}
          choices={(years ?? []).map((option) => ({ value: String(option), label: String(option) }))}
        />
        <SelectField
          id="calibration-scope"
          label={t('calibration.scope')}
          value={scope}
          onChange={setScope}
          empty={t('calibration.scopeAll')}
          choices={classes.map((classId) => ({ value: classId, label: t('calibration.scopeClass', { classId }) }))}
        />
      </div>
      {result && (
        <>
          <p role="status">{t('calibration.reviews', { count: result.reviews, year: String(year) })}</p>
          {result.reviews > 0 && (
            <>
              <section className="card" aria-labelledby="calibration-signals">
                <h2 id="calibration-signals">{t('calibration.signalsTitle')}</h2>
                {result.signals.length === 0 ? (
                  <p>{t('calibration.noSignals')}</p>
                ) : (
                  <ul>
                    {result.signals.map((signal) => (
                      <li key={`${signal.code}-${signal.competencyId}`}>
                        {signal.code === 'severe'
                          ? t('calibration.signals.severe', { name: signal.name, mean: formatMean(signal.mean), others: formatMean(signal.others) })
                          : signal.code === 'not-observed'
                            ? t('calibration.signals.not-observed', { name: signal.name, count: signal.count, total: signal.total })
                            : t(`calibration.signals.${signal.code}`, { name: signal.name, count: signal.count })}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
              <section className="card" aria-labelledby="calibration-chart-heading">
                <h2 id="calibration-chart-heading">{t('calibration.chartLabel')}</h2>
                <CalibrationChart rows={result.rows} label={`${t('calibration.chartLabel')} (${scopeText})`} />
                <table className="data-table calibration-table">
                  <caption>{t('calibration.tableCaption', { scope: scopeText })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('calibration.competency')}</th>
                      <th scope="col">{t('calibration.rated')}</th>
                      <th scope="col">{t('calibration.below')}</th>
                      <th scope="col">{t('calibration.met')}</th>
                      <th scope="col">{t('calibration.above')}</th>
                      <th scope="col">{t('calibration.notObserved')}</th>
                      <th scope="col">{t('calibration.mean')}</th>
                      <th scope="col">{t('calibration.withoutEvidence')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.rows.map((row) => (
                      <tr key={row.competencyId}>
                        <th scope="row">{row.name}</th>
                        <td>{row.rated}</td>
                        <td>{row.below}</td>
                        <td>{row.met}</td>
                        <td>{row.above}</td>
                        <td>{row.notObserved}</td>
                        <td>{formatMean(row.mean)}</td>
                        <td>{row.withoutEvidence}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            </>
          )}
        </>
      )}
    </div>
  );
}
