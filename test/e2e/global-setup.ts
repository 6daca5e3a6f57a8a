/**
 * Before the suite: make sure Chromium is where the config says, and that dist/ holds a renderer built
 * from the current source (rebuilt only when a source file is newer, so runs sharing a checkout do not
 * wipe each other's dist/renderer mid-test). The main-process bundle is built only when missing:
 * `npm test` builds everything first, and a half-finished service elsewhere in the tree should not stop
 * the UI suite from running against the last good host.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export default function globalSetup(): void {
  const chromium = process.env.CHROMIUM_PATH || process.env.MOSTRADOR_CHROMIUM || '/usr/bin/chromium';
  if (!fs.existsSync(chromium)) {
    throw new Error(`Chromium not found at ${chromium}. On Debian: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }
  const hostMissing = !fs.existsSync(path.join(ROOT, 'dist/main/web.mjs'));
  const rendererStale = builtAt(path.join(ROOT, 'dist/renderer/index.html')) < newestSource();
  if (!hostMissing && !rendererStale) return;
  const args = [path.join(ROOT, 'build/build.mjs'), ...(hostMissing ? [] : ['--renderer-only'])];
  const build = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) {
    throw new Error(`The build failed before the end-to-end tests:\n${build.stdout}\n${build.stderr}`);
  }
}

function builtAt(file: string): number {
  return fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
}

/** The newest modification time among the files the renderer bundle is made from. */
function newestSource(): number {
  let newest = builtAt(path.join(ROOT, 'vite.config.ts'));
  for (const folder of ['renderer', 'shared']) {
    for (const entry of fs.readdirSync(path.join(ROOT, folder), { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) newest = Math.max(newest, builtAt(path.join(entry.parentPath, entry.name)));
    }
  }
  return newest;
}
