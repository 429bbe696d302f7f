import {
  columnVisibilityFeature,
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
} from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { formatDateFr } from '../../../../shared/dates';
import { compareText, TEAM_STATUSES, type TeamRow } from '../../../../shared/team';
import { classLabel } from '../../components/class-label';
import { Link } from '../../components/Link';

/** The team table's features, at module scope so that the table never rebuilds them. */
export const teamFeatures = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
});

const helper = createColumnHelper<typeof teamFeatures, TeamRow>();
const statusRank = (row: TeamRow) => TEAM_STATUSES.indexOf(row.status);

/** Sorts a text column in French order. */
function frenchSort(columnId: 'name' | 'service') {
  return (a: { original: TeamRow }, b: { original: TeamRow }) => compareText(a.original[columnId], b.original[columnId]);
}

/** The columns that can be hidden, in order. */
export const OPTIONAL_COLUMNS = ['staffNumber', 'classId', 'service', 'status', 'lastReview', 'below'] as const;

/** Columns, built once per language (the headers are translated). */
export function teamColumns(t: TFunction) {
  return helper.columns([
    helper.accessor('name', {
      id: 'name',
      header: t('team.columnName'),
      sortFn: frenchSort('name'),
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
    helper.accessor('staffNumber', { id: 'staffNumber', header: t('team.columnStaffNumber'), sortFn: 'alphanumeric', cell: (info) => info.getValue() || '—' }),
    helper.accessor((row) => row.classId ?? '', { id: 'classId', header: t('team.columnClass'), sortFn: 'alphanumeric', cell: (info) => classLabel(t, info.getValue()) }),
    helper.accessor('service', { id: 'service', header: t('team.columnService'), sortFn: frenchSort('service'), cell: (info) => info.getValue() || '—' }),
    helper.accessor(statusRank, {
      id: 'status',
      header: t('team.columnStatus'),
      sortFn: 'basic',
      cell: (info) => (
        <span className={`team-status team-status-${info.row.original.status}`}>
          {t(`teamStatus.${info.row.original.status}`)}
          <span className="muted">
            {' · '}
            {t('team.cycleYear', { start: formatDateFr(info.row.original.cycle.start), end: formatDateFr(info.row.original.cycle.end) })}
          </span>
        </span>
      ),
    }),
    helper.accessor((row) => row.lastReviewDate ?? '', {
      id: 'lastReview',
      header: t('team.columnLastReview'),
      sortFn: 'alphanumeric',
      cell: (info) => (info.getValue() ? formatDateFr(info.getValue()) : '—'),
    }),
    helper.accessor((row) => row.belowCount ?? -1, {
      id: 'below',
      header: t('team.columnBelow'),
      sortFn: 'basic',
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
      return t(`teamStatus.${row.status}`);
    case 'lastReview':
      return row.lastReviewDate ? formatDateFr(row.lastReviewDate) : '';
    case 'below':
      return row.belowCount === null ? '' : String(row.belowCount);
    default:
      return '';
  }
}
