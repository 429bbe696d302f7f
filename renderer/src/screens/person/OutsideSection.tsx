import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n';
import { cycleAt } from '../../../../shared/cycles';
import { formatDateFr, todayIso } from '../../../../shared/dates';
import { mentionSystemOf, mentionsOf, outsideCycles, outsideHistory, type OutsideError } from '../../../../shared/people/outside';
import type { Person } from '../../../../shared/people/person';
import { isLocked, type Review } from '../../../../shared/reviews/review';
import { Field, SelectField, TextField } from '../../components/fields';
import { forgetOutsideEvaluation, recordOutsideEvaluation } from '../../data/actions';
import { errorMessage } from '../../i18n/error-message';

/** The cycles that can still be marked: begun, from 2014 on, neither recorded nor finalised in Jalon; newest first. */
function markableCycles(person: Person, reviews: readonly Review[], today: string) {
  const taken = outsideCycles(person);
  const locked = new Set(reviews.filter((review) => isLocked(review.status)).map((review) => review.cycleIndex));
  const cycles = [];
  for (let index = -60; index <= 200; index++) {
    const cycle = cycleAt(person.cycleStart, index);
    if (cycle.start > today) break;
    const rules = mentionSystemOf(cycle);
    if (rules && !taken.has(index) && !locked.has(index)) cycles.push({ ...cycle, rules });
  }
  return cycles.reverse();
}

/** Adopting existing staff: past cycles recorded as « évalué hors Jalon », and the form to add one. */
export function OutsideSection({ person, reviews }: { person: Person; reviews: readonly Review[] }) {
  const { t } = useTranslation();
  const today = todayIso();
  const history = outsideHistory(person);
  const cycles = markableCycles(person, reviews, today);
  const [cycleIndex, setCycleIndex] = useState<number | null>(null);
  const [date, setDate] = useState('');
  const [mention, setMention] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<OutsideError[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const selected = cycles.find((cycle) => cycle.index === cycleIndex) ?? cycles[0];
  const errorOf = (field: OutsideError['field']) => {
    const error = errors.find((candidate) => candidate.field === field);
    return error ? t(`adoption.errors.${error.code}`) : undefined;
  };
  const range = (cycle: { start: string; end: string }) => ({ start: formatDateFr(cycle.start), end: formatDateFr(cycle.end) });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    setFailure(null);
    if (!selected) return;
    const result = await recordOutsideEvaluation(person.id, { cycleIndex: selected.index, date, mention, note });
    if (!result.ok) {
      if ('fields' in result.error) setErrors(result.error.fields);
      else setFailure(errorMessage(result.error));
      return;
    }
    setErrors([]);
    setDate('');
    setMention('');
    setNote('');
    setCycleIndex(null);
    setMessage(t('adoption.saved', range(selected)));
  }

  return (
    <section className="card" aria-labelledby="outside-heading">
      <h2 id="outside-heading">{t('adoption.heading')}</h2>
      <p className="hint">{t('adoption.intro')}</p>
      {history.length === 0 ? (
        <p>{t('adoption.none')}</p>
      ) : (
        <table className="data-table" aria-labelledby="outside-heading">
          <thead>
            <tr>
              <th scope="col">{t('adoption.colCycle')}</th>
              <th scope="col">{t('adoption.colDate')}</th>
              <th scope="col">{t('adoption.colMention')}</th>
              <th scope="col">{t('adoption.colNote')}</th>
              <th scope="col">{t('adoption.colAction')}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((entry) => (
              <tr key={entry.id}>
                <th scope="row">{t('common.dateRange', range(entry.cycle))}</th>
                <td>{formatDateFr(entry.date)}</td>
                <td>{t(`adoption.mentions.${entry.mention}`)}</td>
                <td className="preserve-lines">{entry.note}</td>
                <td>
                  <button
                    type="button"
                    className="button small"
                    aria-label={t('adoption.remove', range(entry.cycle))}
                    onClick={() =>
                      void forgetOutsideEvaluation(person.id, entry.id).then((removed) => {
                        setMessage(removed.ok ? t('adoption.removed') : null);
                        setFailure(removed.ok ? null : errorMessage(removed.error));
                      })
                    }
                  >
                    {t('adoption.removeShort')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {selected ? (
        <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('adoption.save')}>
          <div className="field-row">
            <Field label={t('adoption.cycle')} error={errorOf('cycleIndex')}>
              {(props) => (
                <select {...props} className="input" value={selected.index} onChange={(event) => {
                    setCycleIndex(Number(event.target.value));
                    setMention('');
                  }}>
                  {cycles.map((cycle) => (
                    <option key={cycle.index} value={cycle.index}>
                      {t('adoption.cycleOption', { ...range(cycle), rules: t(`adoption.rules.${cycle.rules}`) })}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <TextField label={t('adoption.date')} value={date} onChange={setDate} error={errorOf('date')} hint={t('common.dateHint')} maxLength={20} />
            <SelectField label={t('adoption.mention')} error={errorOf('mention')} value={mention} onChange={setMention} empty="—" choices={mentionsOf(selected.rules).map((value) => ({ value, label: t(`adoption.mentions.${value}`) }))} />
          </div>
          <TextField label={t('adoption.note')} value={note} onChange={setNote} error={errorOf('note')} multiline rows={2} maxLength={2000} />
          <button type="submit" className="button">
            {t('adoption.save')}
          </button>
          {failure && (
            <p role="alert" className="field-error">
              {failure}
            </p>
          )}
        </form>
      ) : (
        <p>{t('adoption.noCycle')}</p>
      )}
      {message && (
        <p role="status" className="hint">
          {message}
        </p>
      )}
    </section>
  );
}
