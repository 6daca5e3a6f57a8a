// The test command: provisions what the suites need (Chromium for end-to-end tests), then runs
// type-check, lint, build, unit/integration tests (vitest) and end-to-end tests (Playwright), and ends
// with one count line. Usage: node build/test.mjs [--skip-e2e]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { provision } from './provision.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const results = path.join(root, 'test-results');
const skipE2e = process.argv.includes('--skip-e2e');
const started = Date.now();

function run(title, command, args, env = {}) {
  console.log(`\n── ${title} ──`);
  const stepStarted = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - stepStarted) / 1000).toFixed(1);
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${title} (${seconds} s)`);
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const checks = {};
const provisioned = provision({ needChromium: !skipE2e, log: (line) => console.log(line) });
checks.provision = provisioned.ok;
checks.typecheck =
  run('Type-check (main, shared, tests)', bin('tsc'), ['-p', 'tsconfig.json']) &&
  run('Type-check (renderer)', bin('tsc'), ['-p', 'tsconfig.web.json']);
checks.lint = run('Lint', bin('eslint'), ['--max-warnings=0', '.']);
checks.build = run('Build', process.execPath, [path.join(root, 'build/build.mjs')]);

const unitFile = path.join(results, 'unit.json');
run('Unit and integration tests (vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${unitFile}`,
]);
const unit = readJson(unitFile);

let e2e = null;
if (!skipE2e && checks.build && provisioned.ok) {
  run('End-to-end tests (Playwright, Chromium)', bin('playwright'), ['test'], { CHROMIUM_PATH: provisioned.chromium ?? '' });
  e2e = readJson(path.join(results, 'e2e.json'));
}

const counts = { passed: 0, failed: 0, skipped: 0 };
if (unit) {
  counts.passed += unit.numPassedTests ?? 0;
  counts.failed += (unit.numFailedTests ?? 0) + (unit.success === false && !unit.numFailedTests ? 1 : 0);
  counts.skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
} else {
  counts.failed += 1;
  console.log('✘ The unit test run produced no results.');
}
if (!skipE2e) {
  if (e2e?.stats) {
    counts.passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
    counts.failed += e2e.stats.unexpected ?? 0;
    counts.skipped += e2e.stats.skipped ?? 0;
    if ((e2e.errors ?? []).length > 0) counts.failed += e2e.errors.length;
  } else {
    counts.failed += 1;
    console.log('✘ The end-to-end run produced no results.');
  }
}

const failedChecks = Object.entries(checks).filter(([, ok]) => !ok).map(([name]) => name);
const ok = counts.failed === 0 && failedChecks.length === 0;
const minutes = ((Date.now() - started) / 1000).toFixed(0);
console.log(
  `\n${ok ? 'PASS' : 'FAIL'}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped` +
    `${failedChecks.length ? `; failed checks: ${failedChecks.join(', ')}` : '; type-check, lint and build ok'} (${minutes} s)` +
    (skipE2e ? ' — end-to-end tests skipped' : ''),
);
process.exit(ok ? 0 : 1);
