import { beforeEach, describe, expect, it, vi } from 'vitest';
import { savePlanCsv } from './plan-export';

const saveFile = vi.fn();
vi.mock('../platform', () => ({ platform: { saveFile: (request: unknown) => saveFile(request) } }));

const labels = { type: (type: string) => type, status: (status: string) => status, date: (date: string) => date };

describe('the development plan as CSV (issue 16) through the one result shape (issue 11)', () => {
  beforeEach(() => {
    saveFile.mockReset();
  });

  it('a full disk comes back as { ok: false, error: { code: "disk-full" } }, never thrown', async () => {
    saveFile.mockResolvedValue({ ok: false, error: { code: 'disk-full' } });
    expect(await savePlanCsv('plan.csv', [], labels)).toEqual({ ok: false, error: { code: 'disk-full' } });
  });

  it('a written file is { ok: true, value: null }, with the plan header', async () => {
    saveFile.mockResolvedValue({ ok: true, value: { saved: true, fileName: 'plan.csv' } });
    expect(await savePlanCsv('plan.csv', [], labels)).toEqual({ ok: true, value: null });
    expect(saveFile).toHaveBeenCalledWith(expect.objectContaining({ suggestedName: 'plan.csv', content: expect.stringContaining(';') }));
  });
});
