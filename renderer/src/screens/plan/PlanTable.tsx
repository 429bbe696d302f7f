import { useTranslation } from '../../i18n';
import { formatDateFr } from '../../../../shared/dates';
import type { PlanSnapshotEntry } from '../../../../shared/plan/plan';

/** Plan actions as a table: competency, action, support, due date, status with its date and comment. */
export function PlanTable({ entries, caption, className = 'data-table' }: { entries: readonly PlanSnapshotEntry[]; caption: string; className?: string }) {
  const { t } = useTranslation();
  return (
    <table className={className}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('plan.competency')}</th>
          <th scope="col">{t('plan.description')}</th>
          <th scope="col">{t('plan.support')}</th>
          <th scope="col">{t('plan.dueDate')}</th>
          <th scope="col">{t('plan.status')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <td>{entry.competencyName}</td>
            <td className="text">
              {t(`plan.types.${entry.type}`)} – {entry.description}
            </td>
            <td className="text">{entry.support || '—'}</td>
            <td>{entry.dueDate ? formatDateFr(entry.dueDate) : '—'}</td>
            <td>
              {t('plan.lastChange', { status: t(`plan.statuses.${entry.status}`), date: formatDateFr(entry.statusDate) })}
              {entry.comment && <div className="text">{entry.comment}</div>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
