import { FlexRender, useTable, type SortingState, type Updater } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { lazy, Suspense, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation, withScreenTexts } from '../i18n';
import { todayIso, type IsoDate } from '../../../shared/dates';
import { CLASS_IDS } from '../../../shared/framework/types';
import { toCsv } from '../../../shared/csv';
import { EMPTY_TEAM_FILTER, filterTeamRows, isEmptyTeamFilter, sortTeamRows, TEAM_STATUSES, type TeamRow } from '../../../shared/team';
import { firstScreenOf, sortingKey, teamCounts, type FirstScreen } from '../../../shared/team-dashboard';
import { TeamCounts } from './team/TeamCounts';
import { CheckboxField } from '../components/CheckboxField';
import { Link } from '../components/Link';
import { observeBoxSize, scrollBox } from '../components/virtual-box';
import { toAppError } from '../data/app-error';
import { readFirstScreen, rememberFirstScreen } from '../data/team-first-screen';
import { useTeamRows } from '../data/use-team';
import { whenIdle } from '../when-idle';
import { errorMessage } from '../i18n/error-message';
import { isFailure } from '../../../shared/result';
import { platform } from '../platform';
import { useUiStore, type TeamTablePrefs } from '../store';
import { csvValue, OPTIONAL_COLUMNS, teamColumns, teamFeatures } from './team/team-columns';

// The team is the first screen drawn: the dialog's code (react-aria's overlays) loads when it is first opened.
// The actions (and the example's generator behind them) load with their first use.
const actions = () => withScreenTexts(() => import('../data/actions'));
const ConfirmDialog = lazy(async () => ({ default: (await withScreenTexts(() => import('../components/ConfirmDialog'))).ConfirmDialog }));

const ROW_HEIGHT = 44;

/**
 * The table's scrolling box as app.css sizes it (`.table-scroller`: the
 * window's height less 300 px, at least 320 px, inside a 1 px border), known
 * before anything is laid out: the first render draws the rows that fill it,
 * instead of none, then a forced layout to measure the box, then the rows and
 * a second layout. The virtualizer follows the box from the first layout on
 * (`observeBoxSize`, `scrollBox`: no forced layout inside the first render).
 */
function scrollerRect(): { width: number; height: number } {
  return { width: 0, height: Math.max(320, window.innerHeight - 300) - 2 };
}
const DEFAULT_SORTING = [{ id: 'name', desc: false }];
const sortingOf = (prefs: TeamTablePrefs) => (prefs.sorting.length > 0 ? prefs.sorting : DEFAULT_SORTING) as SortingState;

/**
 * The first screenful kept by the last start that this start's team screen
 * draws before the team is read (same day, same order, no filter set), or
 * `null`. Startup asks too (../main.tsx): with one, it draws before the
 * database is open.
 */
export function keptScreenFor(today: IsoDate): FirstScreen | null {
  const { teamPrefs, teamFilter } = useUiStore.getState();
  return isEmptyTeamFilter(teamFilter) ? readFirstScreen(today, sortingKey(sortingOf(teamPrefs))) : null;
}

export function TeamScreen() {
  const { t, i18n } = useTranslation();
  const [today] = useState(todayIso);
  const prefs = useUiStore((state) => state.teamPrefs);
  const sorting = sortingOf(prefs);
  const filter = useUiStore((state) => state.teamFilter);
  const setFilter = useUiStore((state) => state.setTeamFilter);
  const setPrefs = useUiStore((state) => state.setTeamPrefs);
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const setNotice = useUiStore((state) => state.setNotice);

  // Column definitions depend on the language only: never rebuilt per render.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- i18n.language is what changes t
  const columns = useMemo(() => teamColumns(t, today), [i18n.language, today]);
  // Until the team is read, at start only, the first screenful kept from the last start (same day, same order, no
  // filter set): its rows open as usual; filters, sorting and the export wait for the read (../data/team-first-screen.ts).
  // Coming back to the team later in the session, it would show the team as it was before the edits just made.
  const [kept] = useState(() => (takeStartScreen() ? keptScreenFor(today) : null));
  // The kept screenful is drawn first: the read starts once it is on screen.
  const live = useTeamRows(today, sorting, { afterPaint: kept !== null });
  const provisional = live === undefined ? kept : null;
  const waiting = provisional !== null;
  const rows = live ?? provisional?.rows;
  // Sorted once per read or sort change (numbers compared, French ranks cached per read), then filtered per keystroke.
  const sortedRows = useMemo(() => sortTeamRows(rows ?? [], sorting), [rows, sorting]);
  const visibleRows = useMemo(() => filterTeamRows(sortedRows, filter), [sortedRows, filter]);
  const services = useMemo(
    () => provisional?.services ?? [...new Set((live ?? []).map((row) => row.service).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'fr')),
    [live, provisional],
  );
  const counts = useMemo(() => provisional?.counts ?? teamCounts(live ?? []), [live, provisional]);
  const currentSorting = sortingKey(sorting);
  // Each read (and each change of order) is kept for the next start's first frame: when the browser is idle, as
  // an effect of a click or a key runs before the frame that answers it.
  useEffect(() => {
    if (!live) return;
    return whenIdle(() => rememberFirstScreen(firstScreenOf(sortedRows, today, currentSorting, services)));
  }, [live, sortedRows, today, currentSorting, services]);
  const columnVisibility = useMemo(() => Object.fromEntries(prefs.hiddenColumns.map((id) => [id, false])), [prefs.hiddenColumns]);
  const shownColumns = useMemo(() => columns.filter((column) => columnVisibility[column.id!] !== false), [columns, columnVisibility]);
  const onSortingChange = (updater: Updater<SortingState>) => {
    const next = typeof updater === 'function' ? updater(prefs.sorting as SortingState) : updater;
    setPrefs({ sorting: next.map(({ id, desc }) => ({ id, desc })) });
  };

  async function exportCsv() {
    setFailure(null);
    try {
      const csv = toCsv(
        shownColumns.map((column) => String(column.header ?? column.id)),
        visibleRows.map((row) => shownColumns.map((column) => csvValue(t, column.id!, row))),
      );
      const saved = await platform.saveFile({ suggestedName: `equipe_${today}.csv`, filters: [{ name: 'CSV', extensions: ['csv'] }], content: csv });
      if (!saved.ok) setFailure(t('team.exportFailed', { message: errorMessage(saved.error) }));
    } catch (error) {
      setFailure(t('team.exportFailed', { message: errorMessage(toAppError(error)) }));
    }
  }

  /** Runs a long action with its banner; a failure is said, never swallowed. Resolves whether it succeeded. */
  async function runBusy(label: string, action: () => Promise<unknown>): Promise<boolean> {
    setBusy(label);
    setFailure(null);
    try {
      const done = await action();
      if (isFailure(done)) {
        setFailure(errorMessage(done.error));
        return false;
      }
      return true;
    } catch (error) {
      setFailure(errorMessage(toAppError(error)));
      return false;
    } finally {
      setBusy(null);
    }
  }

  if (rows === undefined) return null;
  const hasExample = provisional?.hasExample ?? rows.some((row) => row.example);

  return (
    <div className={waiting ? 'screen wide is-reading' : 'screen wide'}>
      <header className="screen-header with-actions">
        <div>
          <h1>{t('team.title')}</h1>
          <p className="muted">{t('team.count', { count: provisional?.count ?? rows.filter((row) => !row.archived).length })}</p>
        </div>
        <div className="actions">
          <Link to={{ screen: 'heatmap' }} className="button">
            {t('heatmap.title')}
          </Link>
          <Link to={{ screen: 'calibration' }} className="button">
            {t('calibration.link')}
          </Link>
          <Link to={{ screen: 'person-new' }} className="button primary">
            {t('team.add')}
          </Link>
        </div>
      </header>

      {busy && (
        <p role="status" className="banner">
          {busy}
        </p>
      )}
      {failure && (
        <p role="alert" className="banner warning">
          {failure}
        </p>
      )}

      {hasExample && (
        <div className="banner example-banner">
          <p>{t('team.exampleBanner')}</p>
          <button type="button" className="button" disabled={waiting} onClick={() => setConfirmRemove(true)}>
            {t('team.removeExample')}
          </button>
          {confirmRemove && (
            <Suspense fallback={null}>
            <ConfirmDialog
              title={t('team.removeExample')}
              confirmLabel={t('team.removeExampleYes')}
              danger
              onClose={() => setConfirmRemove(false)}
              onConfirm={async () => {
                if (await runBusy(t('team.removingExample'), async () => (await actions()).removeExample())) setNotice({ text: t('uiKit.exampleRemoved'), screen: 'team' });
              }}
            >
              <p>{t('team.removeExampleConfirm', { count: rows.filter((row) => row.example).length })}</p>
            </ConfirmDialog>
            </Suspense>
          )}
        </div>
      )}

      {rows.length === 0 ? (
        <section className="card empty-state">
          <p>{t('team.empty')}</p>
          <p className="muted">{t('team.emptyHint')}</p>
          <p className="actions centered">
            <Link to={{ screen: 'person-new' }} className="button primary">
              {t('team.add')}
            </Link>
            <button type="button" className="button" disabled={busy !== null} onClick={() => void runBusy(t('team.loadingExample'), async () => (await actions()).loadExample())}>
              {t('team.loadExample')}
            </button>
          </p>
        </section>
      ) : (
        <>
          <TeamCounts counts={counts} status={filter.status} onStatus={(status) => setFilter({ status })} disabled={waiting} />
          <div className="toolbar filters" role="search" aria-label={t('team.filters')}>
            <div className="field">
              <label htmlFor="team-search" className="field-label">
                {t('team.search')}
              </label>
              <input
                id="team-search"
                className="input"
                type="search"
                value={filter.text}
                disabled={waiting}
                placeholder={t('team.searchPlaceholder')}
                onChange={(event) => setFilter({ text: event.target.value })}
              />
            </div>
            <FilterSelect id="filter-class" disabled={waiting} label={t('team.columnClass')} value={filter.classId} onChange={(classId) => setFilter({ classId })}
              options={CLASS_IDS.map((id) => [id, t('common.className', { classId: id })])} all={t('team.all')} />
            <FilterSelect id="filter-status" disabled={waiting} label={t('team.columnStatus')} value={filter.status} onChange={(status) => setFilter({ status })}
              options={TEAM_STATUSES.map((status) => [status, t(`teamStatus.${status}`)])} all={t('team.all')} />
            <FilterSelect id="filter-service" disabled={waiting} label={t('team.columnService')} value={filter.service} onChange={(service) => setFilter({ service })}
              options={services.map((service) => [service, service])} all={t('team.all')} />
            <CheckboxField isSelected={filter.showArchived} isDisabled={waiting} onChange={(showArchived) => setFilter({ showArchived })}>
              {t('team.showArchived')}
            </CheckboxField>
            <details className="column-picker">
              <summary>{t('team.columns')}</summary>
              <fieldset>
                <legend className="visually-hidden">{t('team.columns')}</legend>
                {OPTIONAL_COLUMNS.map((id) => (
                  <CheckboxField
                    key={id}
                    isSelected={!prefs.hiddenColumns.includes(id)}
                    onChange={(shown) => setPrefs({ hiddenColumns: shown ? prefs.hiddenColumns.filter((hidden) => hidden !== id) : [...prefs.hiddenColumns, id] })}
                  >
                    {String(columns.find((column) => column.id === id)?.header ?? id)}
                  </CheckboxField>
                ))}
              </fieldset>
            </details>
            <button type="button" className="button" disabled={waiting} onClick={() => void exportCsv()}>
              {t('team.exportCsv')}
            </button>
          </div>
          <p className="muted" role="status">
            {t('team.shown', provisional ? { count: provisional.count, total: provisional.total } : { count: visibleRows.length, total: rows.length })}
          </p>
          {visibleRows.length === 0 ? (
            <div className="card empty-state">
              <p>{filter.text.trim() ? t('team.noMatch', { query: filter.text.trim() }) : t('dashboard.noMatchFilters')}</p>
              <button type="button" className="button" onClick={() => setFilter(EMPTY_TEAM_FILTER)}>
                {t('dashboard.clearFilters')}
              </button>
            </div>
          ) : (
            <VirtualTable
              rows={visibleRows}
              columns={columns}
              sorting={sorting}
              columnVisibility={columnVisibility}
              onSortingChange={onSortingChange}
              waiting={waiting}
              rowCount={provisional?.count ?? visibleRows.length}
            />
          )}
        </>
      )}
    </div>
  );
}

function FilterSelect({ id, label, value, onChange, options, all, disabled }: { id: string; label: string; value: string; onChange: (value: string) => void; options: [string, string][]; all: string; disabled: boolean }) {
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <select id={id} className="input" value={value} disabled={disabled} onChange={(event) => onChange(event.target.value)}>
        <option value="">{all}</option>
        {options.map(([optionValue, text]) => (
          <option key={optionValue} value={optionValue}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

type VirtualTableProps = {
  /** The rows shown, sorted and filtered. */
  rows: readonly TeamRow[];
  columns: ReturnType<typeof teamColumns>;
  sorting: SortingState;
  columnVisibility: Record<string, boolean>;
  onSortingChange: (updater: Updater<SortingState>) => void;
  waiting: boolean;
  /** The rows the table stands for (while the first screenful is shown, the whole team's, not the 30 drawn). */
  rowCount: number;
};

/**
 * The rows of the table, virtualized: only those in view (and a few around)
 * are in the DOM, and only they go through the table's row model (at 10,000
 * people, building it for every row was milliseconds on each sort click and
 * filter key). Rows are keyed by their place, so a new order or filter
 * rewrites the cells in place instead of replacing every row.
 * ↑/↓ move from row to row, Home/End to the first and last.
 */
function VirtualTable({ rows, columns, sorting, columnVisibility, onSortingChange, waiting, rowCount }: VirtualTableProps) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState(0);
  const focusPending = useRef(false);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect: scrollerRect(),
    observeElementRect: observeBoxSize,
    scrollToFn: scrollBox,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const end = (items.at(-1)?.index ?? -1) + 1;
  const windowRows = useMemo(() => rows.slice(first, end), [rows, first, end]);
  const table = useTable({
    features: teamFeatures,
    columns,
    data: windowRows,
    getRowId: (row) => row.id,
    // Sorting goes from ascending to descending and back, never to « unsorted ».
    enableSortingRemoval: false,
    manualSorting: true, // sortTeamRows has sorted the rows
    state: { sorting, columnVisibility },
    onSortingChange,
  });
  const windowModel = table.getRowModel().rows;
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const columnCount = table.getVisibleLeafColumns().length;
  const current = Math.min(focused, rows.length - 1);

  // After a move, focus the row once the virtualizer has brought it into the DOM (maybe a render or two later).
  useEffect(() => {
    if (!focusPending.current) return;
    const target = scroller.current?.querySelector<HTMLElement>(`[data-row-index="${current}"] .row-link`);
    if (!target) return;
    focusPending.current = false;
    target.focus();
  });

  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
    let next: number | null = null;
    if (event.key in moves) next = current + moves[event.key]!;
    if (event.key === 'Home') next = 0;
    if (event.key === 'End') next = rows.length - 1;
    if (next === null) return;
    event.preventDefault();
    next = Math.max(0, Math.min(rows.length - 1, next));
    setFocused(next);
    focusPending.current = true;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  }

  return (
    <div ref={scroller} className="table-scroller" data-testid="team-scroller">
      <table className="data-table team-table" aria-rowcount={rowCount + 1} aria-busy={waiting}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th key={header.id} scope="col" className={`col-${header.column.id}`} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}>
                    <button type="button" className="sort-button" disabled={waiting} onClick={header.column.getToggleSortingHandler()}>
                      <FlexRender header={header} />
                      <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                      <span className="visually-hidden">{sorted ? ` (${t(sorted === 'asc' ? 'team.sortedAsc' : 'team.sortedDesc')})` : ''}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody onKeyDown={onKeyDown} onFocus={(event) => {
          const index = Number((event.target as HTMLElement).closest('tr')?.dataset['rowIndex']);
          if (!Number.isNaN(index)) setFocused(index);
        }}>
          {paddingTop > 0 && (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={columnCount} style={{ height: paddingTop }} />
            </tr>
          )}
          {items.map((item) => {
            const row = windowModel[item.index - first]!;
            return (
              <tr key={item.index} data-row-index={item.index} aria-rowindex={item.index + 2} style={{ height: ROW_HEIGHT }}>
                {row.getVisibleCells().map((cell, index) =>
                  index === 0 ? (
                    <th key={cell.column.id} scope="row" className={`col-${cell.column.id}`}>
                      <FlexRender cell={cell} />
                    </th>
                  ) : (
                    <td key={cell.column.id} className={`col-${cell.column.id}`}>
                      <FlexRender cell={cell} />
                    </td>
                  ),
                )}
              </tr>
            );
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={columnCount} style={{ height: paddingBottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

/** The kept first screenful is for the first team screen after start: later ones wait for the read. */
let startScreenTaken = false;
function takeStartScreen(): boolean {
  const first = !startScreenTaken;
  startScreenTaken = true;
  return first;
}
