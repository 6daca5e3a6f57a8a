/**
 * What goes into app.asar, computed by electron-builder itself from electron-builder.yml: a real
 * `--dir` packaging of a copy of the project (real main bundles with their source maps, a renderer
 * build, and bait files that must stay out), with a stand-in Electron distribution because the
 * runtime cannot be downloaded on our machines. The SQLite binding is a placeholder file; building
 * it for Electron is the beforePack hook's job, which needs Electron's headers.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMain } from '../../build/build.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '../..');
const ELECTRON_VERSION = (JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;

interface Builder {
  build(options: Record<string, unknown>): Promise<string[]>;
  Platform: { LINUX: { createTarget(target: string, arch: number): unknown } };
  Arch: { x64: number };
}
const { build, Platform, Arch } = require('electron-builder') as Builder;
const asar = require('@electron/asar') as { listPackage(file: string, options: { isPack: boolean }): string[] };

let work = '';
let resources = '';
let entries: string[] = [];

function write(relative: string, content: string): void {
  const file = path.join(work, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'mostrador-pack-'));
  for (const file of ['package.json', 'electron-builder.yml', 'build/tray.png', 'build/before-pack.mjs']) {
    fs.mkdirSync(path.dirname(path.join(work, file)), { recursive: true });
    fs.copyFileSync(path.join(root, file), path.join(work, file));
  }
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(work, 'node_modules'), 'dir');
  await buildMain({ outdir: path.join(work, 'dist/main') });
  write('dist/renderer/index.html', '<!doctype html><script type="module" src="./assets/index.js"></script>');
  write('dist/renderer/assets/index.js', 'console.log(1);\n//# sourceMappingURL=index.js.map');
  write('dist/renderer/assets/index.js.map', '{}');
  write(`dist/native-x64/electron-${ELECTRON_VERSION}/better_sqlite3.node`, 'placeholder');
  // Bait: none of these may be packaged.
  write('.env', 'MELI_CLIENT_SECRET=secret');
  write('dist/renderer/.env.local', 'MELI_CLIENT_SECRET=secret');
  write('test/orders/orders.test.ts', 'export {};');
  write('electron/demo/simulator/server.ts', 'export {};');
  write('renderer/main.tsx', 'export {};');
  const electronDist = path.join(work, 'fake-electron');
  write('fake-electron/electron', '#!/bin/sh\n');
  await build({
    projectDir: work,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    // Only what this machine cannot do differs from the real configuration.
    config: { electronDist, electronVersion: ELECTRON_VERSION, beforePack: null, directories: { output: path.join(work, 'release') } },
    publish: 'never',
  });
  resources = path.join(work, 'release/linux-unpacked/resources');
  entries = asar.listPackage(path.join(resources, 'app.asar'), { isPack: false }).map((entry) => entry.replaceAll('\\', '/'));
}, 120_000);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('packaged app contents', () => {
  it('holds the main bundles, the preload, the renderer and the SQLite module', () => {
    for (const file of [
      '/package.json',
      '/dist/main/shell.mjs',
      '/dist/main/preload.cjs',
      '/dist/renderer/index.html',
      '/dist/renderer/assets/index.js',
      '/node_modules/better-sqlite3/lib/index.js',
      `/dist/native/electron-${ELECTRON_VERSION}/better_sqlite3.node`,
    ]) {
      expect(entries).toContain(file);
    }
    expect(fs.existsSync(path.join(resources, 'tray.png'))).toBe(true);
  });

  it('unpacks the native binding from the archive so it can be loaded', () => {
    expect(fs.existsSync(path.join(resources, `app.asar.unpacked/dist/native/electron-${ELECTRON_VERSION}/better_sqlite3.node`))).toBe(true);
  });

  it('ships the label preview renderers the main bundle loads on first use, with the canvas binding unpacked', () => {
    for (const file of [
      '/node_modules/zpl-renderer-js/package.json',
      '/node_modules/pdfjs-dist/package.json',
      '/node_modules/pdfjs-dist/legacy/build/pdf.mjs',
      '/node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs',
      '/node_modules/pdfjs-dist/standard_fonts/LiberationSans-Regular.ttf',
      '/node_modules/@napi-rs/canvas/index.js',
    ]) {
      expect(entries, file).toContain(file);
    }
    expect(entries.some((entry) => /^\/node_modules\/zpl-renderer-js\/dist\/.*\.js$/.test(entry))).toBe(true);
    const binding = entries.find((entry) => /^\/node_modules\/@napi-rs\/canvas-[^/]+\/.*\.node$/.test(entry));
    expect(binding).toBeDefined();
    expect(fs.existsSync(path.join(resources, `app.asar.unpacked${binding ?? ''}`))).toBe(true);
    // Only what runs: no type definitions or source maps of them.
    expect(entries.filter((entry) => entry.startsWith('/node_modules/pdfjs-dist/') && /\.(map|d\.mts|d\.ts)$/.test(entry))).toEqual([]);
  });

  it('ships no tests, sources, source maps or environment files', () => {
    expect(entries.filter((entry) => entry.endsWith('.map'))).toEqual([]);
    expect(entries.filter((entry) => /\/\.env/.test(entry))).toEqual([]);
    expect(entries.filter((entry) => /\.(ts|tsx)$/.test(entry) || /^\/(test|electron|renderer|build)\//.test(entry))).toEqual([]);
    // The browser-mode web host is not part of the desktop app.
    expect(entries).not.toContain('/dist/main/web.mjs');
  });

  it('carries the demo store only inside the main bundle, as product code', () => {
    expect(entries.filter((entry) => entry.includes('simulator'))).toEqual([]);
    const shell = fs.readFileSync(path.join(work, 'dist/main/shell.mjs'), 'utf8');
    expect(shell).toContain('No active item to ask about');
  });

  it('keeps dependencies inside the bundles: only better-sqlite3 JavaScript and the preview renderers are real modules', () => {
    const modules = new Set(entries.filter((entry) => entry.startsWith('/node_modules/')).map((entry) => entry.split('/')[2]));
    expect([...modules].sort()).toEqual(['@napi-rs', 'better-sqlite3', 'pdfjs-dist', 'zpl-renderer-js']);
    expect(entries.filter((entry) => /better-sqlite3\/(build|deps|src)\//.test(entry))).toEqual([]);
  });
});
