/**
 * Runs `work` once the browser is idle (within `atMostMs` even when it never
 * is), never on the path of the input being answered: an effect of a click or
 * a key runs before the frame that shows its result. Returns the cancel, for
 * an effect's cleanup.
 */
export function whenIdle(work: () => void, atMostMs = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => work(), { timeout: atMostMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(work, 0);
  return () => clearTimeout(timer);
}

/** What `idleSlicer` needs of the shared Slicer type, declared here so that this module stays free of domain imports. */
type IdleSlicer = { due: () => boolean; pause: () => Promise<void> };

/**
 * Slices of work that run only in the browser's idle periods: each slice ends
 * after `budgetMs` or when the idle period does, whichever is first, and the
 * next waits for another idle period (or `atMostMs`, then one unit of work at
 * a time). For work done ahead that no one is waiting for.
 */
export function idleSlicer(budgetMs = 8, atMostMs = 1000): IdleSlicer {
  let ends = 0;
  const startSlice = (remainingMs: number) => {
    ends = performance.now() + Math.min(budgetMs, remainingMs);
  };
  return {
    due: () => performance.now() >= ends,
    pause: () =>
      new Promise<void>((resolve) => {
        if (typeof requestIdleCallback === 'function') {
          requestIdleCallback(
            (deadline) => {
              startSlice(deadline.timeRemaining());
              resolve();
            },
            { timeout: atMostMs },
          );
        } else {
          setTimeout(() => {
            startSlice(budgetMs);
            resolve();
          }, 0);
        }
      }),
  };
}
