import type { SafetyBackupInfo } from '../../../shared/ipc';
import { SAFETY_BACKUPS_KEPT } from '../../../shared/ipc-limits';
import { PlatformError } from './types';

/**
 * Web mode's place for automatic backups: an IndexedDB database of its own,
 * apart from Jalon's data, so that a failed restore or upgrade cannot take it along.
 */
const NAME = 'jalon-safety';
type Stored = SafetyBackupInfo & { bytes: Uint8Array };

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('backups', { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  return open().then(
    (database) =>
      new Promise<T | undefined>((resolve, reject) => {
        const transaction = database.transaction('backups', mode);
        const request = work(transaction.objectStore('backups'));
        transaction.oncomplete = () => {
          database.close();
          resolve(request ? request.result : undefined);
        };
        transaction.onerror = () => {
          database.close();
          reject(transaction.error);
        };
      }),
  );
}

async function list(): Promise<SafetyBackupInfo[]> {
  const all = ((await run<Stored[]>('readonly', (store) => store.getAll() as IDBRequest<Stored[]>)) ?? []).map(({ bytes: _bytes, ...info }) => info);
  return all.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export const browserSafetyStore = {
  list,
  async keep(bytes: Uint8Array, reason: SafetyBackupInfo['reason']): Promise<SafetyBackupInfo> {
    const createdAt = new Date().toISOString();
    const info: SafetyBackupInfo = { id: `jalon-${createdAt.replace(/[:.]/g, '-')}-${reason}.jalon`, createdAt, reason, size: bytes.byteLength };
    await run('readwrite', (store) => void store.put({ ...info, bytes }));
    const stale = (await list()).slice(SAFETY_BACKUPS_KEPT);
    if (stale.length > 0) await run('readwrite', (store) => stale.forEach((old) => store.delete(old.id)));
    return info;
  },
  async remove(id: string): Promise<void> {
    await run('readwrite', (store) => void store.delete(id));
  },
  async read(id: string): Promise<Uint8Array> {
    const stored = await run<Stored>('readonly', (store) => store.get(id) as IDBRequest<Stored>);
    if (!stored) throw new PlatformError('safety-copy-not-found', 'Safety backup not found.');
    return stored.bytes;
  },
};
