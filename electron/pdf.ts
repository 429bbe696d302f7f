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

async function waitForPrintReady(contents: WebContents, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ready = await contents.executeJavaScript("document.documentElement.dataset.printReady === 'true'");
    if (ready === true) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The print view did not become ready in time.');
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
