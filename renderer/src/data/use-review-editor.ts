import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { Review } from '../../../shared/reviews/review';
import { useUiStore } from '../store';
import { db } from './db';
import { isQuotaError } from './safety';
import { ReviewLockedError, saveReviewContent, setReadiness, type StatusChange } from './reviews-repo';

/** How long typing may pause before it is written: well under the one second the user may lose. */
export const AUTOSAVE_DELAY_MS = 300;
/** A write still running after this long shows "saving". */
const SLOW_WRITE_MS = 250;

export type ReviewEditor = {
  /** `undefined` while loading, `null` when there is no such review. */
  review: Review | null | undefined;
  /** Applies an edit; text waits for a pause in typing, choices are written at once. */
  /**
   * Applies an edit; text waits for a pause in typing, choices are written at once.
   * `writeFirst`: redraw only once the write is done (keyboard ratings, where no
   * form control has changed by itself and the write must not wait for a redraw).
   */
  edit: (change: (review: Review) => Review, options?: { immediate?: boolean; writeFirst?: boolean }) => void;
  setReady: (ready: boolean) => Promise<StatusChange>;
  /** Writes what is pending, runs a workflow step on the stored review, then shows what is stored. */
  runStep: <T>(step: () => Promise<T>) => Promise<T>;
};

/**
 * The review being edited, kept in memory and written back by itself: no save
 * button. Writes are queued one at a time; a pending write is flushed when the
 * page is hidden or left. Mount it once per review (key the screen by id).
 */
export function useReviewEditor(reviewId: string): ReviewEditor {
  const [review, setReview] = useState<Review | null | undefined>(undefined);
  const current = useRef<Review | null>(null);
  const dirty = useRef(false);
  const saving = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const setSaveState = useUiStore((state) => state.setSaveState);

  useEffect(() => {
    let cancelled = false;
    void db.reviews.get(reviewId).then((stored) => {
      if (cancelled) return;
      current.current = stored ?? null;
      setReview(stored ?? null);
      setSaveState({ kind: 'saved' });
    });
    return () => {
      cancelled = true;
    };
  }, [reviewId, setSaveState]);

  const flush = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    if (saving.current) return saving.current;
    if (!dirty.current || !current.current) return Promise.resolve();
    const run = async () => {
      // A write that takes long says so; a quick one (the rule) never flashes "saving".
      const slow = setTimeout(() => setSaveState({ kind: 'saving' }), SLOW_WRITE_MS);
      while (dirty.current && current.current) {
        dirty.current = false;
        const snapshot = current.current;
        try {
          const status = await saveReviewContent(db, snapshot);
          if (current.current && current.current.status !== status) {
            current.current = { ...current.current, status };
            setReview(current.current);
          }
          if (!dirty.current) {
            clearTimeout(slow);
            if (useUiStore.getState().saveState.kind !== 'saved') setSaveState({ kind: 'saved' });
          }
        } catch (error) {
          clearTimeout(slow);
          if (error instanceof ReviewLockedError) {
            setSaveState({ kind: 'locked' });
            return;
          }
          dirty.current = true;
          setSaveState(isQuotaError(error) ? { kind: 'quota' } : { kind: 'error', message: error instanceof Error ? error.message : String(error) });
          return;
        }
      }
    };
    saving.current = run().finally(() => {
      saving.current = null;
    });
    return saving.current;
  }, [setSaveState]);

  const edit = useCallback<ReviewEditor['edit']>(
    (change, options) => {
      if (!current.current) return;
      const next = change(current.current);
      current.current = next;
      dirty.current = true;
      clearTimeout(timer.current);
      if (options?.writeFirst) {
        // The write goes first and the redraw follows it (well within a frame): nothing delays the write.
        void flush().finally(() => startTransition(() => setReview(() => current.current)));
        return;
      }
      if (options?.immediate) {
        // A form control changed: React must confirm its state now; the write starts at once.
        setReview(next);
        void flush();
        return;
      }
      // Typing stays synchronous (a controlled field must not lag); the write waits for a pause.
      setReview(next);
      if (useUiStore.getState().saveState.kind !== 'saving') setSaveState({ kind: 'saving' });
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush, setSaveState],
  );

  // Leaving the page, hiding the window or closing the screen writes what is pending.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      void flush();
    };
  }, [flush]);

  const setReady = useCallback(
    async (ready: boolean) => {
      await flush();
      const result = await setReadiness(db, reviewId, ready);
      if (result.ok && current.current) {
        current.current = { ...current.current, status: result.status };
        setReview(current.current);
      }
      return result;
    },
    [flush, reviewId],
  );

  const runStep = useCallback(
    async <T,>(step: () => Promise<T>): Promise<T> => {
      await flush();
      const result = await step();
      const stored = await db.reviews.get(reviewId);
      current.current = stored ?? null;
      setReview(stored ?? null);
      return result;
    },
    [flush, reviewId],
  );

  return { review, edit, setReady, runStep };
}
