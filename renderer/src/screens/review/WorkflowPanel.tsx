import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateFr, parseDateInput, todayIso } from '../../../../shared/dates';
import { reviewPdfFileName } from '../../../../shared/reviews/file-name';
import { hasEvaluator } from '../../../../shared/reviews/evaluator';
import { isLocked, type Review } from '../../../../shared/reviews/review';
import { appealApplies } from '../../../../shared/appeal';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { TextField } from '../../components/fields';
import { addAddendum, checkIntegrity, closeFile, finalise, recordAcknowledgement, recordHandOver } from '../../data/actions';
import { toAppError } from '../../data/app-error';
import type { IntegrityCheck, WorkflowChange } from '../../data/reviews-repo';
import { useAppealDeadlineText } from '../../data/use-appeal-deadline';
import type { ReviewEditor } from '../../data/use-review-editor';
import { errorMessage } from '../../i18n/error-message';
import { platform } from '../../platform';
import { auditLine, formatStamp } from '../print/format-stamp';
import { evaluatorNameId } from './EvaluatorSection';

type Props = { review: Review; personName: string; editor: ReviewEditor };

/** Finalise, hand over, acknowledge, close; addenda, PDF and the integrity check of a locked review. */
export function WorkflowPanel({ review, personName, editor }: Props) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<{ text: string; kind: 'info' | 'error' } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [integrity, setIntegrity] = useState<IntegrityCheck | null>(null);
  const deadlineText = useAppealDeadlineText(review);
  const deadline = review.handedOverOn && appealApplies(review) ? deadlineText : undefined;


  async function step(run: () => Promise<WorkflowChange>, done?: () => void): Promise<boolean> {
    const result = await editor.runStep(run);
    if (result.ok) {
      setMessage(null);
      done?.();
      return true;
    }
    setMessage({ text: errorMessage(result.error), kind: 'error' });
    return false;
  }

  async function exportPdf() {
    setMessage(null);
    // A report names who evaluated: while it can still be filled in, printing asks for it first.
    if (!isLocked(review.status) && !hasEvaluator(review)) {
      setMessage({ text: t('legal.evaluator.printMissing'), kind: 'error' });
      document.getElementById(evaluatorNameId)?.focus();
      return;
    }
    try {
      const result = await platform.exportReviewPdf({
        reviewId: review.id,
        suggestedName: reviewPdfFileName(personName, review.cycleStart, review.cycleEnd),
      });
      if (result.kind === 'saved') setMessage({ text: t('workflow.pdfSaved', { fileName: result.fileName }), kind: 'info' });
      if (result.kind === 'cancelled') setMessage({ text: t('workflow.pdfCancelled'), kind: 'info' });
    } catch (error) {
      setMessage({ text: t('workflow.pdfFailed', { message: errorMessage(toAppError(error)) }), kind: 'error' });
    }
  }

  return (
    <section aria-labelledby="workflow-heading" className="workflow">
      <h2 id="workflow-heading">{t('workflow.heading')}</h2>

      {(review.status === 'brouillon' || review.status === 'prete') && (
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          {t('workflow.finalise')}
        </button>
      )}
      {confirming && (
        <ConfirmDialog title={t('workflow.finalise')} confirmLabel={t('workflow.confirm')} onClose={() => setConfirming(false)} onConfirm={() => step(() => finalise(review.id))}>
          <p>{t('workflow.finaliseConfirm')}</p>
        </ConfirmDialog>
      )}

      {isLocked(review.status) && review.finalisedAt && <p className="hint">{t('workflow.lockedNotice', { date: formatStamp(review.finalisedAt) })}</p>}

      {review.status === 'finalisee' && (
        <DateStepForm
          label={t('workflow.handOverDate')}
          submit={t('workflow.handOver')}
          onSubmit={(date) => step(() => recordHandOver(review.id, date))}
        />
      )}

      {deadline && <p className="appeal-deadline">{deadline}</p>}

      {review.status === 'remise' && (
        <DateStepForm
          label={t('workflow.acknowledgedDate')}
          submit={t('workflow.acknowledge')}
          withComment={t('workflow.employeeComment')}
          onSubmit={(date, comment) => step(() => recordAcknowledgement(review.id, date, comment ?? ''))}
        />
      )}

      {review.status === 'signee' && (
        <button type="button" className="button" onClick={() => void step(() => closeFile(review.id))}>
          {t('workflow.close')}
        </button>
      )}

      <p>
        <button type="button" className="button" onClick={() => void exportPdf()}>
          {platform.kind === 'desktop' ? t('workflow.exportPdf') : t('workflow.printPdf')}
        </button>
      </p>

      {review.contentHash && (
        <>
          <p className="hash">{t('workflow.hash', { hash: review.contentHash })}</p>
          <button type="button" className="button" onClick={() => void checkIntegrity(review.id).then(setIntegrity, (error: unknown) => setMessage({ text: errorMessage(toAppError(error)), kind: 'error' }))}>
            {t('workflow.verify')}
          </button>
          {integrity?.status === 'intact' && (
            <p role="status" className="integrity-ok">
              ✓ {t('workflow.intact')}
            </p>
          )}
          {integrity?.status === 'intact' && !integrity.sealed && <p className="hint">{t('integrity.unsealed')}</p>}
          {integrity?.status === 'changed' && (
            <div role="alert" className="integrity-bad">
              <p>⚠ {t('integrity.changed')}</p>
              <ul>
                {integrity.parts.map((part) => (
                  <li key={part}>{t(`integrity.parts.${part}`)}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}

      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'field-error' : 'hint'}>
          {message.text}
        </p>
      )}

      {isLocked(review.status) && <AddendumForm onSubmit={(addendum) => step(() => addAddendum(review.id, addendum))} />}

      {review.addenda.length > 0 && (
        <>
          <h3>{t('workflow.addenda')}</h3>
          <ul>
            {review.addenda.map((addendum) => (
              <li key={addendum.id}>
                <strong>{t('workflow.addendumLine', { date: formatDateFr(addendum.date), reason: addendum.reason })}</strong>
                <p className="preserve-lines">{addendum.text}</p>
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>{t('workflow.audit')}</h3>
      <ol className="audit">
        {review.audit.map((entry, index) => (
          <li key={index}>
            {auditLine(t, entry)}
          </li>
        ))}
      </ol>
    </section>
  );
}

function DateStepForm({
  label,
  submit,
  withComment,
  onSubmit,
}: {
  label: string;
  submit: string;
  withComment?: string;
  onSubmit: (date: string, comment?: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [date, setDate] = useState(formatDateFr(todayIso()));
  const [comment, setComment] = useState('');
  async function send(event: FormEvent) {
    event.preventDefault();
    await onSubmit(parseDateInput(date) ?? date, comment);
  }
  return (
    <form onSubmit={send} noValidate>
      <TextField label={label} value={date} onChange={setDate} hint={t('common.dateHint')} maxLength={20} />
      {withComment && <TextField label={withComment} value={comment} onChange={setComment} multiline rows={3} />}
      <button type="submit" className="button primary">
        {submit}
      </button>
    </form>
  );
}

function AddendumForm({ onSubmit }: { onSubmit: (addendum: { date: string; reason: string; text: string }) => Promise<boolean> }) {
  const { t } = useTranslation();
  const [date, setDate] = useState(formatDateFr(todayIso()));
  const [reason, setReason] = useState('');
  const [text, setText] = useState('');
  async function send(event: FormEvent) {
    event.preventDefault();
    if (await onSubmit({ date: parseDateInput(date) ?? date, reason, text })) {
      setReason('');
      setText('');
    }
  }
  return (
    <form onSubmit={send} noValidate aria-labelledby="addendum-heading" className="addendum-form">
      <h3 id="addendum-heading">{t('workflow.addAddendum')}</h3>
      <TextField label={t('workflow.addendumDate')} value={date} onChange={setDate} hint={t('common.dateHint')} maxLength={20} />
      <TextField label={t('workflow.addendumReason')} value={reason} onChange={setReason} />
      <TextField label={t('workflow.addendumText')} value={text} onChange={setText} multiline rows={4} />
      <button type="submit" className="button">
        {t('workflow.addAddendum')}
      </button>
    </form>
  );
}
