import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n';
import {
  addExtraDay,
  calendarOfYear,
  CALENDAR_REASON_MAX,
  compensationDays,
  removeDay,
  restoreDay,
  WORKING_WEEKS,
  type CalendarError,
  type CalendarSettings,
} from '../../../../shared/calendar';
import { dayOfWeek, formatDateFr, parseDateInput, todayIso } from '../../../../shared/dates';
import { TextField } from '../../components/fields';
import { RadioGroupField } from '../../components/RadioGroupField';
import { useCalendar } from '../../data/legal-settings-repo';
import { saveCalendarSettings } from '../../data/actions';
import { errorMessage } from '../../i18n/error-message';

const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

/** The organisation's calendar of days off, year by year: each computed day with its reason, removable; days of its own added. */
export function CalendarSection() {
  const { t } = useTranslation();
  const calendar = useCalendar();
  const [year, setYear] = useState(() => Number(todayIso().slice(0, 4)));
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  if (!calendar) return null;

  /** Saves; a failure is said (in French) and the calendar stays as stored. Resolves whether it was saved. */
  async function update(next: CalendarSettings): Promise<boolean> {
    setSaved(false);
    setFailure(null);
    const result = await saveCalendarSettings(next);
    if (!result.ok) setFailure(errorMessage(result.error));
    setSaved(result.ok);
    return result.ok;
  }

  const entries = calendarOfYear(year, calendar);
  const unplaced = compensationDays(year).unplaced.length;
  const years = Array.from({ length: 7 }, (_, index) => Number(todayIso().slice(0, 4)) - 2 + index);

  return (
    <section className="card form" aria-labelledby="settings-calendar">
      <h2 id="settings-calendar">{t('legal.calendar.heading')}</h2>
      <p className="hint">{t('legal.calendar.intro')}</p>
      <RadioGroupField
        label={t('legal.calendar.workingWeekLabel')}
        name="working-week"
        value={calendar.workingWeek}
        choices={WORKING_WEEKS.map((week) => ({ value: week, label: t(`legal.workingWeek.${week}`) }))}
        description={t('legal.calendar.workingWeekHint')}
        onChange={(week) => void update({ ...calendar, workingWeek: week })}
      />
      <div className="field">
        <label className="field-label" htmlFor="calendar-year">
          {t('legal.calendar.year')}
        </label>
        <select id="calendar-year" className="input" value={year} onChange={(event) => setYear(Number(event.target.value))}>
          {(years.includes(year) ? years : [...years, year].sort()).map((candidate) => (
            <option key={candidate} value={candidate}>
              {candidate}
            </option>
          ))}
        </select>
      </div>
      {unplaced > 0 && <p className="hint">{t('legal.calendar.unplaced', { count: unplaced })}</p>}
      <table className="calendar-table" aria-label={`${t('legal.calendar.heading')} ${year}`}>
        <thead>
          <tr>
            <th scope="col">{t('legal.calendar.colDate')}</th>
            <th scope="col">{t('legal.calendar.colReason')}</th>
            <th scope="col">{t('legal.calendar.colKind')}</th>
            <th scope="col">{t('legal.calendar.colAction')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const date = formatDateFr(entry.date);
            return (
              <tr key={entry.date} className={entry.removed ? 'removed' : undefined}>
                <th scope="row">
                  {WEEKDAYS[dayOfWeek(entry.date)]} {date}
                </th>
                <td>
                  {entry.removed ? <s>{entry.reason}</s> : entry.reason}
                  {entry.removed && ` (${t('legal.calendar.removed')})`}
                  {entry.needsDecision && !entry.removed && <span className="hint"> — {t('legal.calendar.needsDecision')}</span>}
                </td>
                <td>{t(`legal.calendar.kind.${entry.kind}`)}</td>
                <td>
                  {entry.removed ? (
                    <button type="button" className="button" onClick={() => void update(restoreDay(calendar, entry.date))}>
                      {t('legal.calendar.restore', { date })}
                    </button>
                  ) : (
                    <button type="button" className="button" onClick={() => void update(removeDay(calendar, entry.date))}>
                      {t('legal.calendar.remove', { date })}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <AddDayForm
        calendar={calendar}
        onAdd={async (next, addedYear) => {
          if (await update(next)) setYear(addedYear);
        }}
      />
      <p role="status" className="hint">
        {saved ? t('legal.saved') : '\u00a0'}
      </p>
      {failure && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
    </section>
  );
}

function AddDayForm({ calendar, onAdd }: { calendar: CalendarSettings; onAdd: (next: CalendarSettings, year: number) => Promise<void> }) {
  const { t } = useTranslation();
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<CalendarError | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const iso = parseDateInput(date);
    const result = addExtraDay(calendar, { date: iso ?? date, reason });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setDate('');
    setReason('');
    await onAdd(result.value, Number(iso!.slice(0, 4)));
  }

  const dateError = error && (error.code === 'invalid-date' || error.code === 'out-of-range' || error.code === 'already-off') ? errorMessage(error) : undefined;
  const reasonError = error && (error.code === 'day-reason-required' || error.code === 'day-reason-too-long') ? errorMessage(error) : undefined;
  return (
    <form className="calendar-add" onSubmit={(event) => void submit(event)} noValidate>
      <TextField label={t('legal.calendar.addDate')} value={date} onChange={setDate} error={dateError} hint={t('common.dateHint')} maxLength={20} />
      <TextField label={t('legal.calendar.addReason')} value={reason} onChange={setReason} error={reasonError} maxLength={CALENDAR_REASON_MAX * 2} />
      <button type="submit" className="button">
        {t('legal.calendar.add')}
      </button>
    </form>
  );
}
