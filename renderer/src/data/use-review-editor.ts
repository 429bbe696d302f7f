import { liveQuery } from 'dexie';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Review } from '../../../shared/reviews/review';
import type { AppError, ErrorCode } from '../../../shared/result';
import { afterNextPaint } from '../after-next-paint';
import { useUiStore, type SaveState } from '../store';
import { isQuotaError, toAppError } from './app-error';
import { db } from './db';
import { registerFlush } from './pending-writes';
import { ReviewLockedError, saveReviewContent, setReadiness, type StatusChange } from './reviews-repo';
import { SaveQueue, type SaveQueueState } from './save-queue';

/** How long typing may pause before it is written. */
export const AUTOSAVE_DELAY_MS = 300;
/** The longest typing waits, however steadily it goes on: well under the one second the user may lose. */
export const AUTOSAVE_MAX_WAIT_MS = 500;
/** A write still running after this long shows "saving". */
const SLOW_WRITE_MS = 250;

/**
 * `owner`: this window holds the review's write lock and edits it.
 * `elsewhere`: another tab or window has it open; this one shows it read-only
 * (following what the other writes) and takes over when the other closes.
 */
export type ReviewAccess = 'owner' | 'elsewhere';

export type ReviewEditor = {
  /** `undefined` while loading, `null` when there is no such review. */
  review: Review | null | undefined;
  access: ReviewAccess;
  /**
   * Applies an edit; text is written after a pause in typing (at most 500 ms
   * later), choices (`immediate`) at once. Whether something is not written
   * yet is the store's `saveBusy`, so that it redraws the save state only.
   */
  edit: (change: (review: Review) => Review, options?: { immediate?: boolean }) => void;
  setReady: (ready: boolean) => Promise<StatusChange>;
  /** Writes what is pending, runs a workflow step on the stored review, then shows what is stored. */
  runStep: <T>(step: () => Promise<T>) => Promise<T>;
};

/** The name of a review's write lock (Web Locks API, shared by every tab and window of the origin). */
export const reviewLockName = (reviewId: string) => `jalon:review:${reviewId}`;

/** Whether a write's refusal carries this code (the one result shape's error). */
const isCode = <C extends ErrorCode>(error: unknown, code: C): error is AppError<C> => (error as { code?: unknown } | null)?.code === code;

function saveStateOf(state: SaveQueueState): SaveState | null {
  switch (state.kind) {
    case 'saved':
      return { kind: 'saved' };
    case 'pending':
      return { kind: 'saving' };
    case 'saving':
      return null;
    case 'failed':
      return isQuotaError(state.error)
        ? { kind: 'quota' }
        : { kind: 'error', error: toAppError(state.error) };
    case 'stopped':
      return state.error instanceof ReviewLockedError || isCode(state.error, 'review-locked')
        ? { kind: 'locked' }
        : { kind: 'error', error: isCode(state.error, 'review-not-found') ? state.error : toAppError(state.error) };
  }
}

/**
 * Holds the review's write lock while mounted. Without the Web Locks API
 * (very old browsers) this window simply owns the review.
 */
function useReviewLock(reviewId: string): ReviewAccess | null {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  const [access, setAccess] = useState<ReviewAccess | null>(locks ? null : 'owner');
  useEffect(() => {
    if (!locks) return;
    let cancelled = false;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const queued = new AbortController();
    const own = async () => {
      if (cancelled) return;
      setAccess('owner');
      await held;
    };
    void locks
      .request(reviewLockName(reviewId), { ifAvailable: true }, async (lock) => {
        if (lock) return own();
        if (cancelled) return;
        setAccess('elsewhere');
        // Wait in line: the lock comes when the other window closes or leaves the review.
        void locks.request(reviewLockName(reviewId), { signal: queued.signal }, own).catch((error: unknown) => {
          // Aborted when this view leaves the review: expected. Any other failure of Web Locks: edit here, as without them.
          if (!cancelled && !(error instanceof DOMException && error.name === 'AbortError')) setAccess('owner');
        });
      })
      // Web Locks refused the request: the review is edited here, as in a browser without them.
      .catch(() => setAccess('owner'));
    return () => {
      cancelled = true;
      release();
      queued.abort();
    };
  }, [locks, reviewId]);
  return access;
}

/**
 * The review being edited, kept in memory and written back by itself: no save
 * button. Writes go through a save queue (one at a time, latest value, at most
 * 500 ms behind steady typing, a choice once the frame showing it is painted or
 * 100 ms later at most); what is pending is written when a field or the
 * window loses focus, the page is hidden or left, the screen closes, or the
 * desktop window closes. Mount it once per review (key the screen by id).
 */
export function useReviewEditor(reviewId: string): ReviewEditor {
  const [review, setReview] = useState<Review | null | undefined>(undefined);
  const access = useReviewLock(reviewId);
  const current = useRef<Review | null>(null);
  const queue = useRef<SaveQueue<Review> | null>(null);
  const setSaveState = useUiStore((state) => state.setSaveState);
  const setSaveBusy = useUiStore((state) => state.setSaveBusy);

  // The owner reads the review once and keeps it in memory; a window without the lock follows what is stored.
  useEffect(() => {
    if (access === null) return;
    if (access === 'elsewhere') {
      const subscription = liveQuery(() => db.reviews.get(reviewId)).subscribe({
        next: (stored) => {
          current.current = stored ?? null;
          setReview(stored ?? null);
        },
        error: () => undefined,
      });
      return () => subscription.unsubscribe();
    }
    let cancelled = false;
    void db.reviews.get(reviewId).then((stored) => {
      if (cancelled) return;
      current.current = stored ?? null;
      setReview(stored ?? null);
      setSaveState({ kind: 'saved' });
      setSaveBusy(false);
    });
    return () => {
      cancelled = true;
    };
  }, [reviewId, access, setSaveState, setSaveBusy]);

  // One save queue while this window owns the review.
  useEffect(() => {
    if (access !== 'owner') return;
    let slow: ReturnType<typeof setTimeout> | undefined;
    const saves = new SaveQueue<Review>({
      delayMs: AUTOSAVE_DELAY_MS,
      maxWaitMs: AUTOSAVE_MAX_WAIT_MS,
      afterPaint: (callback) => void afterNextPaint().then(callback),
      isFatal: (error) => error instanceof ReviewLockedError || isCode(error, 'review-locked') || isCode(error, 'review-not-found'),
      write: async (snapshot) => {
        const saved = await saveReviewContent(db, snapshot);
        if (!saved.ok) return saved;
        const status = saved.value;
        if (current.current && current.current.status !== status) {
          current.current = { ...current.current, status };
          setReview(current.current);
        }
        return saved;
      },
      onState: (state) => {
        clearTimeout(slow);
        setSaveBusy(state.kind !== 'saved');
        // A write that takes long says so; a quick one never flashes "saving".
        if (state.kind === 'saving') slow = setTimeout(() => setSaveState({ kind: 'saving' }), SLOW_WRITE_MS);
        const shown = saveStateOf(state);
        if (shown && (shown.kind !== useUiStore.getState().saveState.kind || shown.kind === 'error')) setSaveState(shown);
      },
    });
    queue.current = saves;
    const flush = () => saves.flush();
    const unregister = registerFlush(flush);
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    document.addEventListener('visibilitychange', onHide);
    document.addEventListener('focusout', flush);
    window.addEventListener('blur', flush);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      document.removeEventListener('focusout', flush);
      window.removeEventListener('blur', flush);
      window.removeEventListener('pagehide', flush);
      unregister();
      clearTimeout(slow);
      // Leaving the review (route change, closing the screen) writes what is pending.
      void saves.flush().finally(() => saves.dispose());
      if (queue.current === saves) queue.current = null;
    };
  }, [access, setSaveState, setSaveBusy]);

  const edit = useCallback<ReviewEditor['edit']>((change, options) => {
    const saves = queue.current;
    if (!current.current || !saves) return;
    const next = change(current.current);
    current.current = next;
    // The redraw is small (a rating redraws its card and the side panel: see ../screens/review/same-review.ts;
    // the save state, its own line: ../components/SaveStateLine.tsx) and React draws it at the end of this
    // event: a controlled field never lags, and a rating is painted in the next frame. Its write starts once
    // that frame is painted (`afterPaint`): Chromium answers IndexedDB after an input event only once a frame
    // is painted, so a write started with the key gained nothing and its own work (Dexie's transaction and
    // middleware, ≈ 4 ms) delayed the frame. Drawing the rating only after its write completed was measured
    // slower for both (the write waited for an empty frame, the rating for the frame after it).
    saves.change(next, { immediate: options?.immediate === true });
    setReview(next);
  }, []);

  const flushNow = useCallback(async () => {
    await queue.current?.flush();
  }, []);

  const setReady = useCallback(
    async (ready: boolean) => {
      await flushNow();
      const result = await setReadiness(db, reviewId, ready);
      if (result.ok && current.current) {
        current.current = { ...current.current, status: result.value };
        setReview(current.current);
      }
      return result;
    },
    [flushNow, reviewId],
  );

  const runStep = useCallback(
    async <T,>(step: () => Promise<T>): Promise<T> => {
      await flushNow();
      const result = await step();
      const stored = await db.reviews.get(reviewId);
      current.current = stored ?? null;
      setReview(stored ?? null);
      return result;
    },
    [flushNow, reviewId],
  );

  const shown = access === null ? undefined : review;
  return useMemo(() => ({ review: shown, access: access ?? 'owner', edit, setReady, runStep }), [shown, access, edit, setReady, runStep]);
}
