import { columnVisibilityFeature, createColumnHelper, rowSortingFeature, tableFeatures } from '@tanstack/react-table';
import type { TFunction } from '../../i18n';
import { formatDateFr, type IsoDate } from '../../../../shared/dates';
import { TEAM_STATUSES, type TeamRow } from '../../../../shared/team';
import { daysToCycleEnd, NEXT_ACTION_ORDER, nextAction } from '../../../../shared/team-dashboard';
import { classLabel } from '../../components/class-label';
import { Link } from '../../components/Link';

/**
 * The team table's features, at module scope so that the table never rebuilds them. The table keeps the sorting
 * state and its headers' toggles; the rows come sorted (`sortTeamRows` in shared/team.ts), so no sorted row model
 * or sort functions are registered.
 */
export const teamFeatures = tableFeatures({ rowSortingFeature, columnVisibilityFeature });

const helper = createColumnHelper<typeof teamFeatures, TeamRow>();
const statusRank = (row: TeamRow) => TEAM_STATUSES.indexOf(row.status);

/** The columns that can be hidden, in order. */
export const OPTIONAL_COLUMNS = ['staffNumber', 'classId', 'service', 'status', 'cycleEnd', 'next', 'lastReview', 'below'] as const;

/** « fin de cycle dans N jours », or how long ago it ended. */
export function cycleEndText(t: TFunction, row: TeamRow, today: IsoDate): string {
  const days = daysToCycleEnd(row, today);
  return days >= 0 ? t('dashboard.cycleEndsIn', { count: days }) : t('dashboard.cycleEndedAgo', { count: -days });
}

/** Columns, built once per language and day (the headers are translated, the days counted from today). */
export function teamColumns(t: TFunction, today: IsoDate) {
  return helper.columns([
    helper.accessor('name', {
      id: 'name',
      header: t('team.columnName'),
      enableHiding: false,
      cell: (info) => (
        <>
          <Link to={{ screen: 'person', personId: info.row.original.id }} className="row-link">
            {info.getValue()}
          </Link>
          {info.row.original.archived && <span className="tag"> {t('team.archived')}</span>}
          {info.row.original.example && <span className="tag"> {t('team.exampleTag')}</span>}
        </>
      ),
    }),
    helper.accessor('staffNumber', { id: 'staffNumber', header: t('team.columnStaffNumber'), cell: (info) => info.getValue() || '—' }),
    helper.accessor((row) => row.classId ?? '', { id: 'classId', header: t('team.columnClass'), cell: (info) => classLabel(t, info.getValue()) }),
    helper.accessor('service', { id: 'service', header: t('team.columnService'), cell: (info) => info.getValue() || '—' }),
    helper.accessor(statusRank, {
      id: 'status',
      header: t('team.columnStatus'),
     
      cell: (info) =>
        info.row.original.archived ? (
          <span className="muted">{t('team.archived')}</span>
        ) : (
          <span className={`team-status team-status-${info.row.original.status}`}>{t(`teamStatus.${info.row.original.status}`)}</span>
        ),
    }),
    helper.accessor((row) => row.cycle.end, {
      id: 'cycleEnd',
      header: t('dashboard.columnCycleEnd'),
     
      cell: (info) => <span title={t('team.cycleYear', { start: formatDateFr(info.row.original.cycle.start), end: formatDateFr(info.row.original.cycle.end) })}>{cycleEndText(t, info.row.original, today)}</span>,
    }),
    helper.accessor((row) => NEXT_ACTION_ORDER.indexOf(nextAction(row)), {
      id: 'next',
      header: t('dashboard.columnNext'),
      sortDescFirst: false, // the most urgent first
     
      cell: (info) => {
        const action = nextAction(info.row.original);
        return action === 'none' ? <span className="muted">—</span> : <span className={`next-action next-${action}`}>{t(`dashboard.next.${action}`)}</span>;
      },
    }),
    helper.accessor((row) => row.lastReviewDate ?? '', {
      id: 'lastReview',
      header: t('team.columnLastReview'),
     
      cell: (info) => (info.getValue() ? formatDateFr(info.getValue()) : '—'),
    }),
    helper.accessor((row) => row.belowCount ?? -1, {
      id: 'below',
      header: t('team.columnBelow'),
     
      cell: (info) => (info.row.original.belowCount === null ? '—' : String(info.row.original.belowCount)),
    }),
  ]);
}

/** What a column shows, as text for the CSV export. */
export function csvValue(t: TFunction, columnId: string, row: TeamRow): string {
  switch (columnId) {
    case 'name':
      return row.name;
    case 'staffNumber':
      return row.staffNumber;
    case 'classId':
      return row.classId ?? '';
    case 'service':
      return row.service;
    case 'status':
      return row.archived ? t('team.archived') : t(`teamStatus.${row.status}`);
    case 'cycleEnd':
      return formatDateFr(row.cycle.end);
    case 'next': {
      const action = nextAction(row);
      return action === 'none' ? '' : t(`dashboard.next.${action}`);
    }
    case 'lastReview':
      return row.lastReviewDate ? formatDateFr(row.lastReviewDate) : '';
    case 'below':
      return row.belowCount === null ? '' : String(row.belowCount);
    default:
      return '';
  }
}
