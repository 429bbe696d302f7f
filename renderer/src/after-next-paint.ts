/**
 * Resolves once the frame drawn next is on screen (a task after its animation
 * frame), or after `atMostMs` when no frame comes (a window in the background
 * draws none).
 */
export function afterNextPaint(atMostMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, atMostMs);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}
