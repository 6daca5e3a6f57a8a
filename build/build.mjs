// Builds Mostrador: the renderer with Vite, the main-process entries (desktop shell, preload and the
// browser-mode web host) with esbuild. Usage: node build/build.mjs [--main-only|--renderer-only]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { build as viteBuild } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const only = process.argv[2];

// Bundled ESM still meets CommonJS dependencies that call require(); give them one.
const requireShim = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

const common = {
  bundle: true,
  absWorkingDir: root,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  define: { __MOSTRADOR_VERSION__: JSON.stringify(pkg.version) },
  // The native SQLite binding must stay a real module so the right ABI build can be chosen at run time.
  // The ZPL renderer (a WebAssembly build of several MB) and pdf.js with its native canvas are loaded
  // only when a label is first previewed; they ship as real modules (electron-builder.yml).
  external: ['better-sqlite3', 'electron', 'zpl-renderer-js', 'pdfjs-dist', '@napi-rs/canvas'],
};

/**
 * Builds the main-process bundles. `outdir` and `metafile` let a test build elsewhere and read which
 * source files went into each bundle; returns esbuild's metafiles (empty objects without `metafile`).
 */
export async function buildMain({ outdir = path.join(root, 'dist/main'), metafile = false } = {}) {
  const results = await Promise.all([
    // The browser-mode host and the desktop shell: both ESM bundles for Node/Electron's main process.
    esbuild.build({
      ...common,
      entryPoints: { web: path.join(root, 'electron/web/main.ts'), shell: path.join(root, 'electron/shell/main.ts') },
      outdir,
      metafile,
      format: 'esm',
      outExtension: { '.js': '.mjs' },
      banner: { js: requireShim },
    }),
    // A sandboxed preload must be a single CommonJS file that needs nothing but 'electron'.
    esbuild.build({
      ...common,
      entryPoints: { preload: path.join(root, 'electron/shell/preload.ts') },
      outdir,
      metafile,
      format: 'cjs',
      outExtension: { '.js': '.cjs' },
    }),
  ]);
  return results.map((result) => result.metafile ?? { inputs: {}, outputs: {} });
}

export async function buildRenderer() {
  await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = Date.now();
  if (only !== '--renderer-only') await buildMain();
  if (only !== '--main-only') await buildRenderer();
  console.log(`Built Mostrador ${pkg.version} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
