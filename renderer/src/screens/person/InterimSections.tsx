import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n';
import { formatDateFr, parseDateInput } from '../../../../shared/dates';
import {
  FOLLOW_UP_RESULTS,
  INTERVIEW_KINDS,
  INTERVIEW_REASONS,
  interviewHistory,
  remediationEndRange,
  remediationsToOrganise,
  type InterimError,
  type Interview,
  type Remediation,
} from '../../../../shared/people/interim';
import type { Person } from '../../../../shared/people/person';
import type { Review } from '../../../../shared/reviews/review';
import { SelectField, TextField } from '../../components/fields';
import { recordFollowUp, recordInterview, recordRemediation } from '../../data/actions';
import { errorMessage } from '../../i18n/error-message';

/** The message of a refused field; the end-of-period one names the allowed range. */
function useErrors<F extends string>(errors: InterimError<F>[], start?: string): (field: F) => string | undefined {
  const { t } = useTranslation();
  const iso = start ? parseDateInput(start) : null;
  const range = iso ? remediationEndRange(iso) : null;
  const params = range ? { earliest: formatDateFr(range.earliest), latest: formatDateFr(range.latest) } : { earliest: '…', latest: '…' };
  return (field) => {
    const error = errors.find((candidate) => candidate.field === field);
    return error ? String(t(`interim.errors.${error.code}`, params)) : undefined;
  };
}

/** « Entretien de fonctionnement du 15/01/2026 (retour après une absence de plus de 70 jours) ». */
export function InterviewTitle({ interview }: { interview: Interview }) {
  const { t } = useTranslation();
  const base = { kind: t(`interim.kind.${interview.kind}`), date: formatDateFr(interview.date) };
  return <>{interview.reason ? t('interim.entryReason', { ...base, reason: t(`interim.reason.${interview.reason}`) }) : t('interim.entry', base)}</>;
}

/** Entretiens de fonctionnement and the first planification: the list, and the form to record one. */
export function InterviewsSection({ person }: { person: Person }) {
  const { t } = useTranslation();
  const history = interviewHistory(person);
  const [kind, setKind] = useState<string>('fonctionnement');
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const [notes, setNotes] = useState('');
  const [objectives, setObjectives] = useState('');
  const [errors, setErrors] = useState<InterimError<'kind' | 'date' | 'reason' | 'notes' | 'objectives'>[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const errorOf = useErrors(errors);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    setFailure(null);
    const result = await recordInterview(person.id, { kind, date, reason, notes, objectives });
    if (!result.ok) return 'fields' in result.error ? setErrors(result.error.fields) : setFailure(errorMessage(result.error));
    setErrors([]);
    setMessage(t('interim.saved', { date: formatDateFr(parseDateInput(date)!) }));
    setDate('');
    setReason('');
    setNotes('');
    setObjectives('');
  }

  return (
    <section className="card" aria-labelledby="interviews-heading">
      <h2 id="interviews-heading">{t('interim.heading')}</h2>
      <p className="hint">{t('interim.intro')}</p>
      {history.length === 0 ? (
        <p>{t('interim.none')}</p>
      ) : (
        <ul className="interim-list">
          {history.map((interview) => (
            <li key={interview.id}>
              <strong>
                <InterviewTitle interview={interview} />
              </strong> · {t('interim.inCycle', { number: interview.cycle.index + 1 })}
              {interview.notes && <p className="preserve-lines">{interview.notes}</p>}
              {interview.objectives.length > 0 && <p>{t('interim.objectivesList', { list: interview.objectives.map((objective) => objective.description).join('\u00a0; ') })}</p>}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('interim.save')}>
        <div className="field-row">
          <SelectField label={t('interim.kindLabel')} error={errorOf('kind')} value={kind} onChange={setKind} choices={INTERVIEW_KINDS.map((value) => ({ value, label: t(`interim.kind.${value}`) }))} />
          <TextField label={t('interim.date')} value={date} onChange={setDate} error={errorOf('date')} hint={t('common.dateHint')} maxLength={20} />
          {kind === 'fonctionnement' && (
            <SelectField label={t('interim.reasonLabel')} error={errorOf('reason')} value={reason} onChange={setReason} empty="—" choices={INTERVIEW_REASONS.map((value) => ({ value, label: t(`interim.reason.${value}`) }))} />
          )}
        </div>
        <TextField label={t('interim.notes')} value={notes} onChange={setNotes} error={errorOf('notes')} multiline rows={3} />
        <TextField label={t('interim.objectives')} value={objectives} onChange={setObjectives} error={errorOf('objectives')} hint={t('interim.objectivesHint')} multiline rows={3} />
        <button type="submit" className="button">
          {t('interim.save')}
        </button>
      </form>
      {failure && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
      {message && (
        <p role="status" className="hint">
          {message}
        </p>
      )}
    </section>
  );
}

/** Remediation after each finalised « insuffisant »: the period to record, then its follow-up evaluation. */
export function RemediationSection({ person, reviews }: { person: Person; reviews: readonly Review[] }) {
  const { t } = useTranslation();
  const pending = remediationsToOrganise(person, reviews);
  const recorded = person.remediations ?? [];
  if (pending.length === 0 && recorded.length === 0) return null;
  return (
    <section className="card" aria-labelledby="remediation-heading">
      <h2 id="remediation-heading">{t('remediation.heading')}</h2>
      <p className="hint">{t('remediation.intro')}</p>
      {recorded.map((remediation) => (
        <RecordedRemediation key={remediation.id} person={person} remediation={remediation} review={reviews.find((review) => review.id === remediation.reviewId)} />
      ))}
      {pending.map((review) => (
        <RemediationForm key={review.id} person={person} review={review} />
      ))}
    </section>
  );
}

const finalisedOn = (review: Review) => formatDateFr((review.finalisedAt ?? review.updatedAt).slice(0, 10));

function RemediationForm({ person, review }: { person: Person; review: Review }) {
  const { t } = useTranslation();
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [agreementDate, setAgreementDate] = useState('');
  const [objectives, setObjectives] = useState('');
  const [errors, setErrors] = useState<InterimError<'review' | 'start' | 'end' | 'agreementDate' | 'objectives'>[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const errorOf = useErrors(errors, start);
  const title = t('remediation.toOrganise', { number: review.cycleIndex + 1, date: finalisedOn(review) });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const result = await recordRemediation(person.id, review.id, { start, end, agreementDate, objectives });
    if (!result.ok) {
      if ('fields' in result.error) setErrors(result.error.fields);
      else setFailure(errorMessage(result.error));
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('remediation.save')}>
      <p className="banner warning">{title}</p>
      {errorOf('review') && <p className="field-error">{errorOf('review')}</p>}
      <div className="field-row">
        <TextField label={t('remediation.start')} value={start} onChange={setStart} error={errorOf('start')} hint={t('common.dateHint')} maxLength={20} />
        <TextField label={t('remediation.end')} value={end} onChange={setEnd} error={errorOf('end')} hint={t('remediation.endHint')} maxLength={20} />
        <TextField label={t('remediation.agreementDate')} value={agreementDate} onChange={setAgreementDate} error={errorOf('agreementDate')} maxLength={20} />
      </div>
      <TextField label={t('remediation.objectives')} value={objectives} onChange={setObjectives} error={errorOf('objectives')} multiline rows={3} />
      <button type="submit" className="button">
        {t('remediation.save')}
      </button>
      {failure && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
    </form>
  );
}

/** What a recorded remediation says, on screen and in the PDF. */
export function RemediationDetails({ remediation, review, headingLevel = 3 }: { remediation: Remediation; review: Review | undefined; headingLevel?: 3 | 4 }) {
  const { t } = useTranslation();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <>
      {review && <Heading>{t('remediation.forReview', { number: review.cycleIndex + 1, date: finalisedOn(review) })}</Heading>}
      <p>{t('remediation.period', { start: formatDateFr(remediation.start), end: formatDateFr(remediation.end), agreement: formatDateFr(remediation.agreementDate) })}</p>
      <p>{t('interim.objectivesList', { list: remediation.objectives.map((objective) => objective.description).join('\u00a0; ') })}</p>
      {remediation.followUp ? (
        <>
          <p>{t('remediation.followUpDone', { date: formatDateFr(remediation.followUp.date), result: t(`remediation.result.${remediation.followUp.result}`) })}</p>
          <p className="preserve-lines">{remediation.followUp.report}</p>
        </>
      ) : (
        <p>{t('remediation.followUpNone')}</p>
      )}
    </>
  );
}

function RecordedRemediation({ person, remediation, review }: { person: Person; remediation: Remediation; review: Review | undefined }) {
  const { t } = useTranslation();
  const [date, setDate] = useState('');
  const [result, setResult] = useState('');
  const [report, setReport] = useState('');
  const [errors, setErrors] = useState<InterimError<'date' | 'result' | 'report'>[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const errorOf = useErrors(errors);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const saved = await recordFollowUp(person.id, remediation.id, { date, result, report });
    if (!saved.ok) {
      if ('fields' in saved.error) setErrors(saved.error.fields);
      else setFailure(errorMessage(saved.error));
    }
  }

  return (
    <div className="remediation">
      <RemediationDetails remediation={remediation} review={review} />
      {!remediation.followUp && (
        <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('remediation.followUpSave')}>
          <div className="field-row">
            <TextField label={t('remediation.followUpDate')} value={date} onChange={setDate} error={errorOf('date')} hint={t('common.dateHint')} maxLength={20} />
            <SelectField label={t('remediation.followUpResult')} error={errorOf('result')} value={result} onChange={setResult} empty="—" choices={FOLLOW_UP_RESULTS.map((value) => ({ value, label: t(`remediation.result.${value}`) }))} />
          </div>
          <TextField label={t('remediation.followUpReport')} value={report} onChange={setReport} error={errorOf('report')} multiline rows={4} />
          <button type="submit" className="button">
            {t('remediation.followUpSave')}
          </button>
          {failure && (
            <p role="alert" className="field-error">
              {failure}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
