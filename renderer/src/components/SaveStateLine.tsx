import { useTranslation } from '../i18n';
import { errorMessage } from '../i18n/error-message';
import { useUiStore } from '../store';

/**
 * Whether the review being edited is written: its own small component, the
 * only one that follows the save state, so that each keystroke's "saving" and
 * "saved" redraw this line and not the screen around it.
 */
export function SaveStateLine() {
  const { t } = useTranslation();
  const saveState = useUiStore((state) => state.saveState);
  const saveBusy = useUiStore((state) => state.saveBusy);
  return (
    <p className={`save-state save-${saveState.kind}`} role="status" aria-busy={saveBusy}>
      {saveState.kind === 'error'
        ? t('saveState.error', { message: errorMessage(saveState.error) })
        : saveState.kind === 'quota'
          ? t('storage.quota')
          : t(`saveState.${saveState.kind}`)}
    </p>
  );
}
