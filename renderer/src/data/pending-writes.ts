/**
 * Every editor that may hold unwritten changes registers how to write them,
 * so that the desktop shell can have them written before its window closes
 * or the app quits (`flushPendingWrites`).
 */
const flushers = new Set<() => Promise<unknown>>();

/** Registers a flush; returns how to unregister it. */
export function registerFlush(flush: () => Promise<unknown>): () => void {
  flushers.add(flush);
  return () => {
    flushers.delete(flush);
  };
}

/** Writes everything pending in every open editor; never rejects. */
export async function flushPendingWrites(): Promise<void> {
  await Promise.allSettled([...flushers].map((flush) => flush()));
}
