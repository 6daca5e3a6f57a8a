/**
 * The secret vault: tokens and the app secret, encrypted before they touch the disk. Ciphertext lives
 * in the `secrets` table so that storing a rotated token pair is one durable SQLite transaction.
 * The cipher is pluggable: Electron's safeStorage in the desktop shell, AES-256-GCM with a key file
 * under plain Node (weaker: the key sits beside the data, protected only by file permissions).
 */
import type { Database } from 'better-sqlite3';

export type VaultProtection = 'os' | 'key_file';

export interface Cipher {
  readonly protection: VaultProtection;
  encrypt(plain: Buffer): Buffer;
  decrypt(sealed: Buffer): Buffer;
}

export interface Vault {
  readonly protection: VaultProtection;
  get(key: string): string | null;
  set(key: string, value: string): void;
  delete(key: string): void;
  /** Deletes every secret whose key starts with the prefix (e.g. all of one account). */
  deletePrefix(prefix: string): void;
}

export function createVault(db: Database, cipher: Cipher): Vault {
  const select = db.prepare<[string], { ciphertext: Buffer }>('SELECT ciphertext FROM secrets WHERE key = ?');
  const upsert = db.prepare(
    'INSERT INTO secrets (key, ciphertext, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET ciphertext = excluded.ciphertext, updated_at = excluded.updated_at',
  );
  const remove = db.prepare('DELETE FROM secrets WHERE key = ?');
  const removePrefix = db.prepare("DELETE FROM secrets WHERE substr(key, 1, length(?)) = ?");
  return {
    protection: cipher.protection,
    get(key) {
      const row = select.get(key);
      return row ? cipher.decrypt(row.ciphertext).toString('utf8') : null;
    },
    set(key, value) {
      upsert.run(key, cipher.encrypt(Buffer.from(value, 'utf8')), new Date().toISOString());
    },
    delete(key) {
      remove.run(key);
    },
    deletePrefix(prefix) {
      removePrefix.run(prefix, prefix);
    },
  };
}
