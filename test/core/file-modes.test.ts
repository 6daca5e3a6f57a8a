/**
 * The data folder is the seller's alone: after a start (fresh, or over files an older version left
 * world-readable) the folder is 0700 and every file in it 0600; a folder that cannot be made private
 * stops the start with the reason.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHost } from '../../electron/host';
import { createConfBackend } from '../../electron/settings/conf-backend';
import { startWebHost } from '../../electron/web/web-host';
import { tempDir } from '../helpers/temp-dir';

const FILES = ['mostrador.sqlite', 'mostrador.sqlite-wal', 'mostrador.sqlite-shm', 'settings.json', 'vault.key', 'host.json'];

function modes(dataDir: string): Record<string, string> {
  const entries = [['.', dataDir], ...FILES.map((name) => [name, path.join(dataDir, name)])] as Array<[string, string]>;
  return Object.fromEntries(entries.map(([name, file]) => [name, fs.existsSync(file) ? (fs.statSync(file).mode & 0o777).toString(8) : 'missing']));
}

const EXPECTED = Object.fromEntries([['.', '700'], ...FILES.map((name) => [name, '600'])]);

/** Starts the app in the folder as browser mode does, writes something (so the WAL exists), and reads the modes. */
async function startAndReadModes(dataDir: string): Promise<Record<string, string>> {
  const rendererDir = tempDir('renderer-');
  const host = createHost({ mode: 'browser', settingsBackend: createConfBackend, env: { MOSTRADOR_DATA_DIR: dataDir }, log: () => undefined });
  const web = await startWebHost({ dispatch: host.dispatch, events: host.events, rendererDir, dataDir });
  try {
    const saved = await host.dispatch('settings.set', { syncIntervalMinutes: 5 });
    expect(saved.ok).toBe(true);
    host.vault.set('probe', 'value');
    return modes(dataDir);
  } finally {
    await web.close();
    host.close();
  }
}

describe.skipIf(process.platform === 'win32')('data folder modes', () => {
  it('a fresh data folder is 0700 and every file in it 0600, whatever the umask', async () => {
    const previous = process.umask(0o022);
    try {
      const dataDir = path.join(tempDir(), 'Mostrador');
      expect(await startAndReadModes(dataDir)).toEqual(EXPECTED);
    } finally {
      process.umask(previous);
    }
  });

  it('a folder and files an older version left readable by others are tightened on start', async () => {
    const dataDir = tempDir();
    // First launch as an older version would have left things: everything readable by everyone.
    await startAndReadModes(dataDir);
    fs.writeFileSync(path.join(dataDir, 'host.json'), '{}');
    fs.writeFileSync(path.join(dataDir, 'mostrador.sqlite-wal'), '');
    fs.writeFileSync(path.join(dataDir, 'mostrador.sqlite-shm'), '');
    for (const name of FILES) fs.chmodSync(path.join(dataDir, name), 0o644);
    fs.chmodSync(dataDir, 0o755);
    expect(await startAndReadModes(dataDir)).toEqual(EXPECTED);
  });

  it.skipIf(process.platform !== 'linux')('a folder that cannot be made private stops the start with the reason', () => {
    // /proc/self/fd exists and refuses chmod, even for root.
    expect(() => createHost({ mode: 'browser', settingsBackend: createConfBackend, env: { MOSTRADOR_DATA_DIR: '/proc/self/fd' }, log: () => undefined })).toThrow(
      /data folder \/proc\/self\/fd cannot be made private to you \(EPERM\)/,
    );
  });
});
