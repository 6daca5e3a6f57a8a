/**
 * The desktop vault cipher: Electron's safeStorage (Keychain on macOS, DPAPI on Windows, libsecret on
 * Linux). Linux's `basic_text` backend encrypts with a hard-coded key, so it counts as unavailable:
 * then the key-file cipher is used and the UI says tokens are less protected.
 */
import { safeStorage } from 'electron';
import { createKeyFileCipher } from '../vault/key-file-cipher';
import type { Cipher } from '../vault/vault';

export function osProtectionAvailable(platform: NodeJS.Platform = process.platform): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false;
  return platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text';
}

export function createDesktopCipher(dataDir: string): Cipher {
  if (!osProtectionAvailable()) return createKeyFileCipher(dataDir);
  return {
    protection: 'os',
    encrypt: (plain) => safeStorage.encryptString(plain.toString('utf8')),
    decrypt: (sealed) => Buffer.from(safeStorage.decryptString(sealed), 'utf8'),
  };
}
