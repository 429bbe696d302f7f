import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from '../i18n';
import { CLASS_IDS, CURRENT_FRAMEWORK } from '../../../shared/framework';
import { heatmap, type HeatmapRow } from '../../../shared/heatmap';
import { heatmapDefaultYear, heatmapSummaries } from '../../../shared/heatmap-view';
import { isLocked } from '../../../shared/reviews/review';
import type { GapValue } from '../../../shared/reviews/summary';
import { Link } from '../components/Link';
import { CheckboxField } from '../components/CheckboxField';
import { SelectField } from '../components/fields';
import { useHeatmapYears } from '../data/use-heatmap';
import { useHeatmapData } from '../data/use-team';

function gapText(value: GapValue | undefined, notObserved: string, empty: string): string {
  if (value === undefined) return empty;
  if (value === 'n') return notObserved;
  return value > 0 ? `+${value}` : value < 0 ? `−${Math.abs(value)}` : '0';
}

function gapClass(value: GapValue | undefined): string {
  if (value === undefined || value === 'n') return 'heat-none';
  return value < 0 ? 'heat-below' : value > 0 ? 'heat-above' : 'heat-met';
}

export function HeatmapScreen() {
  const { t } = useTranslation();
  const yearFacts = useHeatmapYears();
  const years = yearFacts?.map((entry) => entry.year);
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  const [service, setService] = useState('');
  const [includeDrafts, setIncludeDrafts] = useState(false);
  // Nothing is drawn or read for a year before the years are known (the select would show empty, the default year could be wrong).
  const year = yearFacts === undefined ? null : (chosenYear ?? heatmapDefaultYear(yearFacts, new Date().getFullYear()));
  const data = useHeatmapData(year);
  const map = useMemo(() => (data ? heatmap(data.people, heatmapSummaries(data.summaries, includeDrafts)) : null), [data, includeDrafts]);
  const drafts = useMemo(() => new Set((data?.summaries ?? []).filter((summary) => !isLocked(summary.status)).map((summary) => summary.id)), [data]);
  const services = useMemo(() => [...new Set(map?.rows.map((row) => row.service).filter(Boolean))].sort(), [map]);
  const rows = map?.rows.filter((row) => service === '' || row.service === service) ?? [];
  const competencies = CURRENT_FRAMEWORK.competencies;

  return (
    <div className="screen wide">
      <header className="screen-header">
        <p className="breadcrumb">
          <Link to={{ screen: 'team' }}>{t('nav.team')}</Link>
        </p>
        <h1>{t('heatmap.title')}</h1>
        <p className="muted">{t('heatmap.intro')}</p>
      </header>
      {years === undefined || year === null ? null : years.length === 0 ? (
        <p className="card">{t('heatmap.noYears')}</p>
      ) : (
        <>
          <div className="toolbar">
            <SelectField
              id="heat-year"
              label={t('heatmap.year')}
              value={String(year)}
              onChange={(value) => setChosenYear(Number(value))}
              choices={years.map((option) => ({ value: String(option), label: String(option) }))}
            />
            <SelectField id="heat-service" label={t('heatmap.service')} value={service} onChange={setService} empty={t('team.all')} choices={services.map((option) => ({ value: option, label: option }))} />
            <CheckboxField className="heat-drafts" isSelected={includeDrafts} onChange={setIncludeDrafts}>
              {t('heatmapView.includeDrafts', { count: drafts.size })}
            </CheckboxField>
          </div>
          <p className="hint">
            {t('heatmap.legend')} {t('heatmapView.summaryLegend')}
            {includeDrafts && drafts.size > 0 ? ` ${t('heatmapView.draftLegend')}` : ''}
          </p>
          {map && rows.length === 0 && <p>{t('heatmap.none')}</p>}
          {map && rows.length > 0 && (
            <>
              <section>
                <h2 id="heat-by-class">{t('heatmap.byClass')}</h2>
                <div className="table-scroll" tabIndex={0} role="region" aria-label={t('heatmap.byClass')}>
                  <table className="data-table heatmap" lang="fr">
                    <CompetencyHeader first={t('team.columnClass')} />
                    <tbody>
                      {CLASS_IDS.filter((classId) => map.byClass[classId]).map((classId) => {
                        const summary = map.byClass[classId]!;
                        return (
                          <tr key={classId}>
                            <th scope="row">{t('heatmap.classRow', { classId, count: summary.people })}</th>
                            {competencies.map((competency) => {
                              const cell = summary.cells[competency.id];
                              return (
                                <td key={competency.id} className={cell && cell.below > 0 ? 'heat-below' : cell ? 'heat-met' : 'heat-none'}>
                                  {cell ? t('heatmapView.summaryCell', { below: cell.below, rated: cell.rated }) : t('heatmap.empty')}
                                </td>
                              );
                            })}
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </div>
              </section>
              <PeopleHeatmap rows={rows} drafts={drafts} />
            </>
          )}
        </>
      )}
    </div>
  );
}

/** The header row of both heat maps: a first column, then the twelve competencies. */
function CompetencyHeader({ first }: { first: string }) {
  return (
    <thead>
      <tr>
        <th scope="col" className="heat-first">{first}</th>
        {CURRENT_FRAMEWORK.competencies.map((competency) => (
          <th key={competency.id} scope="col" className="heat-head">
            {competency.name}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** A row of the people heat map, in CSS pixels, for the virtualizer's first guess. */
const HEAT_ROW_HEIGHT = 37;

/**
 * One row per review of the year, virtualized like the team table: only the
 * rows in view (and a few around) are in the DOM, under a header that stays.
 */
function PeopleHeatmap({ rows, drafts }: { rows: readonly HeatmapRow[]; drafts: ReadonlySet<string> }) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const competencies = CURRENT_FRAMEWORK.competencies;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => HEAT_ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <section>
      <h2 id="heat-people">{t('heatmap.people')}</h2>
      <div ref={scroller} className="table-scroll heat-scroller" tabIndex={0} role="region" aria-label={t('heatmap.people')}>
        <table className="data-table heatmap" lang="fr" aria-rowcount={rows.length + 1}>
          <CompetencyHeader first={t('heatmap.person')} />
          <tbody>
            {paddingTop > 0 && (
              <tr aria-hidden="true">
                <td colSpan={competencies.length + 1} style={{ height: paddingTop, padding: 0, border: 0 }} />
              </tr>
            )}
            {items.map((item) => {
              const row = rows[item.index]!;
              return (
                <tr
                  key={row.reviewId}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  aria-rowindex={item.index + 2}
                  data-review-id={row.reviewId}
                  className={drafts.has(row.reviewId) ? 'heat-draft' : undefined}
                >
                  <th scope="row">
                    <Link to={{ screen: 'review', reviewId: row.reviewId }}>{row.name}</Link>
                    <span className="muted"> ({row.classId})</span>
                    {drafts.has(row.reviewId) && <span className="tag"> {t('heatmapView.draftTag')}</span>}
                  </th>
                  {competencies.map((competency) => (
                    <td key={competency.id} className={gapClass(row.gaps[competency.id])} data-competency={competency.id}>
                      {gapText(row.gaps[competency.id], t('heatmap.notObserved'), t('heatmap.empty'))}
                    </td>
                  ))}
                </tr>
              );
            })}
            {paddingBottom > 0 && (
              <tr aria-hidden="true">
                <td colSpan={competencies.length + 1} style={{ height: paddingBottom, padding: 0, border: 0 }} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
