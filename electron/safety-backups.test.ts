import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSafetyStore } from './safety-backups';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

describe('safety backups on disk', () => {
  it('keeps the last five in the app data folder and reads them back', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'jalon-safety-'));
    folders.push(root);
    let clock = Date.UTC(2026, 10, 26, 10, 0, 0);
    const store = createSafetyStore(
      path.join(root, 'safety-backups'),
      {
        mkdir: async (folder) => void (await mkdir(folder, { recursive: true })),
        writeFile: (file, data) => writeFile(file, data),
        readFile: async (file) => new Uint8Array(await readFile(file)),
        readdir: (folder) => readdir(folder),
        size: async (file) => (await stat(file)).size,
        remove: (file) => rm(file, { force: true }),
      },
      () => new Date((clock += 60_000)),
    );
    for (let index = 0; index < 7; index++) await store.keep(new Uint8Array([index, 1, 2]), index === 0 ? 'upgrade' : 'restore');
    const list = await store.list();
    expect(list).toHaveLength(5);
    expect(readdirSync(path.join(root, 'safety-backups'))).toHaveLength(5);
    expect(list[0]).toMatchObject({ reason: 'restore', size: 3, createdAt: '2026-11-26T10:07:00.000Z' });
    expect([...(await store.read(list[0]!.id))]).toEqual([6, 1, 2]);
    await expect(store.read('../../etc/passwd')).rejects.toThrow();
    await store.remove(list[0]!.id);
    expect(readdirSync(path.join(root, 'safety-backups')).sort()).toEqual(list.slice(1).map((entry) => entry.id).sort());
    await expect(store.remove('../../etc/passwd')).rejects.toThrow();
  });
});
