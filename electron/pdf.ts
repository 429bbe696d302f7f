import type { BrowserWindow, WebContents } from 'electron';
import { IpcFailure } from '../shared/ipc';

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
 * What the print view's page says on `<html data-print-ready>`: `true` once
 * its data and fonts are in; `missing` when the review is not in the database
 * (deleted meanwhile); `failed` when the database cannot be opened at all.
 */
export type PrintReadiness = true | 'missing' | 'failed' | false;

/**
 * A script for the print view's page: resolves `true` once the view says it is
 * ready, `'missing'` or `'failed'` as soon as it says it cannot be (seen by an
 * observer, at once), `false` after `timeoutMs`. Asking every 50 ms instead
 * kept each export waiting up to 50 ms for nothing.
 */
export function printReadyScript(timeoutMs: number): string {
  return `new Promise((resolve) => {
  const answer = () => {
    const state = document.documentElement.dataset.printReady;
    return state === 'true' ? true : state === 'missing' || state === 'failed' ? state : null;
  };
  if (answer() !== null) return resolve(answer());
  const observer = new MutationObserver(() => {
    const found = answer();
    if (found === null) return;
    observer.disconnect();
    clearTimeout(timer);
    resolve(found);
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
    // Said at once by the page, not after the timeout: the user is told why, in their language (review-not-found, db-unavailable).
    if (ready === 'missing') throw new IpcFailure('review-not-found', 'The review to print is not in the database.');
    if (ready === 'failed') throw new IpcFailure('db-unavailable', 'The print view could not open the database.');
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
