import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n';
import { NotFound } from '../components/NotFound';
import { formatDateFr, parseDateInput, todayIso } from '../../../shared/dates';
import { CLASS_IDS } from '../../../shared/framework';
import {
  NAME_MAX,
  NOTES_MAX,
  SERVICE_MAX,
  STAFF_NUMBER_MAX,
  type FieldError,
  type Person,
  type PersonDraft,
  type PersonField,
} from '../../../shared/people/person';
import { Field, TextField } from '../components/fields';
import { RadioGroupField } from '../components/RadioGroupField';
import { CheckboxField } from '../components/CheckboxField';
import { Link } from '../components/Link';
import { addPerson, editPerson } from '../data/actions';
import { toAppError } from '../data/app-error';
import { usePerson } from '../data/use-people';
import { errorMessage } from '../i18n/error-message';
import { useUiStore } from '../store';
import { currentLanguage } from '../i18n';
import { isLanguage, LANGUAGES } from '../../../shared/locale';

/** The form's own state: dates as the user types them (jj/mm/aaaa). */
function emptyDraft(): PersonDraft {
  const today = formatDateFr(todayIso());
  return {
    name: '',
    staffNumber: '',
    classId: 'C',
    classFrom: today,
    employment: 'statutaire',
    limitedLeadership: false,
    service: '',
    notes: '',
    cycleStart: today,
    // A new person's reports start in the manager's own language; the form shows it and lets it be changed.
    language: currentLanguage(),
  };
}

function draftOf(person: Person): PersonDraft {
  const first = person.classHistory[0];
  return {
    name: person.name,
    staffNumber: person.staffNumber,
    classId: first?.classId ?? '',
    classFrom: first ? formatDateFr(first.from) : '',
    employment: person.employment,
    limitedLeadership: person.limitedLeadership,
    service: person.service,
    notes: person.notes,
    cycleStart: formatDateFr(person.cycleStart),
    language: person.language,
  };
}

/** Dates typed in Belgian notation become ISO; a date that is no date stays as typed, for the validation to refuse. */
function withIsoDates(draft: PersonDraft): PersonDraft {
  return {
    ...draft,
    classFrom: parseDateInput(draft.classFrom) ?? draft.classFrom,
    cycleStart: parseDateInput(draft.cycleStart) ?? draft.cycleStart,
  };
}

export function PersonFormScreen({ personId }: { personId?: string }) {
  const person = usePerson(personId ?? '');
  if (personId && person === undefined) return null;
  if (personId && person === null) return <PersonMissing />;
  return <PersonForm key={personId ?? 'new'} person={person ?? undefined} />;
}

function PersonMissing() {
  const { t } = useTranslation();
  return <NotFound message={t('person.notFound')} back={t('common.back')} />;
}

function PersonForm({ person }: { person?: Person | undefined }) {
  const { t } = useTranslation();
  const navigate = useUiStore((state) => state.navigate);
  const [draft, setDraft] = useState<PersonDraft>(() => (person ? draftOf(person) : emptyDraft()));
  const [errors, setErrors] = useState<FieldError<PersonField>[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const isNew = !person;

  const set = <K extends keyof PersonDraft>(key: K) => (value: PersonDraft[K]) => setDraft((previous) => ({ ...previous, [key]: value }));
  const errorOf = (field: PersonField) => {
    const error = errors.find((candidate) => candidate.field === field);
    return error ? t(`validation.${error.code}`) : undefined;
  };

  useEffect(() => {
    if (errors.length > 0) summary.current?.focus();
  }, [errors]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitting(true);
    setFailure(null);
    try {
      const checked = withIsoDates(draft);
      const result = person ? await editPerson(person.id, checked) : await addPerson(checked);
      if (result.ok) navigate({ screen: 'person', personId: result.value });
      else if (result.error.code === 'invalid-fields') setErrors(result.error.fields);
      else setFailure(errorMessage(result.error));
    } catch (error) {
      setFailure(errorMessage(toAppError(error)));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <div className="screen narrow">
      <header className="screen-header">
        <h1>{isNew ? t('person.newTitle') : t('person.editTitle', { name: person.name })}</h1>
      </header>
      <form className="card form" onSubmit={submit} noValidate>
        {errors.length > 0 && (
          <div ref={summary} tabIndex={-1} role="alert" className="error-summary">
            {t('validation.summary', { count: errors.length })}
          </div>
        )}
        <TextField label={t('person.name')} value={draft.name} onChange={set('name')} error={errorOf('name')} maxLength={NAME_MAX * 2} autoFocus />
        <TextField
          label={t('person.staffNumber')}
          value={draft.staffNumber}
          onChange={set('staffNumber')}
          error={errorOf('staffNumber')}
          maxLength={STAFF_NUMBER_MAX * 2}
        />
        {isNew && (
          <div className="field-row">
            <Field label={t('person.classId')} error={errorOf('classId')}>
              {(props) => (
                <select {...props} className="input" value={draft.classId} onChange={(event) => set('classId')(event.target.value)}>
                  {CLASS_IDS.map((classId) => (
                    <option key={classId} value={classId}>
                      {t('common.className', { classId })}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <TextField
              label={t('person.classFrom')}
              value={draft.classFrom}
              onChange={set('classFrom')}
              error={errorOf('classFrom')}
              hint={t('common.dateHint')}
              maxLength={20}
            />
          </div>
        )}
        <RadioGroupField
          label={t('person.employment')}
          name="employment"
          value={draft.employment}
          choices={(['statutaire', 'contractuel'] as const).map((employment) => ({ value: employment, label: t(`person.${employment}`) }))}
          onChange={(employment) => set('employment')(employment)}
        />
        <div className="field">
          <CheckboxField isSelected={draft.limitedLeadership} onChange={set('limitedLeadership')} describedBy="leadership-hint">
            {t('person.limitedLeadership')}
          </CheckboxField>
        </div>
        <p id="leadership-hint" className="hint">
          {t('person.limitedLeadershipHint')}
        </p>
        <div className="field">
          <label className="field-label" htmlFor="person-language">
            {t('language.person')}
          </label>
          <select
            id="person-language"
            className="input"
            value={draft.language ?? 'fr'}
            aria-describedby="person-language-hint"
            onChange={(event) => {
              if (isLanguage(event.target.value)) set('language')(event.target.value);
            }}
          >
            {LANGUAGES.map((language) => (
              <option key={language} value={language} lang={language}>
                {t(`language.names.${language}`)}
              </option>
            ))}
          </select>
          <p id="person-language-hint" className="hint">
            {t('language.personHint')}
          </p>
        </div>
        <TextField label={t('person.service')} value={draft.service} onChange={set('service')} error={errorOf('service')} maxLength={SERVICE_MAX * 2} />
        <TextField
          label={t('person.cycleStart')}
          value={draft.cycleStart}
          onChange={set('cycleStart')}
          error={errorOf('cycleStart')}
          hint={`${t('common.dateHint')} · ${t('person.cycleStartHint')}`}
          maxLength={20}
        />
        <TextField label={t('person.notes')} value={draft.notes} onChange={set('notes')} error={errorOf('notes')} multiline maxLength={NOTES_MAX} />
        {failure && (
          <p role="alert" className="field-error">
            {failure}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={submitting}>
            {isNew ? t('person.create') : t('common.save')}
          </button>
          <Link to={person ? { screen: 'person', personId: person.id } : { screen: 'team' }} className="button">
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </div>
  );
}
