import { describe, expect, it, vi } from 'vitest';
import { createHandlers, type HandlerDeps } from './handlers';

function deps(overrides: Partial<HandlerDeps> = {}) {
  const written = new Map<string, Uint8Array | string>();
  const base: HandlerDeps = {
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() } as unknown as HandlerDeps['dialog'],
    window: () => null,
    writeFile: async (file, data) => {
      written.set(file, data);
    },
    readFile: async () => new Uint8Array([1, 2, 3]),
    fileSize: async () => 3,
    defaultFolder: () => '/home/user/Documents',
    appInfo: { name: 'Jalon', version: '1', platform: 'linux' },
    maxFileBytes: 10,
    renderReviewPdf: async () => new TextEncoder().encode('%PDF-1.7'),
    safety: { keep: vi.fn(), list: vi.fn(async () => []), read: vi.fn(), remove: vi.fn(async () => undefined) },
    openFolder: vi.fn(async () => '/home/user/.config/jalon'),
    sealKey: async () => new Uint8Array(32).fill(7),
  };
  return { deps: { ...base, ...overrides }, written };
}
const event = {} as never;

describe('file handlers', () => {
  it('writes nothing when the save dialog is cancelled', async () => {
    const { deps: d, written } = deps();
    vi.mocked(d.dialog.showSaveDialog).mockResolvedValue({ canceled: true, filePath: '' } as never);
    expect(await createHandlers(d).saveFile({ suggestedName: 'a.pdf', filters: [], content: 'x' }, event)).toEqual({ saved: false });
    expect(written.size).toBe(0);
  });

  it('writes the content where the user chose, proposing the suggested name in Documents', async () => {
    const { deps: d, written } = deps();
    vi.mocked(d.dialog.showSaveDialog).mockResolvedValue({ canceled: false, filePath: '/tmp/x/evaluation.pdf' } as never);
    const result = await createHandlers(d).saveFile({ suggestedName: 'evaluation_Dupont.pdf', filters: [], content: 'é' }, event);
    expect(result).toEqual({ saved: true, fileName: 'evaluation.pdf' });
    expect(vi.mocked(d.dialog.showSaveDialog).mock.calls[0]![0]).toMatchObject({ defaultPath: '/home/user/Documents/evaluation_Dupont.pdf' });
    expect(written.get('/tmp/x/evaluation.pdf')).toBe('é');
  });

  it('reads the chosen file, and answers null when the user cancels', async () => {
    const { deps: d } = deps();
    vi.mocked(d.dialog.showOpenDialog).mockResolvedValueOnce({ canceled: false, filePaths: ['/tmp/équipe.csv'] } as never);
    expect(await createHandlers(d).openFile({ filters: [] }, event)).toEqual({ name: 'équipe.csv', bytes: new Uint8Array([1, 2, 3]) });
    vi.mocked(d.dialog.showOpenDialog).mockResolvedValueOnce({ canceled: true, filePaths: [] } as never);
    expect(await createHandlers(d).openFile({ filters: [] }, event)).toBeNull();
  });

  it('prints a review to PDF only once the user has chosen where, and writes nothing when they cancel', async () => {
    const renderReviewPdf = vi.fn(async () => new TextEncoder().encode('%PDF-1.7'));
    const { deps: d, written } = deps({ renderReviewPdf });
    vi.mocked(d.dialog.showSaveDialog).mockResolvedValueOnce({ canceled: true, filePath: '' } as never);
    expect(await createHandlers(d).printReviewPdf({ reviewId: 'r1', suggestedName: 'evaluation_X.pdf' }, event)).toEqual({ saved: false });
    expect(renderReviewPdf).not.toHaveBeenCalled();
    expect(written.size).toBe(0);

    vi.mocked(d.dialog.showSaveDialog).mockResolvedValueOnce({ canceled: false, filePath: '/tmp/out/evaluation_X.pdf' } as never);
    expect(await createHandlers(d).printReviewPdf({ reviewId: 'r1', suggestedName: 'evaluation_X.pdf' }, event)).toEqual({
      saved: true,
      fileName: 'evaluation_X.pdf',
    });
    expect(renderReviewPdf).toHaveBeenCalledWith('r1');
    expect(new TextDecoder().decode(written.get('/tmp/out/evaluation_X.pdf') as Uint8Array)).toBe('%PDF-1.7');
  });

  it('refuses a file larger than the limit without reading it', async () => {
    const readFile = vi.fn();
    const { deps: d } = deps({ fileSize: async () => 11, readFile });
    vi.mocked(d.dialog.showOpenDialog).mockResolvedValue({ canceled: false, filePaths: ['/tmp/big.jalon'] } as never);
    await expect(createHandlers(d).openFile({ filters: [] }, event)).rejects.toMatchObject({ code: 'file-too-large' });
    expect(readFile).not.toHaveBeenCalled();
  });

  it('removes a safety copy by its id (erasure of a person it holds)', async () => {
    const made = deps();
    await createHandlers(made.deps).removeSafetyBackup({ id: 'jalon-2026-11-26T10-00-00-000Z-import.jalon' }, event);
    expect(made.deps.safety.remove).toHaveBeenCalledWith('jalon-2026-11-26T10-00-00-000Z-import.jalon');
  });
});
