/**
 * Before the suite: make sure Chromium is where the config says, and build the renderer so the tests
 * drive the current UI source, not a stale dist/ (a couple of seconds). The main-process bundle is built
 * only when missing: `npm test` builds everything first, and a half-finished service elsewhere in the
 * tree should not stop the UI suite from running against the last good host.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export default function globalSetup(): void {
  const chromium = process.env.MOSTRADOR_CHROMIUM ?? '/usr/bin/chromium';
  if (!fs.existsSync(chromium)) {
    throw new Error(`Chromium not found at ${chromium}. On Debian: apt-get install -y chromium (or set MOSTRADOR_CHROMIUM).`);
  }
  const root = path.resolve(import.meta.dirname, '../..');
  const hostMissing = !fs.existsSync(path.join(root, 'dist/main/web.mjs'));
  const args = [path.join(root, 'build/build.mjs'), ...(hostMissing ? [] : ['--renderer-only'])];
  const build = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) {
    throw new Error(`The build failed before the end-to-end tests:\n${build.stdout}\n${build.stderr}`);
  }
}
