import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** The parts of Electron's `safeStorage` used here (the OS keychain, DPAPI or libsecret protects what it encrypts). */
export type SafeStorageLike = {
  isEncryptionAvailable: () => boolean;
  encryptString: (plainText: string) => Buffer;
  decryptString: (encrypted: Buffer) => string;
};

export type KeyFileFs = {
  /** The file's bytes, or `null` when it does not exist. */
  read: (file: string) => Promise<Uint8Array | null>;
  /** Writes a new file; fails if one exists (another process created it first). */
  create: (file: string, data: Uint8Array) => Promise<void>;
};

/** The installation's secret could not be had: no OS protection for it, or its file cannot be opened with this account's. */
export class InstallationKeyError extends Error {
  override readonly name = 'InstallationKeyError';
}

const SECRET_BYTES = 32;

/**
 * The per-installation secret of the desktop app: 32 random bytes, kept in a
 * file of userData encrypted with Electron's `safeStorage` (never in the
 * clear on disk). Two keys are derived from it (HKDF-SHA-256): one for the
 * seal's HMACs, handed to the renderer through the IPC contract, and one
 * for the safety copies, which never leaves the main process.
 *
 * A key file that no longer decrypts is never replaced silently (every seal
 * and every safety copy would be lost with it): the caller is told.
 */
export function createInstallationKeys(file: string, safeStorage: SafeStorageLike, fs: KeyFileFs, random: (size: number) => Uint8Array = randomBytes) {
  let secret: Promise<Uint8Array> | null = null;

  async function load(): Promise<Uint8Array> {
    const existing = await fs.read(file);
    if (existing) return open(existing);
    if (!safeStorage.isEncryptionAvailable()) throw new InstallationKeyError('safeStorage is not available: no protected key can be created.');
    const fresh = random(SECRET_BYTES);
    try {
      await fs.create(file, safeStorage.encryptString(Buffer.from(fresh).toString('base64')));
      return fresh;
    } catch {
      // Created meanwhile by another process: that one is the secret.
      const written = await fs.read(file);
      if (!written) throw new InstallationKeyError('The key file could not be written.');
      return open(written);
    }
  }

  function open(bytes: Uint8Array): Uint8Array {
    if (!safeStorage.isEncryptionAvailable()) throw new InstallationKeyError('safeStorage is not available: the key file cannot be opened.');
    let text: string;
    try {
      text = safeStorage.decryptString(Buffer.from(bytes));
    } catch {
      throw new InstallationKeyError('The key file cannot be decrypted by this account.');
    }
    const decoded = Buffer.from(text, 'base64');
    if (decoded.length !== SECRET_BYTES || decoded.toString('base64') !== text) throw new InstallationKeyError('The key file is damaged.');
    return new Uint8Array(decoded);
  }

  const secretBytes = () => {
    secret ??= load().catch((error: unknown) => {
      secret = null;
      throw error;
    });
    return secret;
  };
  const derive = async (info: string) => new Uint8Array(hkdfSync('sha256', await secretBytes(), new Uint8Array(0), info, 32));

  return {
    /** The HMAC-SHA-256 key of the seal (the renderer imports it as a non-extractable Web Crypto key). */
    sealKey: () => derive('jalon/seal-hmac/1'),
    /** The AES-256-GCM key of the safety copies (main process only). */
    safetyKey: () => derive('jalon/safety-aes-gcm/1'),
  };
}

/** A safety copy encrypted at rest: the magic, a 12-byte IV, then AES-256-GCM ciphertext and its 16-byte tag. */
const MAGIC = Buffer.from('JALONSC1');

export type SafetyCipher = { seal: (bytes: Uint8Array) => Promise<Uint8Array>; open: (bytes: Uint8Array) => Promise<Uint8Array> };

/** Encrypts safety copies with `key()`; opens them (a copy written before encryption existed is read as it is). */
export function createSafetyCipher(key: () => Promise<Uint8Array>): SafetyCipher {
  return {
    async seal(bytes) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', await key(), iv);
      const body = Buffer.concat([cipher.update(bytes), cipher.final()]);
      return new Uint8Array(Buffer.concat([MAGIC, iv, body, cipher.getAuthTag()]));
    },
    async open(bytes) {
      const data = Buffer.from(bytes);
      if (!data.subarray(0, MAGIC.length).equals(MAGIC)) return bytes;
      const iv = data.subarray(MAGIC.length, MAGIC.length + 12);
      const tag = data.subarray(data.length - 16);
      const decipher = createDecipheriv('aes-256-gcm', await key(), iv);
      decipher.setAuthTag(tag);
      return new Uint8Array(Buffer.concat([decipher.update(data.subarray(MAGIC.length + 12, data.length - 16)), decipher.final()]));
    },
  };
}
