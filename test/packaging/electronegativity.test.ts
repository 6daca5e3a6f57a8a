/**
 * Doyensec's Electronegativity over the desktop shell's sources: no high or medium finding may stand
 * unless the line carries an `eng-disable CHECK_ID` comment saying why. Run through its library entry
 * rather than its command line, which downloads translations and Electron's release list; the one
 * check that needs the network is excluded below with the other global false positive.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '../..');
const ELECTRON_VERSION = (require(path.join(root, 'node_modules/electron/package.json')) as { version: string }).version;

interface Finding {
  id: string;
  file: string;
  location: { line: number };
  severity: { name: string };
}
type Run = (options: Record<string, unknown>, forCli: boolean) => Promise<{ issues: Finding[]; atomicChecks: number; errors: unknown[] }>;

/**
 * The scanner's messages come from i18n's global `__`. Its own set-up also fetches translations
 * online, so its set-up module is replaced (in require's cache) by one that loads the bundled
 * English strings only: tests send no traffic beyond loopback.
 */
function loadScanner(): Run {
  const dist = path.join(root, 'node_modules/@doyensec/electronegativity/dist');
  const i18n = require('i18n') as { configure(options: Record<string, unknown>): void };
  const setUp = async () =>
    i18n.configure({ locales: ['en-US'], defaultLocale: 'en-US', directory: path.join(dist, 'locales'), updateFiles: false, objectNotation: true, register: globalThis });
  const setUpPath = require.resolve(path.join(dist, 'locales/i18n.js'));
  require.cache[setUpPath] = { id: setUpPath, filename: setUpPath, loaded: true, exports: { __esModule: true, default: setUp } } as unknown as NodeJS.Module;
  return require(path.join(dist, 'runner.js')) as Run;
}

const EXCLUDED = [
  // Our CSP is a response header of the app:// protocol (electron/shell/app-protocol.ts, value in
  // electron/core/csp.ts); the scanner only recognises a literal in webRequest callbacks or a <meta>.
  'CSPGlobalCheck',
  // Compares against Electron's release list online; the version is kept current by dependency updates.
  'AvailableSecurityFixesGlobalCheck',
];

describe('Electronegativity', () => {
  it('finds no unjustified high or medium issue in the desktop shell', async () => {
    const run = loadScanner();
    const result = await run(
      {
        input: path.join(root, 'electron/shell'),
        customScan: [],
        excludeFromScan: EXCLUDED,
        electronVersionOverride: ELECTRON_VERSION,
        isRelative: true,
        parserPlugins: [],
      },
      false,
    );
    expect(result.atomicChecks).toBeGreaterThan(20);
    const serious = result.issues
      .filter((issue) => issue.severity.name === 'HIGH' || issue.severity.name === 'MEDIUM')
      .map((issue) => `${issue.id} ${issue.file}:${issue.location.line}`);
    expect(serious).toEqual([]);
  }, 60_000);
});
