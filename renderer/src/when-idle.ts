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
