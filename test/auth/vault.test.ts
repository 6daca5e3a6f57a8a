import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/db/database';
import { createKeyFileCipher, KEY_FILE } from '../../electron/vault/key-file-cipher';
import { createVault } from '../../electron/vault/vault';
import { tempDir } from '../helpers/temp-dir';

describe('vault (plain Node: AES-256-GCM with a key file)', () => {
  it('stores secrets encrypted: the database file never holds them in clear text', () => {
    const dir = tempDir();
    const file = path.join(dir, 'db.sqlite');
    const db = openDatabase(file);
    const vault = createVault(db, createKeyFileCipher(dir));
    const secret = 'APP_USR-1234567890-abcdef-SECRET-TOKEN';
    vault.set('account:1:tokens', JSON.stringify({ accessToken: secret }));
    expect(JSON.parse(vault.get('account:1:tokens') ?? '{}').accessToken).toBe(secret);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    for (const name of fs.readdirSync(dir)) {
      expect(fs.readFileSync(path.join(dir, name)).includes(Buffer.from(secret)), name).toBe(false);
    }
  });

  it('keeps its key in a file only the seller can read, reused across launches', () => {
    const dir = tempDir();
    const db = openDatabase(path.join(dir, 'db.sqlite'));
    createVault(db, createKeyFileCipher(dir)).set('k', 'value');
    if (process.platform !== 'win32') expect(fs.statSync(path.join(dir, KEY_FILE)).mode & 0o077).toBe(0);
    expect(createVault(db, createKeyFileCipher(dir)).get('k')).toBe('value');
    db.close();
  });

  it('refuses ciphertext that was tampered with, and a different key', () => {
    const dir = tempDir();
    const db = openDatabase(path.join(dir, 'db.sqlite'));
    const vault = createVault(db, createKeyFileCipher(dir));
    vault.set('k', 'value');
    const row = db.prepare("SELECT ciphertext FROM secrets WHERE key = 'k'").get() as { ciphertext: Buffer };
    row.ciphertext.writeUInt8(row.ciphertext.readUInt8(row.ciphertext.length - 1) ^ 0xff, row.ciphertext.length - 1);
    db.prepare("UPDATE secrets SET ciphertext = ? WHERE key = 'k'").run(row.ciphertext);
    expect(() => vault.get('k')).toThrow();
    vault.set('k', 'value');
    const other = tempDir();
    expect(() => createVault(db, createKeyFileCipher(other)).get('k')).toThrow();
    db.close();
  });

  it('deletes one account’s secrets by prefix and leaves the others', () => {
    const dir = tempDir();
    const db = openDatabase(path.join(dir, 'db.sqlite'));
    const vault = createVault(db, createKeyFileCipher(dir));
    vault.set('account:1:tokens', 'a');
    vault.set('account:12:tokens', 'b');
    vault.set('app:client_secret', 'c');
    vault.deletePrefix('account:1:');
    expect(vault.get('account:1:tokens')).toBeNull();
    expect(vault.get('account:12:tokens')).toBe('b');
    expect(vault.get('app:client_secret')).toBe('c');
    db.close();
  });
});
