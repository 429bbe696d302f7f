import type { SafetyBackupInfo } from '../../../shared/ipc';
import { SAFETY_BACKUPS_KEPT } from '../../../shared/ipc-limits';
import { fail, ok, type Result } from '../../../shared/result';
import { isQuotaError } from '../data/app-error';
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

/**
 * A storage step as the one result shape: a full disk says so; anything else
 * the browser refuses (storage gone, a copy that no longer decrypts) is
 * `onFailure`, its technical text kept for the console.
 */
async function attempt<T>(onFailure: 'platform-failed' | 'file-unreadable', work: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await work());
  } catch (error) {
    console.warn('Jalon: the safety copies could not be reached', error);
    return fail({ code: isQuotaError(error) ? 'disk-full' : onFailure });
  }
}

async function keep(bytes: Uint8Array, reason: SafetyBackupInfo['reason']): Promise<SafetyBackupInfo> {
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
}

/** Web mode's safety copies, each call answering the one result shape. */
export const browserSafetyStore = {
  list: () => attempt('platform-failed', list),
  keep: (bytes: Uint8Array, reason: SafetyBackupInfo['reason']) => attempt('platform-failed', () => keep(bytes, reason)),
  remove: (id: string) =>
    attempt('platform-failed', async () => {
      await run('readwrite', (store) => void store.delete(id));
      return null;
    }),
  async read(id: string): Promise<Result<Uint8Array>> {
    const stored = await attempt('platform-failed', () => run<Stored>('readonly', (store) => store.get(id) as IDBRequest<Stored>));
    if (!stored.ok) return stored;
    if (!stored.value) return fail({ code: 'safety-copy-not-found' });
    const value = stored.value;
    // A copy changed on disk (or whose key is gone) does not decrypt: unreadable, never read as something else.
    return attempt('file-unreadable', () => decrypted(value));
  },
};
