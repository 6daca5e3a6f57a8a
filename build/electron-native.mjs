// The better-sqlite3 binary for Electron's ABI (Electron embeds its own Node, so the Node build in
// node_modules/better-sqlite3/build cannot load there). Built on demand by `npm start` — never in
// postinstall — from a copy of better-sqlite3's sources, so the Node build used by tests and browser
// mode is never touched. Output: dist/native/electron-<version>/better_sqlite3.node (the path
// electron/shell/native-binding.ts loads).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';
const BUILD_TIMEOUT_MS = 10 * 60_000;

/** A failure with a one-line message fit to show after "Desktop app unavailable: ". */
export class ElectronNativeError extends Error {
  name = 'ElectronNativeError';
}

export function electronNativeBindingPath(root, electronVersion) {
  return path.join(root, 'dist', 'native', `electron-${electronVersion}`, 'better_sqlite3.node');
}

/** The installed Electron's version, from its package.json (readable even when the binary is missing). */
export function installedElectronVersion(root) {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;
  } catch {
    throw new ElectronNativeError('the electron package is not installed (run npm install)');
  }
}

/** node-gyp: npm's setting when run from a script, a local install, or the copy bundled with npm. */
export function findNodeGyp({ root, env = process.env, execPath = process.execPath } = {}) {
  const candidates = [
    env.npm_config_node_gyp,
    resolveFrom(root, 'node-gyp/bin/node-gyp.js'),
    path.join(path.dirname(execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    path.join(path.dirname(execPath), 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  return candidates.find((candidate) => candidate && fs.existsSync(candidate)) ?? null;
}

/**
 * Returns the binary's path, building it first when it is missing. Throws ElectronNativeError with a
 * one-line reason when it cannot (no compiler, no network for Electron's headers, …).
 */
export async function ensureElectronNative({
  root,
  electronVersion = installedElectronVersion(root),
  env = process.env,
  log = () => {},
  timeoutMs = BUILD_TIMEOUT_MS,
  nodeGyp = findNodeGyp({ root, env }),
  // Packaging builds for each installer's CPU into its own folder (build/before-pack.mjs).
  arch = process.arch,
  target = electronNativeBindingPath(root, electronVersion),
} = {}) {
  if (fs.existsSync(target)) return target;
  if (!nodeGyp) throw new ElectronNativeError('node-gyp was not found, so the SQLite module for Electron cannot be built');
  const sources = path.join(root, 'node_modules', 'better-sqlite3');
  if (!fs.existsSync(path.join(sources, 'binding.gyp'))) {
    throw new ElectronNativeError('better-sqlite3 is not installed (run npm install)');
  }

  // A private copy per process: the Node build stays untouched and two starts cannot collide.
  const work = path.join(root, 'dist', 'native', `.build-electron-${electronVersion}-${arch}-${process.pid}`);
  fs.rmSync(work, { recursive: true, force: true });
  fs.cpSync(sources, work, {
    recursive: true,
    filter: (source) => !['build', 'node_modules'].includes(path.relative(sources, source).split(path.sep)[0]),
  });
  log(`Building the SQLite module for Electron ${electronVersion} (once)…`);
  try {
    const args = [
      nodeGyp,
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      `--dist-url=${ELECTRON_HEADERS_URL}`,
      '--runtime=electron',
      `--arch=${arch}`,
    ];
    const result = await run(process.execPath, args, { cwd: work, env, timeoutMs });
    if (result.timedOut) throw new ElectronNativeError(`building the SQLite module for Electron ${electronVersion} took too long`);
    if (result.code !== 0) throw new ElectronNativeError(summarizeBuildFailure(result.output, electronVersion));
    const built = path.join(work, 'build', 'Release', 'better_sqlite3.node');
    if (!fs.existsSync(built)) throw new ElectronNativeError('the SQLite module build for Electron produced no binary');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    // Copy then rename, so a half-written binary is never found at the final path.
    fs.copyFileSync(built, `${target}.tmp`);
    fs.renameSync(`${target}.tmp`, target);
    return target;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Turns node-gyp's many lines of output into the one line a person needs. */
export function summarizeBuildFailure(output, electronVersion) {
  if (/network connectivity|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|getaddrinfo|fetch failed|socket hang up|40[34] (status|response)|status code 40[34]/i.test(output)) {
    return `the Electron ${electronVersion} headers could not be downloaded from electronjs.org, so the SQLite module for Electron could not be built`;
  }
  if (/Could not find any Python|not found: (make|g\+\+|c\+\+|cc)|Could not find any Visual Studio|xcrun: error|No Xcode/i.test(output)) {
    return 'a C++ build toolchain (python3, make, a C++ compiler) is needed to build the SQLite module for Electron';
  }
  const detail = output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^gyp ERR! stack Error:|error:/i.test(line))
    .at(0);
  return `the SQLite module for Electron ${electronVersion} could not be built${detail ? ` (${detail.replace(/^gyp ERR! stack /, '').slice(0, 160)})` : ''}`;
}

function resolveFrom(root, request) {
  try {
    return createRequire(path.join(root, 'package.json')).resolve(request);
  } catch {
    return null;
  }
}

function run(command, args, { cwd, env, timeoutMs }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let timedOut = false;
    const keep = (chunk) => {
      // The tail is what explains a failure; keep memory bounded on a long compile.
      output = (output + chunk.toString()).slice(-64_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: -1, output: `${output}\n${error.message}`, timedOut });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, output, timedOut });
    });
  });
}
