import { useState, type ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from '../i18n';
import { isFailure } from '../../../shared/result';
import { toAppError } from '../data/app-error';
import { errorMessage } from '../i18n/error-message';

type Props = {
  /** The question, as the dialog's title. */
  title: string;
  /** What will happen, said before it happens. */
  children: ReactNode;
  confirmLabel: string;
  /** A destructive action: red button, and focus starts on « Annuler ». */
  danger?: boolean;
  /** A failure it answers (`{ ok: false, error }`) or throws stays in the dialog, said in French. */
  onConfirm: () => Promise<unknown> | void;
  onClose: () => void;
};

/**
 * The one confirmation pattern of the app: a modal dialog (react-aria) that
 * takes focus, keeps it inside until answered, closes with Échap and gives
 * focus back to what opened it.
 */
export function ConfirmDialog({ title, children, confirmLabel, danger = false, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  /** Closes once done; a failure stays in the dialog, said in French, and the action can be retried or cancelled. */
  async function confirm() {
    setBusy(true);
    setFailure(null);
    try {
      const done = await onConfirm();
      if (isFailure(done)) {
        setFailure(errorMessage(done.error));
        return;
      }
    } catch (error) {
      setFailure(errorMessage(toAppError(error)));
      return;
    } finally {
      setBusy(false);
    }
    onClose();
  }

  return (
    <ModalOverlay isOpen isDismissable={!busy} isKeyboardDismissDisabled={busy} onOpenChange={(open) => open || onClose()} className="modal-overlay">
      <Modal className="modal">
        <Dialog role="alertdialog" className="dialog">
          <Heading slot="title" className="dialog-title">
            {title}
          </Heading>
          <div className="dialog-body">{children}</div>
          {failure && (
            <p role="alert" className="field-error">
              {failure}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" className="button" autoFocus={danger} disabled={busy} onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button type="button" className={danger ? 'button danger' : 'button primary'} autoFocus={!danger} disabled={busy} onClick={() => void confirm()}>
              {confirmLabel}
            </button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
