/**
 * build/desktop.mjs and build/electron-native.mjs against real child processes: a fake electron
 * package and runtime, and a fake node-gyp, in temp folders (the real runtime cannot be downloaded here).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveElectronBinary, SHELL_READY_LINE, tryStartDesktop, type DesktopStart } from '../../build/desktop.mjs';
import {
  electronNativeBindingPath as buildScriptPath,
  ElectronNativeError,
  ensureElectronNative,
  summarizeBuildFailure,
} from '../../build/electron-native.mjs';
import { electronNativeBindingPath } from '../../electron/shell/native-binding';
import { SHELL_READY_LINE as SHELL_SIDE_READY_LINE } from '../../electron/shell/ready-signal';
import { tempDir } from '../helpers/temp-dir';

const posix = process.platform !== 'win32';
const DISPLAY_ENV = { ...process.env, DISPLAY: ':99' };
let started: DesktopStart | null = null;

afterEach(() => {
  if (started?.started) started.child.kill('SIGKILL');
  started = null;
});

/** A project root with a fake electron package whose require() answers with `indexJs`. */
function fakeProject(indexJs: string, options: { built?: boolean } = {}): string {
  const root = tempDir('project-');
  fs.mkdirSync(path.join(root, 'node_modules', 'electron'), { recursive: true });
  fs.writeFileSync(path.join(root, 'node_modules', 'electron', 'index.js'), indexJs);
  fs.writeFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1' }));
  if (options.built ?? true) {
    for (const file of ['dist/main/shell.mjs', 'dist/main/preload.cjs', 'dist/renderer/index.html']) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), '');
    }
  }
  return root;
}

/** A fake Electron executable: a shell script with the given body. */
function fakeRuntime(root: string, body: string): string {
  const binary = path.join(root, 'fake-electron');
  fs.writeFileSync(binary, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return binary;
}

const noNative = async () => 'unused';

describe('the two sides agree', () => {
  it('on the ready line and on where the SQLite module for Electron lives', () => {
    expect(SHELL_READY_LINE).toBe(SHELL_SIDE_READY_LINE);
    expect(buildScriptPath('/app', '45.4.1')).toBe(electronNativeBindingPath('/app', '45.4.1'));
  });
});

describe.runIf(posix)('finding the Electron runtime', () => {
  it('reports a runtime that could not be downloaded in one line', async () => {
    const root = fakeProject("throw new Error('Electron failed to install correctly.\\nPlease delete node_modules/electron');");
    await expect(resolveElectronBinary({ root })).resolves.toEqual({
      ok: false,
      code: 'electron_missing',
      reason: 'the Electron runtime is not installed (it could not be downloaded)',
    });
  });

  it('takes the path from the last line, after the package’s download message', async () => {
    const root = fakeProject('');
    const binary = fakeRuntime(root, 'exit 0');
    fs.writeFileSync(
      path.join(root, 'node_modules', 'electron', 'index.js'),
      `console.log('Downloading Electron binary...'); module.exports = ${JSON.stringify(binary)};`,
    );
    await expect(resolveElectronBinary({ root })).resolves.toEqual({ ok: true, binary });
  });

  it('refuses a path to an executable that is not there', async () => {
    const root = fakeProject(`module.exports = '/nonexistent/electron';`);
    const result = await resolveElectronBinary({ root });
    expect(result).toEqual({ ok: false, code: 'electron_missing', reason: 'the Electron runtime is not installed (its executable is missing)' });
  });

  it('gives up on a download that hangs', async () => {
    // The real package downloads synchronously (spawnSync) inside require(); block the same way.
    const root = fakeProject('Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20000);');
    const result = await resolveElectronBinary({ root, timeoutMs: 300 });
    expect(result).toEqual({ ok: false, code: 'electron_missing', reason: 'the Electron runtime is not installed (downloading it took too long)' });
  });
});

describe.runIf(posix)('starting the desktop app', () => {
  function projectWithRuntime(body: string, options: { built?: boolean } = {}): { root: string; binary: string } {
    const root = fakeProject('', options);
    const binary = fakeRuntime(root, body);
    fs.writeFileSync(path.join(root, 'node_modules', 'electron', 'index.js'), `module.exports = ${JSON.stringify(binary)};`);
    return { root, binary };
  }

  it('returns the running child once the window reports ready, launched on the project root', async () => {
    const { root } = projectWithRuntime(`echo "$1" > "$(dirname "$0")/launched-with"\necho "${SHELL_READY_LINE}"\nexec sleep 30`);
    started = await tryStartDesktop({ root, env: DISPLAY_ENV, platform: 'linux', ensureNative: noNative });
    expect(started.started).toBe(true);
    expect(fs.readFileSync(path.join(root, 'launched-with'), 'utf8').trim()).toBe(root);
  });

  it('falls back with the app’s own one-line reason when Electron exits at start', async () => {
    const { root } = projectWithRuntime('echo "[123:ERROR:bus.cc] noise" >&2\necho "Mostrador could not start: the data folder is read-only" >&2\nexit 1');
    started = await tryStartDesktop({ root, env: DISPLAY_ENV, platform: 'linux', ensureNative: noNative });
    expect(started).toEqual({ started: false, code: 'start_failed', reason: 'the Electron runtime stopped at start (the data folder is read-only)' });
  });

  it('uses Electron’s last line when the app said nothing (e.g. refusing to run as root)', async () => {
    const { root } = projectWithRuntime('echo "Running as root without --no-sandbox is not supported." >&2\nexit 1');
    started = await tryStartDesktop({ root, env: DISPLAY_ENV, platform: 'linux', ensureNative: noNative });
    expect(started).toEqual({ started: false, code: 'start_failed', reason: 'the Electron runtime stopped at start (Running as root without --no-sandbox is not supported.)' });
  });

  it('does not try without a display on Linux', async () => {
    const { root } = projectWithRuntime(`echo "${SHELL_READY_LINE}"`);
    const env = { ...process.env };
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    started = await tryStartDesktop({ root, env, platform: 'linux', ensureNative: noNative });
    expect(started).toEqual({ started: false, code: 'no_display', reason: expect.stringMatching(/^there is no display/) });
  });

  it('says when the app is not built', async () => {
    const { root } = projectWithRuntime(`echo "${SHELL_READY_LINE}"`, { built: false });
    started = await tryStartDesktop({ root, env: DISPLAY_ENV, platform: 'linux', ensureNative: noNative });
    expect(started).toEqual({ started: false, code: 'not_built', reason: expect.stringMatching(/^the desktop app is not built/) });
  });

  it('passes on the SQLite build failure as the reason, without launching', async () => {
    const { root } = projectWithRuntime(`touch "$(dirname "$0")/launched"\necho "${SHELL_READY_LINE}"`);
    started = await tryStartDesktop({
      root,
      env: DISPLAY_ENV,
      platform: 'linux',
      ensureNative: async () => {
        throw new ElectronNativeError('the Electron 45.4.1 headers could not be downloaded from electronjs.org');
      },
    });
    expect(started).toEqual({ started: false, code: 'native_modules', reason: 'the Electron 45.4.1 headers could not be downloaded from electronjs.org' });
    expect(fs.existsSync(path.join(root, 'launched'))).toBe(false);
  });
});

describe.runIf(posix)('the SQLite module for Electron', () => {
  /** A project with better-sqlite3's sources and an existing Node build that must stay untouched. */
  function projectWithSqlite(): string {
    const root = tempDir('project-');
    const sqlite = path.join(root, 'node_modules', 'better-sqlite3');
    fs.mkdirSync(path.join(sqlite, 'build', 'Release'), { recursive: true });
    fs.mkdirSync(path.join(sqlite, 'src'), { recursive: true });
    fs.writeFileSync(path.join(sqlite, 'binding.gyp'), '{}');
    fs.writeFileSync(path.join(sqlite, 'src', 'better_sqlite3.cpp'), '// sources');
    fs.writeFileSync(path.join(sqlite, 'build', 'Release', 'better_sqlite3.node'), 'NODE BUILD');
    return root;
  }

  function fakeNodeGyp(root: string, script: string): string {
    const file = path.join(root, 'fake-node-gyp.cjs');
    fs.writeFileSync(file, script);
    return file;
  }

  it('builds into dist/native/electron-<version> from a copy, with Electron’s headers, leaving the Node build alone', async () => {
    const root = projectWithSqlite();
    const nodeGyp = fakeNodeGyp(
      root,
      `const fs = require('fs');
       fs.writeFileSync(${JSON.stringify(path.join(root, 'args.json'))}, JSON.stringify({ cwd: process.cwd(), args: process.argv.slice(2) }));
       fs.mkdirSync('build/Release', { recursive: true });
       fs.writeFileSync('build/Release/better_sqlite3.node', 'ELECTRON BUILD');`,
    );
    const target = await ensureElectronNative({ root, electronVersion: '45.4.1', nodeGyp });
    expect(target).toBe(electronNativeBindingPath(root, '45.4.1'));
    expect(fs.readFileSync(target, 'utf8')).toBe('ELECTRON BUILD');
    expect(fs.readFileSync(path.join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), 'utf8')).toBe('NODE BUILD');
    const { cwd, args } = JSON.parse(fs.readFileSync(path.join(root, 'args.json'), 'utf8'));
    expect(cwd).not.toContain('node_modules');
    expect(args).toEqual(expect.arrayContaining(['rebuild', '--target=45.4.1', '--dist-url=https://electronjs.org/headers', '--runtime=electron']));
    // The private build folder is gone; only the binary stays.
    expect(fs.readdirSync(path.join(root, 'dist', 'native'))).toEqual(['electron-45.4.1']);
  });

  it('does nothing when the binary is already there', async () => {
    const root = projectWithSqlite();
    const target = electronNativeBindingPath(root, '45.4.1');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, 'BUILT BEFORE');
    await expect(ensureElectronNative({ root, electronVersion: '45.4.1', nodeGyp: null })).resolves.toBe(target);
  });

  it('fails with one line when Electron’s headers cannot be downloaded', async () => {
    const root = projectWithSqlite();
    const nodeGyp = fakeNodeGyp(
      root,
      `console.error('gyp http GET https://electronjs.org/headers/v45.4.1/node-v45.4.1-headers.tar.gz');
       console.error('gyp ERR! stack Error: This is most likely not a problem with node-gyp or the package itself and');
       console.error('gyp ERR! stack is related to network connectivity. In most cases you are behind a proxy or have bad');
       process.exit(1);`,
    );
    const failure = ensureElectronNative({ root, electronVersion: '45.4.1', nodeGyp });
    await expect(failure).rejects.toBeInstanceOf(ElectronNativeError);
    await expect(failure).rejects.toThrow(/^the Electron 45\.4\.1 headers could not be downloaded from electronjs\.org/);
    expect(fs.existsSync(electronNativeBindingPath(root, '45.4.1'))).toBe(false);
  });

  it('says so when node-gyp is nowhere to be found', async () => {
    await expect(ensureElectronNative({ root: projectWithSqlite(), electronVersion: '45.4.1', nodeGyp: null })).rejects.toThrow(
      /node-gyp was not found/,
    );
  });

  it('summarizes a compiler failure in one line', () => {
    const summary = summarizeBuildFailure('CXX(target) Release/obj.target/x.o\n../src/x.cpp:1:10: error: v8.h: No such file\nmake: *** Error 1', '45.4.1');
    expect(summary).toBe('the SQLite module for Electron 45.4.1 could not be built (../src/x.cpp:1:10: error: v8.h: No such file)');
    expect(summary).not.toContain('\n');
  });
});
