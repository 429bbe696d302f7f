import path from 'node:path';
import { SAFETY_BACKUPS_KEPT, type SafetyBackupInfo } from '../shared/ipc';

export type SafetyFs = {
  mkdir: (folder: string) => Promise<void>;
  writeFile: (file: string, data: Uint8Array) => Promise<void>;
  readFile: (file: string) => Promise<Uint8Array>;
  readdir: (folder: string) => Promise<string[]>;
  size: (file: string) => Promise<number>;
  remove: (file: string) => Promise<void>;
};

const NAME = /^jalon-([0-9TZ-]+)-(restore|upgrade|import)\.jalon$/;

/** `2026-11-26T10-00-00-000Z` back to an ISO date-time. */
function stampToIso(stamp: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/.exec(stamp);
  return match ? `${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z` : stamp;
}

/** Leaves the bytes as they are (tests of the store alone). */
const PLAIN = { seal: async (bytes: Uint8Array) => bytes, open: async (bytes: Uint8Array) => bytes };

/**
 * Automatic backups in the app's data folder: the last few are kept, the
 * oldest removed. Each copy is written through `cipher` (encrypted at rest
 * with a key protected by safeStorage, see installation-keys.ts) and read
 * back through it.
 */
export function createSafetyStore(
  folder: string,
  fs: SafetyFs,
  now: () => Date = () => new Date(),
  cipher: { seal: (bytes: Uint8Array) => Promise<Uint8Array>; open: (bytes: Uint8Array) => Promise<Uint8Array> } = PLAIN,
) {
  async function list(): Promise<SafetyBackupInfo[]> {
    await fs.mkdir(folder);
    const names = (await fs.readdir(folder)).filter((name) => NAME.test(name)).sort().reverse();
    return Promise.all(
      names.map(async (id) => {
        const [, stamp, reason] = NAME.exec(id)!;
        return { id, createdAt: stampToIso(stamp!), reason: reason as SafetyBackupInfo['reason'], size: await fs.size(path.join(folder, id)) };
      }),
    );
  }
  return {
    list,
    async keep(bytes: Uint8Array, reason: SafetyBackupInfo['reason']): Promise<SafetyBackupInfo> {
      await fs.mkdir(folder);
      const id = `jalon-${now().toISOString().replace(/[:.]/g, '-')}-${reason}.jalon`;
      await fs.writeFile(path.join(folder, id), await cipher.seal(bytes));
      const all = await list();
      for (const old of all.slice(SAFETY_BACKUPS_KEPT)) await fs.remove(path.join(folder, old.id));
      return all.find((entry) => entry.id === id)!;
    },
    async read(id: string): Promise<Uint8Array> {
      if (!NAME.test(id)) throw new Error('Not a safety backup.');
      return cipher.open(await fs.readFile(path.join(folder, id)));
    },
    /** Removes one copy (erasure of a person it holds). */
    async remove(id: string): Promise<void> {
      if (!NAME.test(id)) throw new Error('Not a safety backup.');
      await fs.remove(path.join(folder, id));
    },
  };
}
