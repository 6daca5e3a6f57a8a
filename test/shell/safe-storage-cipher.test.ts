import { beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../helpers/temp-dir';

const safeStorage = {
  available: true,
  backend: 'gnome_libsecret',
  isEncryptionAvailable: () => safeStorage.available,
  getSelectedStorageBackend: () => safeStorage.backend,
  encryptString: (text: string) => Buffer.from(`os:${text}`),
  decryptString: (sealed: Buffer) => sealed.toString().slice(3),
};
vi.mock('electron', () => ({ safeStorage, default: { safeStorage } }));

const { createDesktopCipher, osProtectionAvailable } = await import('../../electron/shell/safe-storage-cipher');

describe('desktop vault cipher', () => {
  beforeEach(() => {
    safeStorage.available = true;
    safeStorage.backend = 'gnome_libsecret';
  });

  it("uses the OS keychain through safeStorage when it is really available", () => {
    const cipher = createDesktopCipher(tempDir());
    expect(cipher.protection).toBe('os');
    const sealed = cipher.encrypt(Buffer.from('APP_USR-token'));
    expect(sealed.toString()).toBe('os:APP_USR-token');
    expect(cipher.decrypt(sealed).toString()).toBe('APP_USR-token');
  });

  it("treats Linux's basic_text backend as unavailable and falls back to the key file (weaker, and said so)", () => {
    safeStorage.backend = 'basic_text';
    expect(osProtectionAvailable('linux')).toBe(false);
    expect(osProtectionAvailable('darwin')).toBe(true);
    const cipher = createDesktopCipher(tempDir());
    expect(cipher.protection).toBe('key_file');
    expect(cipher.encrypt(Buffer.from('APP_USR-token')).includes(Buffer.from('APP_USR-token'))).toBe(false);
  });

  it('falls back when encryption is not available at all', () => {
    safeStorage.available = false;
    expect(createDesktopCipher(tempDir()).protection).toBe('key_file');
  });
});
