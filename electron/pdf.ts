import type { BrowserWindow, WebContents } from 'electron';

/** How long the print view may take to load its data and fonts. */
export const PRINT_READY_TIMEOUT_MS = 20_000;

/** The options of every printed report: A4 from the page's own CSS, tagged, with an outline. */
export const PDF_OPTIONS = {
  pageSize: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  displayHeaderFooter: false,
  generateTaggedPDF: true,
  generateDocumentOutline: true,
} as const;

/**
 * A script for the print view's page: resolves `true` once the view says it is
 * ready (`data-print-ready`, seen by an observer, at once), `false` after
 * `timeoutMs`. Asking every 50 ms instead kept each export waiting up to 50 ms
 * for nothing.
 */
export function printReadyScript(timeoutMs: number): string {
  return `new Promise((resolve) => {
  const ready = () => document.documentElement.dataset.printReady === 'true';
  if (ready()) return resolve(true);
  const observer = new MutationObserver(() => {
    if (!ready()) return;
    observer.disconnect();
    clearTimeout(timer);
    resolve(true);
  });
  const timer = setTimeout(() => {
    observer.disconnect();
    resolve(false);
  }, ${Math.max(0, Math.floor(timeoutMs))});
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-print-ready'] });
})`;
}

async function waitForPrintReady(contents: WebContents, timeoutMs: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The page's own timer answers first; this one ends the wait if the page never answers at all (it crashed, it was closed).
  const gaveUp = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs + 1_000)));
  try {
    const ready: unknown = await Promise.race([contents.executeJavaScript(printReadyScript(timeoutMs)), gaveUp]);
    if (ready !== true) throw new Error('The print view did not become ready in time.');
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Prints `url` (the print view of a review) to PDF in a hidden window of its
 * own, which is always destroyed afterwards.
 */
export async function renderPdf(createHiddenWindow: () => BrowserWindow, url: string, timeoutMs = PRINT_READY_TIMEOUT_MS): Promise<Uint8Array> {
  const window = createHiddenWindow();
  try {
    await window.loadURL(url);
    await waitForPrintReady(window.webContents, timeoutMs);
    return new Uint8Array(await window.webContents.printToPDF(PDF_OPTIONS));
  } finally {
    window.destroy();
  }
}
