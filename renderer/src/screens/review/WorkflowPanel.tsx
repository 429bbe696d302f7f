import { focusSoon } from '../../components/focus-soon';
import { memo, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n';
import { formatDateFr, parseDateInput, todayIso } from '../../../../shared/dates';
import { reviewPdfFileName } from '../../../../shared/reviews/file-name';
import { hasEvaluator } from '../../../../shared/reviews/evaluator';
import { isLocked, type Review } from '../../../../shared/reviews/review';
import { appealApplies } from '../../../../shared/appeal';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { TextField } from '../../components/fields';
import { addAddendum, checkIntegrity, closeFile, finalise, recordAcknowledgement, recordHandOver } from '../../data/actions';
import type { AppError } from '../../../../shared/result';
import type { IntegrityCheck, WorkflowChange } from '../../data/reviews-repo';
import { INTEGRITY_PARTS, type IntegrityPart } from '../../../../shared/reviews/seal';
import { useAppealDeadlineText } from '../../data/use-appeal-deadline';
import type { ReviewEditor } from '../../data/use-review-editor';
import { errorMessage } from '../../i18n/error-message';
import { platform } from '../../platform';
import { auditLine, formatStamp } from '../print/format-stamp';
import { evaluatorNameId } from './EvaluatorSection';
import { sameButRatings } from './same-review';

type Props = { review: Review; personName: string; runStep: ReviewEditor['runStep'] };

/** Finalise, hand over, acknowledge, close; addenda, PDF and the integrity check of a locked review. */
export const WorkflowPanel = memo(function WorkflowPanel({ review, personName, runStep }: Props) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<{ text: string; kind: 'info' | 'error' } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [integrity, setIntegrity] = useState<IntegrityCheck | null>(null);
  const deadlineText = useAppealDeadlineText(review);
  const deadline = review.handedOverOn && appealApplies(review) ? deadlineText : undefined;


  async function step(run: () => Promise<WorkflowChange | { ok: false; error: AppError }>, done?: () => void): Promise<boolean> {
    const result = await runStep(run);
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
    const exported = await platform.exportReviewPdf({
      reviewId: review.id,
      suggestedName: reviewPdfFileName(personName, review.cycleStart, review.cycleEnd),
    });
    if (!exported.ok) return setMessage({ text: t('workflow.pdfFailed', { message: errorMessage(exported.error) }), kind: 'error' });
    if (exported.value.kind === 'saved') setMessage({ text: t('workflow.pdfSaved', { fileName: exported.value.fileName }), kind: 'info' });
    if (exported.value.kind === 'cancelled') setMessage({ text: t('workflow.pdfCancelled'), kind: 'info' });
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

      {review.integrityUnverified && (
        <p role="note" className="integrity-bad">
          ⚠{' '}
          {t('integrity.unverified', {
            parts: review.integrityUnverified.parts
              .filter((part): part is IntegrityPart => (INTEGRITY_PARTS as readonly string[]).includes(part))
              .map((part) => t(`integrity.parts.${part}`))
              .join(', '),
          })}
        </p>
      )}
      {review.contentHash && (
        <>
          <SealHash hash={review.contentHash} />
          <button type="button" className="button" onClick={() => void checkIntegrity(review.id).then((checked) => (checked.ok ? setIntegrity(checked.value) : setMessage({ text: errorMessage(checked.error), kind: 'error' })))}>
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

      {isLocked(review.status) && <AddendumFold onSubmit={(addendum) => step(() => addAddendum(review.id, addendum))} />}

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
}, sameButRatings);

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

/** The seal's hash in a short form (the PDF prints it whole), with the whole of it a click away and a copy button. */
function SealHash({ hash }: { hash: string }) {
  const { t } = useTranslation();
  const [whole, setWhole] = useState(false);
  const [copied, setCopied] = useState<boolean | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(hash);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }
  return (
    <div className="hash">
      <p>
        {t('sealHash.short', { hash: `${hash.slice(0, 8)}…${hash.slice(-8)}` })}{' '}
        <button type="button" className="link-button" aria-expanded={whole} aria-controls="seal-hash-whole" onClick={() => setWhole(!whole)}>
          {whole ? t('sealHash.hide') : t('sealHash.show')}
        </button>{' '}
        <button type="button" className="link-button" onClick={() => void copy()}>
          {t('sealHash.copy')}
        </button>
      </p>
      <p id="seal-hash-whole" hidden={!whole}>
        <code className="hash-whole" aria-label={t('sealHash.wholeLabel')}>
          {hash}
        </code>
      </p>
      {copied !== null && (
        <p role="status" className="hint">
          {copied ? t('sealHash.copied') : t('sealHash.copyFailed')}
        </p>
      )}
    </div>
  );
}

/** A correction after finalisation: asked for with a button, not a form always open on a locked review. */
function AddendumFold({ onSubmit }: { onSubmit: (addendum: { date: string; reason: string; text: string }) => Promise<boolean> }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <p>
        <button type="button" className="button" aria-expanded={false} onClick={() => {
          setOpen(true);
          focusSoon(addendumReasonId);
        }}>
          {t('sealHash.writeAddendum')}
        </button>
      </p>
    );
  }
  return (
    <AddendumForm
      onCancel={() => setOpen(false)}
      onSubmit={async (addendum) => {
        const done = await onSubmit(addendum);
        if (done) setOpen(false);
        return done;
      }}
    />
  );
}

const addendumReasonId = 'addendum-reason';

function AddendumForm({ onSubmit, onCancel }: { onSubmit: (addendum: { date: string; reason: string; text: string }) => Promise<boolean>; onCancel: () => void }) {
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
      <TextField label={t('workflow.addendumReason')} inputId={addendumReasonId} value={reason} onChange={setReason} />
      <TextField label={t('workflow.addendumText')} value={text} onChange={setText} multiline rows={4} />
      <button type="submit" className="button">
        {t('workflow.addAddendum')}
      </button>{' '}
      <button type="button" className="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </form>
  );
}
