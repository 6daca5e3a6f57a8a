// Starts the desktop app for `npm start` (build/start.mjs), or says in one line why it cannot, so the
// caller can fall back to browser mode: the Electron runtime missing (it could not be downloaded), no
// display, the app not built, the SQLite module for Electron not buildable, or Electron exiting at start.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ElectronNativeError, ensureElectronNative } from './electron-native.mjs';

/** Printed by the main process once the window is shown (electron/shell/ready-signal.ts; a test keeps them equal). */
export const SHELL_READY_LINE = 'Mostrador desktop window is ready';

const ELECTRON_PACKAGE = 'electron';
const RESOLVE_TIMEOUT_MS = 120_000; // loading the electron package downloads its runtime when it is missing
const READY_TIMEOUT_MS = 60_000;

/** Where the Electron executable is, by asking the electron package in a child (it throws when missing). */
export function resolveElectronBinary({ root, env = process.env, timeoutMs = RESOLVE_TIMEOUT_MS }) {
  return new Promise((resolve) => {
    // The electron package's main export is the path of its executable (it throws when missing).
    const child = spawn(process.execPath, ['-e', `process.stdout.write(require(${JSON.stringify(ELECTRON_PACKAGE)}))`], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let timedOut = false;
    child.stdout.on('data', (chunk) => (stdout += chunk.toString()));
    child.stderr.resume();
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    const missing = (detail) => resolve({ ok: false, code: 'electron_missing', reason: `the Electron runtime is not installed (${detail})` });
    child.on('error', (error) => {
      clearTimeout(timer);
      missing(error.message);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) return missing('downloading it took too long');
      if (code !== 0) return missing('it could not be downloaded');
      // The package may print "Downloading Electron binary..." first; the path is the last line.
      const binary = stdout.split('\n').at(-1)?.trim() ?? '';
      if (!binary || !fs.existsSync(binary)) return missing('its executable is missing');
      resolve({ ok: true, binary });
    });
  });
}

export async function tryStartDesktop({
  root,
  env = process.env,
  platform = process.platform,
  log = (line) => console.log(line),
  resolveBinary = resolveElectronBinary,
  ensureNative = ensureElectronNative,
  readyTimeoutMs = READY_TIMEOUT_MS,
}) {
  try {
    const electron = await resolveBinary({ root, env });
    if (!electron.ok) return unavailable('electron_missing', electron.reason);
    if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
      return unavailable('no_display', 'there is no display for a desktop window (DISPLAY and WAYLAND_DISPLAY are not set)');
    }
    const missing = ['dist/main/shell.mjs', 'dist/main/preload.cjs', 'dist/renderer/index.html'].find(
      (file) => !fs.existsSync(path.join(root, file)),
    );
    if (missing) return unavailable('not_built', `the desktop app is not built (${missing} is missing; run node build/build.mjs)`);
    await ensureNative({ root, env, log });
    return await launch(electron.binary, { root, env, readyTimeoutMs });
  } catch (error) {
    if (error instanceof ElectronNativeError) return unavailable('native_modules', error.message);
    return unavailable('start_failed', `the desktop app could not be started (${oneLine(error)})`);
  }
}

/** Spawns `electron <root>` and waits for the ready line, an early exit, or a spawn error. */
function launch(binary, { root, env, readyTimeoutMs }) {
  // ELECTRON_RUN_AS_NODE would turn the runtime into plain Node and run the folder as a script.
  const childEnv = { ...env };
  delete childEnv.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [root], { cwd: root, env: childEnv, stdio: ['inherit', 'pipe', 'pipe'] });
  return new Promise((resolve) => {
    let settled = false;
    let stdoutTail = '';
    const stderrLines = [];
    const settle = (result) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      stdoutTail = (stdoutTail + chunk.toString()).slice(-4096);
      if (stdoutTail.includes(SHELL_READY_LINE)) settle({ started: true, child });
    });
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk);
      stderrLines.push(...chunk.toString().split('\n').map((line) => line.trim()).filter(Boolean));
      stderrLines.splice(0, Math.max(0, stderrLines.length - 50));
    });
    child.on('error', (error) => settle(unavailable('start_failed', `the Electron runtime could not be run (${error.message})`)));
    child.on('exit', (code, signal) => settle(unavailable('start_failed', `the Electron runtime stopped at start (${exitDetail(stderrLines, code, signal)})`)));
    // Still running but silent: a slow first start, not a failure — the window will come.
    const timer = setTimeout(() => settle({ started: true, child }), readyTimeoutMs);
  });
}

/** Our own start-up message when there is one, else Electron's last line, else the exit code. */
function exitDetail(stderrLines, code, signal) {
  const ours = stderrLines.findLast((line) => line.startsWith('Mostrador could not start:'));
  if (ours) return ours.replace('Mostrador could not start: ', '');
  const last = stderrLines.at(-1);
  if (last) return last.slice(0, 200);
  return signal ? `signal ${signal}` : `exit code ${code}`;
}

/** `code` is one of BROWSER_MODE_REASONS (shared/contract/app.ts): the screens word it; `reason` is for the log. */
function unavailable(code, reason) {
  return { started: false, code, reason: oneLine(reason) };
}

function oneLine(value) {
  const text = value instanceof Error ? value.message : String(value);
  return text.split('\n')[0].trim();
}
