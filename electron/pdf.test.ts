import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { PDF_OPTIONS, printReadyScript, renderPdf, type PrintReadiness } from './pdf';

/** A window whose page answers the readiness script with `answer` (never, when it is `undefined`). */
function fakeWindow(answer: PrintReadiness | undefined) {
  const window = {
    loadURL: vi.fn(async () => undefined),
    destroy: vi.fn(),
    webContents: {
      executeJavaScript: vi.fn((_script: string) => (answer === undefined ? new Promise(() => undefined) : Promise.resolve(answer))),
      printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7')),
    },
  };
  return window;
}

describe('renderPdf', () => {
  it('waits for the print view to be ready, prints it as tagged A4 with an outline, and destroys the window', async () => {
    const window = fakeWindow(true);
    const pdf = await renderPdf(() => window as unknown as BrowserWindow, 'app://jalon/index.html#/evaluation/r1/impression', 20_000);
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.7');
    expect(window.loadURL).toHaveBeenCalledWith('app://jalon/index.html#/evaluation/r1/impression');
    // One question, answered by the page when it is ready (e2e/pdf-look.spec.ts runs the script in Chromium).
    expect(window.webContents.executeJavaScript).toHaveBeenCalledExactlyOnceWith(printReadyScript(20_000));
    expect(window.webContents.printToPDF).toHaveBeenCalledWith(PDF_OPTIONS);
    expect(PDF_OPTIONS).toMatchObject({ pageSize: 'A4', generateTaggedPDF: true, generateDocumentOutline: true, preferCSSPageSize: true });
    expect(window.destroy).toHaveBeenCalled();
  });

  it('gives up on a print view that says it never got ready, and still destroys the window', async () => {
    const window = fakeWindow(false);
    await expect(renderPdf(() => window as unknown as BrowserWindow, 'app://jalon/x', 120)).rejects.toThrow(/did not become ready/);
    expect(window.webContents.printToPDF).not.toHaveBeenCalled();
    expect(window.destroy).toHaveBeenCalled();
  });

  it.each([
    ['missing', 'review-not-found'],
    ['failed', 'db-unavailable'],
  ] as const)('stops at once when the print view says it cannot be drawn (%s), with the code the user is told', async (answer, code) => {
    const window = fakeWindow(answer);
    // The page's answer, not the timeout: a 20 s timeout would fail the test.
    await expect(renderPdf(() => window as unknown as BrowserWindow, 'app://jalon/x', 20_000)).rejects.toMatchObject({ name: 'IpcFailure', code });
    expect(window.webContents.printToPDF).not.toHaveBeenCalled();
    expect(window.destroy).toHaveBeenCalled();
  });

  it('gives up on a page that never answers at all', async () => {
    const window = fakeWindow(undefined);
    await expect(renderPdf(() => window as unknown as BrowserWindow, 'app://jalon/x', 10)).rejects.toThrow(/did not become ready/);
    expect(window.webContents.printToPDF).not.toHaveBeenCalled();
    expect(window.destroy).toHaveBeenCalled();
  });
});
