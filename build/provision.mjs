// Makes sure the programs the test suites drive are present. On a Debian machine as root it installs
// what is missing with apt-get and says so; elsewhere it names exactly what to install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;
}

function canApt() {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

let aptUpdated = false;
function aptInstall(packages, log) {
  log(`Installing ${packages.join(', ')} with apt-get (needed by the tests)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    if (update.status !== 0) return false;
    aptUpdated = true;
  }
  const install = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
  return install.status === 0;
}

export function provision({ needChromium = true, log = console.log } = {}) {
  let chromium = findChromium();
  if (needChromium && !chromium) {
    if (canApt() && aptInstall(['chromium', 'fonts-dejavu-core'], log)) chromium = findChromium();
    if (!chromium) {
      log('✘ Chromium is needed for the end-to-end tests. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH.');
      return { ok: false, chromium: null };
    }
  }
  return { ok: true, chromium };
}
