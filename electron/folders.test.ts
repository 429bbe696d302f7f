import { describe, expect, it, vi } from 'vitest';
import { createFolderOpener } from './folders';

const folders = { data: '/home/ana/.config/jalon', safety: '/home/ana/.config/jalon/safety-backups' };

describe('opening Jalon\'s folders', () => {
  it('makes the folder if needed, then opens it, and only the folder named', async () => {
    const mkdir = vi.fn(async () => undefined);
    const openPath = vi.fn(async () => '');
    const open = createFolderOpener({ folders, mkdir, openPath });
    expect(await open('safety')).toBe(folders.safety);
    expect(mkdir).toHaveBeenCalledWith(folders.safety);
    expect(openPath).toHaveBeenCalledWith(folders.safety);
    expect(await open('data')).toBe(folders.data);
    expect(openPath).toHaveBeenLastCalledWith(folders.data);
  });

  it('fails with the system\'s reason when the file manager cannot open it', async () => {
    const open = createFolderOpener({ folders, mkdir: async () => undefined, openPath: async () => 'Failed to open path' });
    await expect(open('data')).rejects.toThrow('Failed to open path');
  });
});
