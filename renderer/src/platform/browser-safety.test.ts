import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/result';
import { browserSafetyStore } from './browser-safety';

/** Every record of the safety copies' database, as IndexedDB holds it, as text. */
async function rawRecords(): Promise<{ records: Record<string, unknown>[]; text: string }> {
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('jalon-safety');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const records = await new Promise<Record<string, unknown>[]>((resolve) => {
    const request = database.transaction('backups').objectStore('backups').getAll();
    request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
  });
  database.close();
  const decoder = new TextDecoder();
  const text = records
    .map((record) =>
      Object.values(record)
        .map((value) => (value instanceof Uint8Array ? decoder.decode(value) : value instanceof ArrayBuffer ? decoder.decode(value) : String(value)))
        .join(' '),
    )
    .join('\n');
  return { records, text };
}

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected a success, got ${result.error.code}`);
  return result.value;
}

describe('web safety copies', () => {
  it('are encrypted at rest with a key kept apart, and read back whole', async () => {
    const plain = new TextEncoder().encode('JALONBK1 Léa Dubois-Effacée ZX-98765 Observation unique');
    const info = unwrap(await browserSafetyStore.keep(plain, 'import'));
    const { records, text } = await rawRecords();
    expect(records).toHaveLength(1);
    expect(text).not.toContain('Dubois');
    expect(text).not.toContain('ZX-98765');
    expect(records[0]).not.toHaveProperty('bytes');
    expect(await browserSafetyStore.read(info.id)).toEqual({ ok: true, value: plain });
  });

  it('a copy written before encryption existed is read as it is, then encrypted at the next copy', async () => {
    const old = new TextEncoder().encode('JALONBK1 ancienne copie en clair Marie Claes');
    const id = 'jalon-2025-01-01T00-00-00-000Z-upgrade.jalon';
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('jalon-safety');
      request.onsuccess = () => {
        const transaction = request.result.transaction('backups', 'readwrite');
        transaction.objectStore('backups').put({ id, createdAt: '2025-01-01T00:00:00.000Z', reason: 'upgrade', size: old.byteLength, bytes: old });
        transaction.oncomplete = () => {
          request.result.close();
          resolve();
        };
        transaction.onerror = () => reject(transaction.error);
      };
    });
    expect(await browserSafetyStore.read(id)).toEqual({ ok: true, value: old });
    await browserSafetyStore.keep(new TextEncoder().encode('JALONBK1 nouvelle'), 'restore');
    expect((await rawRecords()).text).not.toContain('Marie Claes');
    expect(await browserSafetyStore.read(id)).toEqual({ ok: true, value: old });
  });

  it('a copy whose ciphertext was changed is refused, not read as something else', async () => {
    const info = unwrap(await browserSafetyStore.keep(new TextEncoder().encode('JALONBK1 intacte'), 'import'));
    await new Promise<void>((resolve) => {
      const request = indexedDB.open('jalon-safety');
      request.onsuccess = () => {
        const transaction = request.result.transaction('backups', 'readwrite');
        const store = transaction.objectStore('backups');
        const get = store.get(info.id);
        get.onsuccess = () => {
          const record = get.result as { cipher: ArrayBuffer };
          const bytes = new Uint8Array(record.cipher.slice(0));
          bytes[0] = bytes[0]! ^ 1;
          store.put({ ...record, cipher: bytes.buffer });
        };
        transaction.oncomplete = () => {
          request.result.close();
          resolve();
        };
      };
    });
    expect(await browserSafetyStore.read(info.id)).toEqual({ ok: false, error: { code: 'file-unreadable' } });
  });

  it('a copy that is gone answers its code, never a thrown error (issue 11)', async () => {
    expect(await browserSafetyStore.read('jalon-1999-01-01T00-00-00-000Z-import.jalon')).toEqual({ ok: false, error: { code: 'safety-copy-not-found' } });
    expect(await browserSafetyStore.remove('jalon-1999-01-01T00-00-00-000Z-import.jalon')).toEqual({ ok: true, value: null });
  });
});
