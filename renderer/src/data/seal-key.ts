import type { Result } from '../../../shared/result';
import { CodedFailure } from './app-error';
/**
 * The installation's seal key.
 * - Web mode: an HMAC-SHA-256 Web Crypto key generated on first use as
 *   non-extractable (no code, Jalon's included, can read its bytes; it can
 *   only be used to sign and verify in this browser profile) and kept in a
 *   database of its own, apart from the data, as a CryptoKey (structured
 *   clone keeps it non-extractable).
 * - Desktop: the main process keeps the installation's secret encrypted with
 *   Electron's safeStorage and hands the seal key over the IPC contract
 *   (`takeSealKeyFromDesktop`); it is imported here as a non-extractable key and
 *   its bytes wiped. If the main process cannot give it (no safeStorage), a
 *   seal cannot be made or checked and the caller is told: never a key in
 *   the clear, never a silent fallback.
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
let desktopSource: (() => Promise<Result<Uint8Array>>) | null = null;

/** Desktop: the seal key comes from the main process (safeStorage), not from this profile's key database. */
export function takeSealKeyFromDesktop(source: () => Promise<Result<Uint8Array>>): void {
  desktopSource = source;
  cached = null;
}

/**
 * A non-extractable Web Crypto key of this profile, stored under `name` in
 * the key database (apart from the data), generated on first use.
 */
export async function storedWebKey(name: string, generate: () => Promise<CryptoKey>): Promise<CryptoKey> {
  const database = await openKeys();
  try {
    const existing = await request(() => database.transaction(STORE).objectStore(STORE).get(name) as IDBRequest<CryptoKey | undefined>);
    if (existing) return existing;
    const created = await generate();
    // `add` fails if another window stored one meanwhile: then that one is the key.
    try {
      await request(() => database.transaction(STORE, 'readwrite').objectStore(STORE).add(created, name));
      return created;
    } catch {
      return (await request(() => database.transaction(STORE).objectStore(STORE).get(name) as IDBRequest<CryptoKey>))!;
    }
  } finally {
    database.close();
  }
}

async function loadOrCreate(): Promise<CryptoKey> {
  if (desktopSource) {
    const answer = await desktopSource();
    // No key (no safeStorage): what needed the seal fails with the platform's code, told in French where it answers.
    if (!answer.ok) throw new CodedFailure('platform-failed');
    const raw = answer.value;
    try {
      return await crypto.subtle.importKey('raw', new Uint8Array(raw), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
    } finally {
      raw.fill(0);
    }
  }
  return storedWebKey(SEAL_KEY, () => crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']));
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
