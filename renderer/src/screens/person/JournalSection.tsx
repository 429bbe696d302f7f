import { useState } from 'react';
import { useTranslation } from '../../i18n';
import { cyclesUntil } from '../../../../shared/cycles';
import { formatDateFr, todayIso } from '../../../../shared/dates';
import { CURRENT_FRAMEWORK, type CompetencyId } from '../../../../shared/framework';
import { filterNotes, noteText } from '../../../../shared/journal/note';
import type { Person } from '../../../../shared/people/person';
import { SelectField } from '../../components/fields';
import { usePersonNotes } from '../../data/use-journal';
import { useUiStore } from '../../store';

const competencyName = (id: string) => CURRENT_FRAMEWORK.competencies.find((competency) => competency.id === id)?.name ?? id;

/** The person's observation journal, filterable by cycle and competency (issue 16). */
export function JournalSection({ person }: { person: Person }) {
  const { t } = useTranslation();
  const notes = usePersonNotes(person.id);
  const setCapture = useUiStore((state) => state.setCapture);
  const cycles = cyclesUntil(person.cycleStart, todayIso()).reverse();
  const [cycleIndex, setCycleIndex] = useState(cycles[0] ? String(cycles[0].index) : '');
  const [competencyId, setCompetencyId] = useState('');
  const cycle = cycles.find((candidate) => String(candidate.index) === cycleIndex) ?? null;
  const shown = filterNotes(notes ?? [], { cycle, competencyId: (competencyId || null) as CompetencyId | null });

  return (
    <section className="card" aria-labelledby="journal-heading">
      <div className="section-header">
        <h2 id="journal-heading">{t('journal.title')}</h2>
        <button type="button" className="button small" aria-keyshortcuts="Alt+J" onClick={() => setCapture({ personId: person.id, reviewId: null })}>
          {t('journal.newNote')}
        </button>
      </div>
      <p className="hint">{t('journal.private')}</p>
      <div className="field-row">
        <SelectField
          label={t('journal.filterCycle')}
          value={cycleIndex}
          onChange={setCycleIndex}
          empty={t('journal.allCycles')}
          choices={cycles.map((option) => ({
            value: String(option.index),
            label: `${t('person.cycleTitle', { number: option.index + 1 })} (${t('common.dateRange', { start: formatDateFr(option.start), end: formatDateFr(option.end) })})`,
          }))}
        />
        <SelectField
          label={t('journal.filterCompetency')}
          value={competencyId}
          onChange={setCompetencyId}
          empty={t('journal.allCompetencies')}
          choices={CURRENT_FRAMEWORK.competencies.map((competency) => ({ value: competency.id, label: competency.name }))}
        />
      </div>
      <p role="status">{t('journal.shown', { count: shown.length })}</p>
      {shown.length > 0 && (
        <ul className="journal-list" aria-label={t('journal.title')}>
          {shown.map((note) => (
            <li key={note.id}>
              <p>
                <strong>{formatDateFr(note.date)}</strong> · {note.competencyIds.map(competencyName).join(', ')}
              </p>
              <p className="preserve-lines">{noteText(note)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
