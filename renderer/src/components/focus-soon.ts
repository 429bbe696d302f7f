/** Focuses an element that the next render brings in, trying for a few frames. */
export function focusSoon(id: string, frames = 20): void {
  requestAnimationFrame(() => {
    const element = document.getElementById(id);
    if (element) element.focus();
    else if (frames > 0) focusSoon(id, frames - 1);
  });
}
