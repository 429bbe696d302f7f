import { describe, expect, it, vi } from 'vitest';
import { createInstallationKeys, createSafetyCipher, InstallationKeyError, type KeyFileFs, type SafeStorageLike } from './installation-keys';

/** safeStorage faked: reversible, never the plain text; `available` as the OS says. */
function fakeSafeStorage(available = true): SafeStorageLike & { available: boolean } {
  const fake = {
    available,
    isEncryptionAvailable: () => fake.available,
    encryptString: (text: string) => Buffer.from(`os:${Buffer.from(text).toString('hex')}`),
    decryptString: (data: Buffer) => {
      const text = data.toString();
      if (!text.startsWith('os:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return Buffer.from(text.slice(3), 'hex').toString();
    },
  };
  return fake;
}

function memoryFs(): KeyFileFs & { files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  return {
    files,
    read: async (file) => files.get(file) ?? null,
    create: async (file, data) => {
      if (files.has(file)) throw new Error('EEXIST');
      files.set(file, data);
    },
  };
}

const secret = new Uint8Array(32).map((_, index) => index + 1);

describe('the installation keys (desktop, main process)', () => {
  it('creates the secret once, stores it only encrypted by safeStorage, and derives the same keys on the next launch', async () => {
    const fs = memoryFs();
    const storage = fakeSafeStorage();
    const keys = createInstallationKeys('/data/installation-key.bin', storage, fs, () => secret);
    const seal = await keys.sealKey();
    const safety = await keys.safetyKey();
    expect(seal).toHaveLength(32);
    expect(safety).toHaveLength(32);
    expect(Buffer.from(seal).equals(Buffer.from(safety))).toBe(false);
    const stored = Buffer.from(fs.files.get('/data/installation-key.bin')!).toString();
    expect(stored.startsWith('os:')).toBe(true);
    expect(stored).not.toContain(Buffer.from(secret).toString('base64'));
    // The next launch reads the same file: same keys, no new secret.
    const random = vi.fn(() => new Uint8Array(32));
    const again = createInstallationKeys('/data/installation-key.bin', storage, fs, random);
    expect(await again.sealKey()).toEqual(seal);
    expect(await again.safetyKey()).toEqual(safety);
    expect(random).not.toHaveBeenCalled();
  });

  it('refuses to create a key in the clear when safeStorage is not available', async () => {
    const fs = memoryFs();
    const keys = createInstallationKeys('/k', fakeSafeStorage(false), fs, () => secret);
    await expect(keys.sealKey()).rejects.toBeInstanceOf(InstallationKeyError);
    expect(fs.files.size).toBe(0);
  });

  it('never replaces a key file it cannot open (every seal would be lost): it says so', async () => {
    const fs = memoryFs();
    fs.files.set('/k', new TextEncoder().encode('not from this account'));
    const keys = createInstallationKeys('/k', fakeSafeStorage(), fs, () => secret);
    await expect(keys.sealKey()).rejects.toThrow('cannot be decrypted');
    expect(new TextDecoder().decode(fs.files.get('/k'))).toBe('not from this account');
    fs.files.set('/k', Buffer.from(`os:${Buffer.from('c2hvcnQ=').toString('hex')}`));
    await expect(createInstallationKeys('/k', fakeSafeStorage(), fs).sealKey()).rejects.toThrow('damaged');
  });

  it('two processes creating it at once end up with one secret', async () => {
    const fs = memoryFs();
    const storage = fakeSafeStorage();
    const other = new Uint8Array(32).fill(9);
    const first = createInstallationKeys('/k', storage, fs, () => secret);
    const second = createInstallationKeys('/k', storage, fs, () => other);
    const [a, b] = await Promise.all([first.sealKey(), second.sealKey()]);
    expect(b).toEqual(a);
  });
});

describe('the safety copies cipher', () => {
  const key = async () => new Uint8Array(32).fill(3);
  it('encrypts with AES-256-GCM (the plain text nowhere in the file), and opens what it sealed', async () => {
    const cipher = createSafetyCipher(key);
    const plain = new TextEncoder().encode('JALONBK1 Léa Dubois-Effacée ZX-98765');
    const sealed = await cipher.seal(plain);
    expect(Buffer.from(sealed).toString('latin1')).not.toContain('Dubois');
    expect(await cipher.open(sealed)).toEqual(plain);
  });

  it('refuses a copy changed on disk (the GCM tag), and reads a copy written before encryption as it is', async () => {
    const cipher = createSafetyCipher(key);
    const sealed = await cipher.seal(new TextEncoder().encode('JALONBK1 data'));
    sealed[20] = sealed[20]! ^ 1;
    await expect(cipher.open(sealed)).rejects.toThrow();
    const old = new TextEncoder().encode('JALONBK1 old plain copy');
    expect(await cipher.open(old)).toEqual(old);
    await expect(createSafetyCipher(async () => new Uint8Array(32).fill(4)).open(await cipher.seal(old))).rejects.toThrow();
  });
});
