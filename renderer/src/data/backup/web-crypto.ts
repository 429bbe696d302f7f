/** Web Crypto helpers for backups: PBKDF2-SHA256 → AES-GCM (256 bits), SHA-256. */

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A slow key derivation: each guess at the passphrase costs as much. */
async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** `additionalData`: authenticated with the ciphertext, not encrypted (the backup's header). */
export async function encrypt(
  plain: Uint8Array<ArrayBuffer>,
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iv: Uint8Array<ArrayBuffer>,
  iterations: number,
  additionalData?: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const key = await deriveKey(passphrase, salt, iterations);
  return new Uint8Array(await crypto.subtle.encrypt(gcm(iv, additionalData), key, plain));
}

const gcm = (iv: Uint8Array<ArrayBuffer>, additionalData?: string): AesGcmParams =>
  additionalData === undefined ? { name: 'AES-GCM', iv } : { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(additionalData) };

/** Decrypts; `null` when the passphrase is wrong or the bytes (or the additional data) were altered: AES-GCM authenticates them. */
export async function decrypt(
  cipher: Uint8Array<ArrayBuffer>,
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iv: Uint8Array<ArrayBuffer>,
  iterations: number,
  additionalData?: string,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const key = await deriveKey(passphrase, salt, iterations);
  try {
    return new Uint8Array(await crypto.subtle.decrypt(gcm(iv, additionalData), key, cipher));
  } catch {
    return null;
  }
}
