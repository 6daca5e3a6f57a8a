/**
 * AES-256-GCM with a random key kept in a 0600 file in the data directory: the plain-Node cipher
 * (browser mode, tests). It keeps secrets out of the database and logs in clear text, but anyone who
 * can read the seller's files can read the key, so the UI calls it weaker protection.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { restrictFile } from '../core/file-modes';
import type { Cipher } from './vault';

export const KEY_FILE = 'vault.key';
const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export function createKeyFileCipher(dataDir: string): Cipher {
  const key = loadOrCreateKey(path.join(dataDir, KEY_FILE));
  return {
    protection: 'key_file',
    encrypt(plain) {
      const iv = crypto.randomBytes(IV_BYTES);
      const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain), cipher.final()]);
      return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
    },
    decrypt(sealed) {
      if (sealed[0] !== VERSION) throw new Error('Unknown secret format');
      const iv = sealed.subarray(1, 1 + IV_BYTES);
      const tag = sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
      const decipher = crypto.createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(sealed.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]);
    },
  };
}

function loadOrCreateKey(file: string): Buffer {
  try {
    // A key file copied or restored with looser permissions is tightened before it is read.
    restrictFile(file);
    const key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
    if (key.length === 32) return key;
    throw new Error('The vault key file is damaged; saved sign-ins cannot be read.');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const key = crypto.randomBytes(32);
  // 'wx' fails if another process created the file meanwhile; then use theirs.
  try {
    fs.writeFileSync(file, key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return loadOrCreateKey(file);
    throw error;
  }
}
