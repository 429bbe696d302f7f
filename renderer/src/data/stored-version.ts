/*
 * IndexedDB's own version of the database on this machine, read before Dexie
 * opens it (./open-database.ts: a newer one is refused, an older one is backed
 * up before its upgrade). No imports: the app's first module starts this read
 * (../start-early.ts) while the rest of its script is still running, since the
 * first touch of IndexedDB in a page takes 15–25 ms on a 2-core machine.
 */

export const DB_NAME = 'jalon';

/**
 * The stored version, or 0 when there is no such database. Opened without a
 * version, so nothing is upgraded; where there is none, the creation is
 * aborted, so that none is left behind.
 */
export function readStoredVersion(name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(name);
    } catch (error) {
      reject(error);
      return;
    }
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => {
      request.result.close();
      resolve(request.result.version);
    };
    request.onerror = (event) => {
      // The creation aborted above: there was no database.
      if (request.error?.name === 'AbortError') {
        event.preventDefault();
        resolve(0);
      } else reject(request.error ?? new Error(`IndexedDB could not open ${name}`));
    };
  });
}

let early: Promise<number> | null = null;

/** Starts reading the app database's version now, for `storedVersion` to take. */
export function readStoredVersionEarly(): void {
  early ??= readStoredVersion(DB_NAME);
  // Whoever takes it sees a failure; until then it is not unhandled.
  early.catch(() => undefined);
}

/** The version read early, taken once (a later open reads it again), or read now. */
export function storedVersion(name: string): Promise<number> {
  if (name !== DB_NAME || !early) return readStoredVersion(name);
  const taken = early;
  early = null;
  return taken;
}
