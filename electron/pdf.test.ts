import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { PDF_OPTIONS, renderPdf } from './pdf';

function fakeWindow(readyAfter: number) {
  let polls = 0;
  const window = {
    loadURL: vi.fn(async () => undefined),
    destroy: vi.fn(),
    webContents: {
      executeJavaScript: vi.fn(async () => ++polls >= readyAfter),
      printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7')),
    },
  };
  return window;
}

describe('renderPdf', () => {
  it('waits for the print view to be ready, prints it as tagged A4 with an outline, and destroys the window', async () => {
    const window = fakeWindow(3);
    const pdf = await renderPdf(() => window as unknown as BrowserWindow, 'app://jalon/index.html#/evaluation/r1/impression');
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.7');
    expect(window.loadURL).toHaveBeenCalledWith('app://jalon/index.html#/evaluation/r1/impression');
    expect(window.webContents.executeJavaScript).toHaveBeenCalledTimes(3);
    expect(window.webContents.printToPDF).toHaveBeenCalledWith(PDF_OPTIONS);
    expect(PDF_OPTIONS).toMatchObject({ pageSize: 'A4', generateTaggedPDF: true, generateDocumentOutline: true, preferCSSPageSize: true });
    expect(window.destroy).toHaveBeenCalled();
  });

  it('gives up on a print view that never gets ready, and still destroys the window', async () => {
    const window = fakeWindow(Number.POSITIVE_INFINITY);
    await expect(renderPdf(() => window as unknown as BrowserWindow, 'app://jalon/x', 120)).rejects.toThrow(/did not become ready/);
    expect(window.webContents.printToPDF).not.toHaveBeenCalled();
    expect(window.destroy).toHaveBeenCalled();
  });
});
