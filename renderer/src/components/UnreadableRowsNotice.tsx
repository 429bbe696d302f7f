import { useTranslation } from '../i18n';
import { useUnreadableRows } from '../data/unreadable';

/** Names, by id and field, every stored row a read had to leave out (see data/normalise-reads.ts); the validator's own (English) message stays out. */
export function UnreadableRowsNotice() {
  const { t } = useTranslation();
  const rows = useUnreadableRows((state) => state.rows);
  if (rows.length === 0) return null;
  return (
    <section className="banner" role="alert" aria-labelledby="unreadable-title">
      <h2 id="unreadable-title">{t('unreadable.title')}</h2>
      <p>{t('unreadable.text')}</p>
      <ul>
        {rows.map((row) => (
          <li key={`${row.table}/${row.id}`}>
            {t('unreadable.row', { table: t(`unreadable.table.${row.table}`), id: row.id, path: row.path || '—' })}
          </li>
        ))}
      </ul>
    </section>
  );
}
