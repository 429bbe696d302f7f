import { useTranslation } from 'react-i18next';
import { cycleContaining } from '../../../shared/cycles';
import { formatDateFr, todayIso } from '../../../shared/dates';
import { currentClass, matchesSearch } from '../../../shared/people/person';
import { classLabel } from '../components/class-label';
import { Link } from '../components/Link';
import { usePeople } from '../data/use-people';
import { useUiStore } from '../store';

export function TeamScreen() {
  const { t } = useTranslation();
  const people = usePeople();
  const query = useUiStore((state) => state.teamQuery);
  const setQuery = useUiStore((state) => state.setTeamQuery);
  const showArchived = useUiStore((state) => state.showArchived);
  const setShowArchived = useUiStore((state) => state.setShowArchived);
  const today = todayIso();

  const visible = (people ?? []).filter((person) => (showArchived || !person.archived) && matchesSearch(person, query));
  const activeCount = (people ?? []).filter((person) => !person.archived).length;

  return (
    <div className="screen">
      <header className="screen-header with-actions">
        <div>
          <h1>{t('team.title')}</h1>
          <p className="muted">{t('team.count', { count: activeCount })}</p>
        </div>
        <Link to={{ screen: 'person-new' }} className="button primary">
          {t('team.add')}
        </Link>
      </header>

      {people && people.length === 0 ? (
        <section className="card empty-state">
          <p>{t('team.empty')}</p>
          <p className="muted">{t('team.emptyHint')}</p>
        </section>
      ) : (
        <>
          <div className="toolbar">
            <div className="field">
              <label htmlFor="team-search" className="field-label">
                {t('team.search')}
              </label>
              <input
                id="team-search"
                className="input"
                type="search"
                value={query}
                placeholder={t('team.searchPlaceholder')}
                onChange={(event) => setQuery(event.target.value)}
              />
            </div>
            <label className="inline-check">
              <input type="checkbox" checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} />
              {t('team.showArchived')}
            </label>
          </div>
          {visible.length === 0 && people ? (
            <p role="status">{t('team.noMatch', { query })}</p>
          ) : (
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('team.columnName')}</th>
                  <th scope="col">{t('team.columnStaffNumber')}</th>
                  <th scope="col">{t('team.columnClass')}</th>
                  <th scope="col">{t('team.columnService')}</th>
                  <th scope="col">{t('team.columnCycle')}</th>
                </tr>
              </thead>
              <tbody>
                {visible.map((person) => {
                  const cycle = cycleContaining(person.cycleStart, today);
                  return (
                    <tr key={person.id}>
                      <th scope="row">
                        <Link to={{ screen: 'person', personId: person.id }}>{person.name}</Link>
                        {person.archived && <span className="tag"> {t('team.archived')}</span>}
                      </th>
                      <td>{person.staffNumber || t('common.none')}</td>
                      <td>{classLabel(t, currentClass(person))}</td>
                      <td>{person.service || t('common.none')}</td>
                      <td>
                        {cycle
                          ? t('common.dateRange', { start: formatDateFr(cycle.start), end: formatDateFr(cycle.end) })
                          : t('common.none')}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </>
      )}
    </div>
  );
}
