/**
 * The installation's seal key: an HMAC-SHA-256 Web Crypto key generated on
 * first use as non-extractable (no code, Jalon's included, can read its
 * bytes; it can only be used to sign and verify in this browser profile) and
 * kept in a database of its own, apart from the data, as a CryptoKey
 * (structured clone keeps it non-extractable).
 */
export const KEY_DB_NAME = 'jalon-keys';
const STORE = 'keys';
const SEAL_KEY = 'seal-hmac';

function openKeys(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(KEY_DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function request<T>(make: () => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const req = make();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

let cached: Promise<CryptoKey> | null = null;

async function loadOrCreate(): Promise<CryptoKey> {
  const database = await openKeys();
  try {
    const existing = await request(() => database.transaction(STORE).objectStore(STORE).get(SEAL_KEY) as IDBRequest<CryptoKey | undefined>);
    if (existing) return existing;
    const created = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
    // `add` fails if another window stored one meanwhile: then that one is the key.
    try {
      await request(() => database.transaction(STORE, 'readwrite').objectStore(STORE).add(created, SEAL_KEY));
      return created;
    } catch {
      return (await request(() => database.transaction(STORE).objectStore(STORE).get(SEAL_KEY) as IDBRequest<CryptoKey>))!;
    }
  } finally {
    database.close();
  }
}

/** The key, created on first use. */
export function sealKey(): Promise<CryptoKey> {
  cached ??= loadOrCreate().catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}

/** Forgets the key held in memory (tests that delete the key database). */
export function forgetSealKey(): void {
  cached = null;
}

const hex = (bytes: ArrayBuffer) => [...new Uint8Array(bytes)].map((byte) => byte.toString(16).padStart(2, '0')).join('');

export async function sha256Hex(text: string): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

export async function macHex(text: string): Promise<string> {
  return hex(await crypto.subtle.sign('HMAC', await sealKey(), new TextEncoder().encode(text)));
}

export async function macHolds(text: string, mac: string): Promise<boolean> {
  if (!/^[0-9a-f]{64}$/.test(mac)) return false;
  const bytes = new Uint8Array(mac.match(/../g)!.map((pair) => parseInt(pair, 16)));
  return crypto.subtle.verify('HMAC', await sealKey(), bytes, new TextEncoder().encode(text));
}
