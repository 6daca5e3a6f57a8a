/**
 * Before the suite: check Chromium is where the config says, then give this run its own copy of the app
 * — the renderer built from the current source straight into a private folder, beside a copy of the
 * browser-mode host — so another build in the same checkout (a teammate's run, `npm start`) can never
 * empty dist/renderer under a test. The host finds the renderer next to itself (../renderer), and the
 * copy lives under node_modules/.cache so the host still resolves its native modules. The main-process
 * bundle is built only when missing: `npm test` builds everything first, and a half-finished service
 * elsewhere in the tree should not stop the UI suite from running against the last good host.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CACHE = path.join(ROOT, 'node_modules/.cache/mostrador-e2e');

export default function globalSetup(): () => void {
  const chromium = process.env.CHROMIUM_PATH || process.env.MOSTRADOR_CHROMIUM || '/usr/bin/chromium';
  if (!fs.existsSync(chromium)) {
    throw new Error(`Chromium not found at ${chromium}. On Debian: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }
  // The main bundle is rebuilt every run (esbuild takes a second or two): a stale one from an earlier
  // checkout would test yesterday's host against today's renderer.
  const hostBundle = path.join(ROOT, 'dist/main/web.mjs');
  run([path.join(ROOT, 'build/build.mjs'), '--main-only']);

  const runDir = path.join(CACHE, `run-${process.pid}-${Date.now()}`);
  fs.mkdirSync(path.join(runDir, 'main'), { recursive: true });
  fs.copyFileSync(hostBundle, path.join(runDir, 'main/web.mjs'));
  run([path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn', '--outDir', path.join(runDir, 'renderer')]);
  process.env.MOSTRADOR_E2E_WEB_ENTRY = path.join(runDir, 'main/web.mjs'); // Inherited by the workers.

  return () => fs.rmSync(runDir, { recursive: true, force: true });
}

function run(args: string[]): void {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`The build failed before the end-to-end tests:\n${result.stdout}\n${result.stderr}`);
  }
}
