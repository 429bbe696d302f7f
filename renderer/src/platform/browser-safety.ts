import type { SafetyBackupInfo } from '../../../shared/ipc';
import { SAFETY_BACKUPS_KEPT } from '../../../shared/ipc-limits';
import { PlatformError } from './types';
import { storedWebKey } from '../data/seal-key';

/**
 * Web mode's place for automatic backups: an IndexedDB database of its own,
 * apart from Jalon's data, so that a failed restore or upgrade cannot take it along.
 * Each copy is encrypted at rest (AES-256-GCM) with a non-extractable Web
 * Crypto key of this profile, kept in the key database apart from the copies
 * (like the seal key): the bytes of a copy read from disk are not the data.
 */
const NAME = 'jalon-safety';
const KEY_NAME = 'safety-aes-gcm';
/** `bytes`: a copy written before encryption existed (re-encrypted at the next copy); `iv` + `cipher`: encrypted. */
type Stored = SafetyBackupInfo & ({ bytes: Uint8Array } | { iv: Uint8Array<ArrayBuffer>; cipher: ArrayBuffer });

const safetyKey = () => storedWebKey(KEY_NAME, () => crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']));

async function encrypted(info: SafetyBackupInfo, bytes: Uint8Array): Promise<Stored> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const cipher = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(info.id) }, await safetyKey(), new Uint8Array(bytes));
  return { ...info, iv, cipher };
}

async function decrypted(stored: Stored): Promise<Uint8Array> {
  if ('bytes' in stored) return stored.bytes;
  return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: stored.iv, additionalData: new TextEncoder().encode(stored.id) }, await safetyKey(), stored.cipher));
}

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
  const all = ((await run<Stored[]>('readonly', (store) => store.getAll() as IDBRequest<Stored[]>)) ?? []).map(
    ({ id, createdAt, reason, size }): SafetyBackupInfo => ({ id, createdAt, reason, size }),
  );
  return all.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export const browserSafetyStore = {
  list,
  async keep(bytes: Uint8Array, reason: SafetyBackupInfo['reason']): Promise<SafetyBackupInfo> {
    const createdAt = new Date().toISOString();
    const info: SafetyBackupInfo = { id: `jalon-${createdAt.replace(/[:.]/g, '-')}-${reason}.jalon`, createdAt, reason, size: bytes.byteLength };
    const record = await encrypted(info, bytes);
    await run('readwrite', (store) => void store.put(record));
    const stale = (await list()).slice(SAFETY_BACKUPS_KEPT);
    if (stale.length > 0) await run('readwrite', (store) => stale.forEach((old) => store.delete(old.id)));
    // Copies written before encryption existed are encrypted now.
    const plain = ((await run<Stored[]>('readonly', (store) => store.getAll() as IDBRequest<Stored[]>)) ?? []).filter((stored) => 'bytes' in stored);
    for (const old of plain) {
      const { bytes: oldBytes, ...oldInfo } = old as SafetyBackupInfo & { bytes: Uint8Array };
      const again = await encrypted(oldInfo, oldBytes);
      await run('readwrite', (store) => void store.put(again));
    }
    return info;
  },
  async remove(id: string): Promise<void> {
    await run('readwrite', (store) => void store.delete(id));
  },
  async read(id: string): Promise<Uint8Array> {
    const stored = await run<Stored>('readonly', (store) => store.get(id) as IDBRequest<Stored>);
    if (!stored) throw new PlatformError('safety-copy-not-found', 'Safety backup not found.');
    return decrypted(stored);
  },
};
