import { describe, expect, it, vi } from 'vitest';
import type { DesktopApi } from '../../../shared/ipc';
import { createDesktopBridge } from './desktop';

describe('the desktop bridge answers the one result shape (issue 11)', () => {
  it('a refusal of the main process keeps its code and leaves its technical text in the console', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const api = { saveFile: async () => ({ ok: false, error: { code: 'disk-full', message: 'ENOSPC: no space left on device' } }) } as unknown as DesktopApi;
    const answer = await createDesktopBridge(api).saveFile({ suggestedName: 'a.csv', filters: [], content: 'x' });
    expect(answer).toEqual({ ok: false, error: { code: 'disk-full' } });
    expect(JSON.stringify(answer)).not.toContain('ENOSPC');
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('a code this renderer does not know (a newer main process) reads as a platform failure', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const api = { listSafetyBackups: async () => ({ ok: false, error: { code: 'printer-on-fire', message: 'x' } }) } as unknown as DesktopApi;
    expect(await createDesktopBridge(api).listSafetyBackups()).toEqual({ ok: false, error: { code: 'platform-failed' } });
  });

  it('a PDF saved or cancelled comes back as what happened', async () => {
    const printed = [
      { ok: true, value: { saved: true, fileName: 'rapport.pdf' } },
      { ok: true, value: { saved: false } },
    ];
    const api = { printReviewPdf: async () => printed.shift() } as unknown as DesktopApi;
    const bridge = createDesktopBridge(api);
    expect(await bridge.exportReviewPdf({ reviewId: 'r1', suggestedName: 'rapport.pdf' })).toEqual({ ok: true, value: { kind: 'saved', fileName: 'rapport.pdf' } });
    expect(await bridge.exportReviewPdf({ reviewId: 'r1', suggestedName: 'rapport.pdf' })).toEqual({ ok: true, value: { kind: 'cancelled' } });
  });
});
