// The shipped main-process bundles carry product code only: the demo store's simulator, yes; anything
// from test/ or a test runner, no. Reads esbuild's metafile of a real build into a temporary folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMain } from '../../build/build.mjs';

const TEST_PACKAGES = /(^|\/)node_modules\/(vitest|@vitest|playwright|playwright-core|@playwright|@axe-core|tsx)\//;
const TEST_SPECIFIERS = /^(vitest|@vitest\/|playwright|@playwright\/|@axe-core\/|tsx)/;

let outdir = '';
let inputs: string[] = [];
let importedSpecifiers: string[] = [];

beforeAll(async () => {
  outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'mostrador-bundle-'));
  const metafiles = await buildMain({ outdir, metafile: true });
  inputs = metafiles.flatMap((metafile) => Object.keys(metafile.inputs));
  importedSpecifiers = metafiles.flatMap((metafile) =>
    Object.values(metafile.inputs).flatMap((input) => input.imports.map((imported) => imported.original ?? imported.path)),
  );
}, 120_000);

afterAll(() => {
  if (outdir) fs.rmSync(outdir, { recursive: true, force: true });
});

describe('main-process bundles', () => {
  it('contain the demo store and its simulator', () => {
    expect(inputs).toContain('electron/demo/demo-store.ts');
    expect(inputs).toContain('electron/demo/simulator/server.ts');
    expect(inputs.filter((input) => input.startsWith('electron/demo/simulator/routes/')).length).toBeGreaterThan(5);
  });

  it('contain no file from test/', () => {
    expect(inputs.filter((input) => input.startsWith('test/') || input.includes('/test/sim/'))).toEqual([]);
  });

  it('contain no test runner, neither bundled nor left as an import', () => {
    expect(inputs.filter((input) => TEST_PACKAGES.test(input))).toEqual([]);
    expect(importedSpecifiers.filter((specifier) => TEST_SPECIFIERS.test(specifier))).toEqual([]);
  });
});
