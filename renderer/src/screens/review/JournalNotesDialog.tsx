import { useState } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from '../../i18n';
import { formatDateFr } from '../../../../shared/dates';
import { evidenceWithNotes, filterNotes, noteText, type JournalNote } from '../../../../shared/journal/note';
import { setEvidence } from '../../../../shared/reviews/edits';
import type { ProfileSnapshotEntry, Review } from '../../../../shared/reviews/review';
import { focusSoon } from '../../components/focus-soon';
import { CheckboxField } from '../../components/CheckboxField';
import type { ReviewEditor } from '../../data/use-review-editor';
import { evidenceId } from './CompetencyCard';

/**
 * The journal notes of the review's cycle about one competency: the manager
 * ticks those to copy into the evidence, each with its date. Only what is
 * copied enters the review (and the employee's report).
 */
export function JournalNotesDialog({
  review,
  entry,
  notes,
  edit,
  readOnly,
  onClose,
}: {
  review: Review;
  entry: ProfileSnapshotEntry;
  notes: readonly JournalNote[];
  edit: ReviewEditor['edit'];
  readOnly: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const shown = filterNotes(notes, { cycle: { start: review.cycleStart, end: review.cycleEnd }, competencyId: entry.id });
  const [chosen, setChosen] = useState<Set<string>>(() => new Set());
  const toggle = (id: string) => setChosen((current) => {
    const next = new Set(current);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  });

  function insert() {
    const picked = shown.filter((note) => chosen.has(note.id));
    edit((current) => setEvidence(current, entry.id, evidenceWithNotes(current.ratings[entry.id]?.evidence ?? '', picked)), { immediate: true });
    onClose();
    focusSoon(evidenceId(entry.id));
  }

  return (
    <ModalOverlay isOpen isDismissable onOpenChange={(open) => open || onClose()} className="modal-overlay">
      <Modal className="modal">
        <Dialog className="dialog" aria-labelledby="journal-notes-title">
          <Heading slot="title" id="journal-notes-title" className="dialog-title">
            {t('journal.notesTitle', { name: entry.name })}
          </Heading>
          <div className="dialog-body">
            {shown.length === 0 ? (
              <p>{t('journal.noNotes')}</p>
            ) : (
              <ul className="journal-pick">
                {shown.map((note) => (
                  <li key={note.id}>
                    <CheckboxField isSelected={chosen.has(note.id)} isDisabled={readOnly} onChange={() => toggle(note.id)}>
                      <strong>{formatDateFr(note.date)}</strong> – {noteText(note)}
                    </CheckboxField>
                  </li>
                ))}
              </ul>
            )}
            {!readOnly && shown.length > 0 && <p className="hint">{t('journal.insertHint')}</p>}
          </div>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={onClose}>
              {t('journal.close')}
            </button>
            {!readOnly && (
              <button type="button" className="button primary" disabled={chosen.size === 0} onClick={insert}>
                {t('journal.insert', { count: chosen.size })}
              </button>
            )}
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
