import { useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n';
import { NotFound } from '../components/NotFound';
import { cycleState, cyclesUntil } from '../../../shared/cycles';
import { formatDateFr, parseDateInput, todayIso } from '../../../shared/dates';
import { CLASS_IDS } from '../../../shared/framework';
import { currentClass, validateClassChange, type FieldError, type Person } from '../../../shared/people/person';
import { isLocked, type Review } from '../../../shared/reviews/review';
import { classLabel } from '../components/class-label';
import { Field, TextField } from '../components/fields';
import { Link } from '../components/Link';
import { archivePerson, deletePerson, openReview, personDeletionSummary, promotePerson, undoPromotion } from '../data/actions';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { lastClassChangeUndoable } from '../../../shared/people/class-undo';
import type { DeletionSummary } from '../data/deletion-repo';
import { usePerson, usePersonReviews } from '../data/use-people';
import { InsufficientRecord } from './person/InsufficientRecord';
import { errorMessage } from '../i18n/error-message';
import { OutsideSection } from './person/OutsideSection';
import { InterviewsSection, RemediationSection } from './person/InterimSections';
import { outsideHistory, personMentions } from '../../../shared/people/outside';
import { PersonOverview } from './person/PersonOverview';
import { JournalSection } from './person/JournalSection';
import { PlanSection } from './person/PlanSection';
import { useUiStore } from '../store';

export function PersonScreen({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const person = usePerson(personId);
  const reviews = usePersonReviews(personId);
  const [archiveFailure, setArchiveFailure] = useState<string | null>(null);
  if (person === undefined) return null;
  if (person === null) {
    return <NotFound message={t('person.notFound')} back={t('common.back')} />;
  }
  return (
    <div className="screen">
      <header className="screen-header with-actions">
        <div>
          <p className="breadcrumb">
            <Link to={{ screen: 'team' }}>{t('nav.team')}</Link>
          </p>
          <h1>{person.name}</h1>
          <p className="muted">
            {classLabel(t, currentClass(person))}
            {person.service && ` · ${person.service}`}
            {person.staffNumber && ` · ${person.staffNumber}`}
          </p>
        </div>
        <div className="actions">
          <Link to={{ screen: 'progression', personId }} className="button">
            {t('progression.link')}
          </Link>
          <Link to={{ screen: 'person-edit', personId }} className="button">
            {t('common.edit')}
          </Link>
          <button
            type="button"
            className="button"
            onClick={() => void archivePerson(personId, !person.archived).then((done) => setArchiveFailure(done.ok ? null : errorMessage(done.error)))}
          >
            {person.archived ? t('person.unarchive') : t('person.archive')}
          </button>
        </div>
        {archiveFailure && (
          <p role="alert" className="field-error">
            {archiveFailure}
          </p>
        )}
      </header>
      {person.archived && (
        <p className="banner" role="status">
          {t('person.archivedBanner')}
        </p>
      )}
      {reviews && <PersonOverview person={person} reviews={reviews} today={todayIso()} />}
      <CyclesSection person={person} reviews={reviews ?? []} />
      {reviews && <InsufficientRecord reviews={reviews} outside={personMentions(person)} employment={person.employment} today={todayIso()} />}
      {reviews && <RemediationSection person={person} reviews={reviews} />}
      <InterviewsSection person={person} />
      {reviews && <OutsideSection person={person} reviews={reviews} />}
      <PlanSection personId={personId} personName={person.name} />
      <JournalSection person={person} />
      <div className="two-columns">
        <DetailsSection person={person} />
        <ClassHistorySection person={person} reviews={reviews ?? []} />
      </div>
      <DeletionSection person={person} />
    </div>
  );
}

/** Deleting a person: what will go is named first, in a dialog; afterwards the team screen says it is done. */
function DeletionSection({ person }: { person: Person }) {
  const { t } = useTranslation();
  const navigate = useUiStore((state) => state.navigate);
  const setNotice = useUiStore((state) => state.setNotice);
  const [summary, setSummary] = useState<(DeletionSummary & { safetyCopies: number }) | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <section className="card danger-zone" aria-labelledby="delete-heading">
      <h2 id="delete-heading">{t('deletion.delete')}</h2>
      <button type="button" className="button danger" onClick={() => void personDeletionSummary(person.id).then((found) => (found.ok ? setSummary(found.value) : setFailure(errorMessage(found.error))))}>
        {t('deletion.delete')}
      </button>
      {failure && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
      {summary && (
        <ConfirmDialog
          title={t('deletion.confirmTitle', { name: summary.name })}
          confirmLabel={t('deletion.confirm')}
          danger
          onClose={() => setSummary(null)}
          onConfirm={async () => {
            const erased = await deletePerson(person.id);
            if (!erased.ok) return erased;
            const left = erased.value.leftCopies.length;
            setNotice({ text: left > 0 ? `${t('deletion.done', { name: summary.name })} ${t('deletion.copiesLeft', { count: left })}` : t('deletion.done', { name: summary.name }), screen: 'team' });
            navigate({ screen: 'team' });
          }}
        >
          <p>
            {t('deletion.confirmText', {
              reviews: t('deletion.reviews', { count: summary.reviews }),
              locked: t('deletion.locked', { count: summary.locked }),
              addenda: t('deletion.addenda', { count: summary.addenda }),
              audit: t('deletion.audit', { count: summary.audit }),
            })}
          </p>
          {summary.interviews + summary.remediations + summary.outside > 0 && (
            <p>
              {t('deletion.interim', {
                interviews: t('deletion.interviews', { count: summary.interviews }),
                remediations: t('deletion.remediations', { count: summary.remediations }),
                outside: t('deletion.outsideEvaluations', { count: summary.outside }),
              })}
            </p>
          )}
          <p>{t('journal.deletionCounts', { notes: t('journal.notes', { count: summary.journalNotes }), actions: t('journal.actions', { count: summary.planActions }) })}</p>
          <p>{t('deletion.safetyCopies', { count: summary.safetyCopies })}</p>
          <p>{t('deletion.outside')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

function CyclesSection({ person, reviews }: { person: Person; reviews: Review[] }) {
  const { t } = useTranslation();
  const navigate = useUiStore((state) => state.navigate);
  const [error, setError] = useState<string | null>(null);
  const today = todayIso();
  const cycles = cyclesUntil(person.cycleStart, today).reverse();
  const outside = outsideHistory(person);

  async function open(cycleIndex: number) {
    const result = await openReview(person.id, cycleIndex);
    if (result.ok) navigate({ screen: 'review', reviewId: result.value });
    else setError(errorMessage(result.error));
  }

  return (
    <section className="card" aria-labelledby="cycles-heading">
      <h2 id="cycles-heading">{t('person.cycles')}</h2>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('person.cycles')}</th>
            <th scope="col">{t('team.columnCycle')}</th>
            <th scope="col">{t('person.reviewStatus')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('person.openReview')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {cycles.map((cycle) => {
            const review = reviews.find((candidate) => candidate.cycleIndex === cycle.index);
            const recorded = outside.find((entry) => entry.cycleIndex === cycle.index);
            const state = cycleState(cycle, review ? isLocked(review.status) : false, today, recorded !== undefined);
            const title = t('person.cycleTitle', { number: cycle.index + 1 });
            return (
              <tr key={cycle.index} data-state={state}>
                <th scope="row">
                  {title}
                  <div className="muted">{t('common.dateRange', { start: formatDateFr(cycle.start), end: formatDateFr(cycle.end) })}</div>
                </th>
                <td>
                  <span className={`state state-${state}`}>{t(`cycleState.${state}`)}</span>
                </td>
                <td>
                  {review ? (
                    <>
                      <span className={`status status-${review.status}`}>{t(`reviewStatus.${review.status}`)}</span>
                      <div className="muted">{t('person.reviewClass', { classId: review.classId })}</div>
                    </>
                  ) : recorded ? (
                    t('adoption.inCycles', { date: formatDateFr(recorded.date), mention: t(`adoption.mentions.${recorded.mention}`) })
                  ) : (
                    t('person.noReview')
                  )}
                </td>
                <td>
                  <button type="button" className={review ? 'button' : 'button primary'} onClick={() => void open(cycle.index)} aria-label={`${review ? t('person.openReview') : t('person.startReview')} – ${title}`}>
                    {review ? t('person.openReview') : t('person.startReview')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function DetailsSection({ person }: { person: Person }) {
  const { t } = useTranslation();
  const rows: [string, string][] = [
    [t('person.staffNumber'), person.staffNumber || t('common.none')],
    [t('person.employment'), t(`person.${person.employment}`)],
    [t('person.limitedLeadership'), person.limitedLeadership ? t('common.yes') : t('common.no')],
    [t('person.service'), person.service || t('common.none')],
    [t('person.cycleStart'), formatDateFr(person.cycleStart)],
    [t('language.person'), t(`language.names.${person.language}`)],
  ];
  return (
    <section className="card" aria-labelledby="details-heading">
      <h2 id="details-heading">{t('person.details')}</h2>
      <dl className="details">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {person.notes && (
        <>
          <h3>{t('person.notes')}</h3>
          <p className="preserve-lines">{person.notes}</p>
        </>
      )}
    </section>
  );
}

function ClassHistorySection({ person, reviews }: { person: Person; reviews: Review[] }) {
  const { t } = useTranslation();
  const [classId, setClassId] = useState('');
  const [from, setFrom] = useState('');
  const [errors, setErrors] = useState<FieldError<'classId' | 'from'>[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const undoable = lastClassChangeUndoable(person, reviews);
  const last = person.classHistory.at(-1);
  const errorOf = (field: 'classId' | 'from') => {
    const error = errors.find((candidate) => candidate.field === field);
    return error ? t(`validation.${error.code}`) : undefined;
  };
  const change = { classId, from: parseDateInput(from) ?? from };

  /** Checks the form first: the dialog only opens for a change that can be saved. */
  function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const found = validateClassChange(person, change);
    setErrors(found);
    if (found.length === 0) setConfirming(true);
  }

  async function save() {
    const result = await promotePerson(person.id, change);
    if (result.ok) {
      setErrors([]);
      setClassId('');
      setFrom('');
      setMessage(t('uiKit.classChanged', { classId: change.classId, date: formatDateFr(change.from) }));
    } else if (result.error.code === 'invalid-fields') setErrors(result.error.fields);
    else setMessage(errorMessage(result.error));
  }

  async function undo() {
    const result = await undoPromotion(person.id);
    setMessage(result.ok ? t('uiKit.classChangeUndone') : errorMessage(result.error));
  }

  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('person.classHistory')}</h2>
      <ol className="history">
        {person.classHistory.map((period) => (
          <li key={`${period.classId}-${period.from}`}>
            <strong>{classLabel(t, period.classId)}</strong> {t('person.classHistoryFrom', { date: formatDateFr(period.from) })}
          </li>
        ))}
      </ol>
      {undoable && last && (
        <p>
          <button type="button" className="button small" onClick={() => void undo()}>
            {t('uiKit.undoClassChange', { classId: last.classId, date: formatDateFr(last.from) })}
          </button>
        </p>
      )}
      <form onSubmit={submit} noValidate aria-labelledby="change-class-heading">
        <h3 id="change-class-heading">{t('person.changeClass')}</h3>
        <div className="field-row">
          <Field label={t('person.newClass')} error={errorOf('classId')}>
            {(props) => (
              <select {...props} className="input" value={classId} onChange={(event) => setClassId(event.target.value)}>
                <option value="">—</option>
                {CLASS_IDS.map((id) => (
                  <option key={id} value={id}>
                    {t('common.className', { classId: id })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <TextField label={t('person.newClassFrom')} value={from} onChange={setFrom} error={errorOf('from')} hint={t('common.dateHint')} maxLength={20} />
        </div>
        <button type="submit" className="button">
          {t('person.saveClassChange')}
        </button>
        {message && (
          <p role="status" className="hint">
            {message}
          </p>
        )}
      </form>
      {confirming && (
        <ConfirmDialog
          title={t('uiKit.confirmClassTitle', { name: person.name, classId: change.classId })}
          confirmLabel={t('uiKit.confirmClass')}
          onClose={() => setConfirming(false)}
          onConfirm={save}
        >
          <p>{t('uiKit.confirmClassText', { classId: change.classId, date: formatDateFr(change.from) })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
