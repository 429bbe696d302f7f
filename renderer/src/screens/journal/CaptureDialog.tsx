import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from '../../i18n';
import { formatDateFr, parseDateInput, todayIso } from '../../../../shared/dates';
import { CURRENT_FRAMEWORK, type CompetencyId } from '../../../../shared/framework';
import type { NoteError } from '../../../../shared/journal/note';
import { Field } from '../../components/fields';
import { CheckboxField } from '../../components/CheckboxField';
import { personOfReview, saveNote } from '../../data/actions';
import { errorMessage } from '../../i18n/error-message';
import { useNoteObjectives } from '../../data/use-journal';
import { usePeople } from '../../data/use-people';
import { useUiStore } from '../../store';

/**
 * The quick capture of a journal note, opened from anywhere with Alt+J:
 * person, competency, note; Entrée in the note saves (Maj+Entrée for a new line).
 */
export function CaptureDialog({ initialPersonId, reviewId }: { initialPersonId: string | null; reviewId: string | null }) {
  const { t } = useTranslation();
  const people = usePeople();
  const setCapture = useUiStore((state) => state.setCapture);
  const setNotice = useUiStore((state) => state.setNotice);
  const screen = useUiStore((state) => state.route.screen);
  const [personId, setPersonId] = useState(initialPersonId ?? '');
  const [date, setDate] = useState(formatDateFr(todayIso()));
  const [competency, setCompetency] = useState('');
  const [otherCompetency, setOtherCompetency] = useState('');
  const [objectiveId, setObjectiveId] = useState('');
  const [guided, setGuided] = useState(false);
  const [text, setText] = useState('');
  const [situation, setSituation] = useState('');
  const [behaviour, setBehaviour] = useState('');
  const [effect, setEffect] = useState('');
  const [errors, setErrors] = useState<NoteError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const objectives = useNoteObjectives(personId);
  const firstField = useRef<HTMLSelectElement>(null);
  const competencyField = useRef<HTMLSelectElement>(null);
  const busy = useRef(false);

  useEffect(() => {
    (initialPersonId || reviewId ? competencyField : firstField).current?.focus();
    // Opened from a review: its person.
    if (!reviewId) return;
    void personOfReview(reviewId).then((found) => {
      // The person is only suggested: when it cannot be read, the manager is told and picks them.
      if (!found.ok) setFailure(errorMessage(found.error));
      else if (found.value) setPersonId((current) => current || found.value!);
    });
  }, [initialPersonId, reviewId]);

  const close = () => setCapture(null);

  async function save(event?: FormEvent) {
    event?.preventDefault();
    if (busy.current) return;
    busy.current = true;
    try {
      const competencyIds = [competency, otherCompetency].filter((id) => id !== '') as CompetencyId[];
      const draft = guided
        ? { personId, date: parseDateInput(date) ?? date, competencyIds, objectiveId, situation, behaviour, effect, text: '' }
        : { personId, date: parseDateInput(date) ?? date, competencyIds, objectiveId, situation: '', behaviour: '', effect: '', text };
      setFailure(null);
      const result = await saveNote(draft);
      if (!result.ok) {
        if ('fields' in result.error) setErrors(result.error.fields);
        // The person was removed meanwhile: said on the person field, as for none chosen.
        else if (result.error.code === 'person-not-found') setErrors(['person-missing']);
        else setFailure(errorMessage(result.error));
        return;
      }
      const name = people?.find((person) => person.id === personId)?.name ?? '';
      setNotice({ text: t('journal.saved', { name, date: formatDateFr(draft.date) }), screen });
      close();
    } finally {
      busy.current = false;
    }
  }

  /** Entrée saves from the note; Ctrl/Cmd+Entrée saves from anywhere in the dialog. */
  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    const inNote = event.target instanceof HTMLTextAreaElement || (event.target instanceof HTMLInputElement && event.target.type === 'text');
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey || (inNote && !event.shiftKey))) {
      event.preventDefault();
      void save();
    }
  }

  const errorOf = (...codes: NoteError[]) => {
    const found = errors.find((error) => codes.includes(error));
    return found ? t(`journal.errors.${found}`) : undefined;
  };
  const active = (people ?? []).filter((person) => !person.archived || person.id === personId);

  return (
    <ModalOverlay isOpen isDismissable onOpenChange={(open) => open || close()} className="modal-overlay">
      <Modal className="modal">
        <Dialog className="dialog capture-dialog" aria-labelledby="capture-title">
          <form onSubmit={(event) => void save(event)} onKeyDown={onKeyDown} noValidate>
            <Heading slot="title" id="capture-title" className="dialog-title">
              {t('journal.captureTitle')}
            </Heading>
            <p className="hint">{t('journal.captureHint')}</p>
            <div className="field-row">
              <Field label={t('journal.person')} error={errorOf('person-missing')}>
                {(props) => (
                  <select {...props} ref={firstField} className="input" value={personId} onChange={(event) => setPersonId(event.target.value)}>
                    <option value="">—</option>
                    {active.map((person) => (
                      <option key={person.id} value={person.id}>
                        {person.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={t('journal.date')} error={errorOf('date-invalid', 'date-future')} hint={t('common.dateHint')}>
                {(props) => <input {...props} className="input" type="text" value={date} maxLength={20} onChange={(event) => setDate(event.target.value)} />}
              </Field>
            </div>
            <div className="field-row">
              <Field label={t('journal.competency')} error={errorOf('competency-missing', 'competency-unknown')}>
                {(props) => (
                  <select {...props} ref={competencyField} className="input" value={competency} onChange={(event) => setCompetency(event.target.value)}>
                    <option value="">—</option>
                    {CURRENT_FRAMEWORK.competencies.map((entry) => (
                      <option key={entry.id} value={entry.id}>
                        {entry.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={t('journal.otherCompetency')}>
                {(props) => (
                  <select {...props} className="input" value={otherCompetency} onChange={(event) => setOtherCompetency(event.target.value)}>
                    <option value="">—</option>
                    {CURRENT_FRAMEWORK.competencies.map((entry) => (
                      <option key={entry.id} value={entry.id}>
                        {entry.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
            {objectives.length > 0 && (
              <Field label={t('journal.objective')}>
                {(props) => (
                  <select {...props} className="input" value={objectiveId} onChange={(event) => setObjectiveId(event.target.value)}>
                    <option value="">—</option>
                    {objectives.map((objective) => (
                      <option key={objective.id} value={objective.id}>
                        {objective.description}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            )}
            <CheckboxField isSelected={guided} onChange={setGuided}>
              {t('journal.guided')}
            </CheckboxField>
            {guided ? (
              <>
                <Field label={t('journal.situation')} error={errorOf('text-missing', 'text-too-long', 'text-invalid')}>
                  {(props) => <input {...props} className="input" type="text" value={situation} maxLength={4000} onChange={(event) => setSituation(event.target.value)} />}
                </Field>
                <Field label={t('journal.behaviour')}>
                  {(props) => <input {...props} className="input" type="text" value={behaviour} maxLength={4000} onChange={(event) => setBehaviour(event.target.value)} />}
                </Field>
                <Field label={t('journal.effect')}>
                  {(props) => <input {...props} className="input" type="text" value={effect} maxLength={4000} onChange={(event) => setEffect(event.target.value)} />}
                </Field>
              </>
            ) : (
              <Field label={t('journal.note')} hint={t('journal.noteHint')} error={errorOf('text-missing', 'text-too-long', 'text-invalid')}>
                {(props) => <textarea {...props} className="input" rows={3} value={text} maxLength={4000} onChange={(event) => setText(event.target.value)} />}
              </Field>
            )}
            <div className="dialog-actions">
              <button type="button" className="button" onClick={close}>
                {t('common.cancel')}
              </button>
              <button type="submit" className="button primary">
                {t('journal.save')}
              </button>
            </div>
            {failure && (
              <p role="alert" className="field-error">
                {failure}
              </p>
            )}
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
