import { useTranslation } from '../../i18n';
import type { TeamStatus } from '../../../../shared/team';
import type { TeamCounts as Counts } from '../../../../shared/team-dashboard';

const TILES: { key: keyof Counts; status: TeamStatus | null }[] = [
  { key: 'toReview', status: 'pas-commencee' },
  { key: 'drafts', status: 'brouillon' },
  { key: 'ready', status: 'prete' },
  { key: 'overdue', status: 'en-retard' },
  { key: 'belowExpected', status: null },
];

/**
 * The season at a glance; a count with a status filters the table on it (a second press shows everyone again).
 * `disabled` while the team is still being read (the counts are then those kept from the last start).
 */
export function TeamCounts({ counts, status, onStatus, disabled }: { counts: Counts; status: string; onStatus: (status: string) => void; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="team-counts" aria-label={t('dashboard.label')}>
      {TILES.map((tile) => {
        const content = (
          <>
            <span className={`count-number${tile.key === 'overdue' && counts.overdue > 0 ? ' is-alert' : ''}`}>{counts[tile.key]}</span>
            <span className="count-label">{t(`dashboard.${tile.key}`)}</span>
          </>
        );
        return tile.status === null ? (
          <p key={tile.key} className="count-tile">
            {content}
          </p>
        ) : (
          <button
            key={tile.key}
            type="button"
            className="count-tile"
            aria-pressed={status === tile.status}
            disabled={disabled}
            title={t('dashboard.showOnly', { what: t(`dashboard.${tile.key}`) })}
            onClick={() => onStatus(status === tile.status ? '' : (tile.status ?? ''))}
          >
            {content}
          </button>
        );
      })}
    </section>
  );
}
