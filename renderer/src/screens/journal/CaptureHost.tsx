import { lazy, Suspense, useEffect } from 'react';
import { useTranslation, withScreenTexts } from '../../i18n';
import { useUiStore } from '../../store';
import type { Route } from '../../store/routes';

// The dialog (and the data code it writes with) loads when first opened, not at startup.
const CaptureDialog = lazy(async () => ({ default: (await withScreenTexts(() => import('./CaptureDialog'))).CaptureDialog }));

/** What the current screen is about, if anything: the quick capture starts with that person. */
function subjectOfRoute(route: Route): { personId: string | null; reviewId: string | null } {
  if (route.screen === 'person' || route.screen === 'person-edit' || route.screen === 'progression') return { personId: route.personId, reviewId: null };
  if (route.screen === 'review') return { personId: null, reviewId: route.reviewId };
  return { personId: null, reviewId: null };
}

/** Whether a key press is the quick-capture shortcut (Alt+J, by the key's place so that macOS's Option+J works too). */
export const isCaptureShortcut = (event: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'code'>) =>
  event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.code === 'KeyJ';

/** Opens the quick capture of a journal note. */
export function openCapture(): void {
  const { route, setCapture } = useUiStore.getState();
  setCapture(subjectOfRoute(route));
}

/** The quick capture, available from every screen by Alt+J or the sidebar button. */
export function CaptureHost() {
  const capture = useUiStore((state) => state.capture);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isCaptureShortcut(event) || useUiStore.getState().capture) return;
      event.preventDefault();
      openCapture();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  return capture ? (
    <Suspense fallback={null}>
      <CaptureDialog initialPersonId={capture.personId} reviewId={capture.reviewId} />
    </Suspense>
  ) : null;
}

/** The sidebar's way to the quick capture, naming its shortcut. */
export function CaptureButton() {
  const { t } = useTranslation();
  return (
    <button type="button" className="button small capture-button" aria-keyshortcuts="Alt+J" onClick={openCapture}>
      {t('journal.captureButton')}
    </button>
  );
}
