/**
 * electron-builder.yml checked by electron-builder itself: its loader reads the file and its JSON
 * schema validates it (a broken copy must be refused, so the validator is known to be live). Then
 * the installer settings the README promises: per-user Windows install without admin, x64 and arm64,
 * a hardened and notarized macOS build with entitlements, Linux packages, and no native rebuild at
 * install time.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishFor } from '../../build/package.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '../..');

interface BuilderConfig {
  appId?: string;
  productName?: string;
  npmRebuild?: boolean;
  beforePack?: string;
  asarUnpack?: string[];
  protocols?: unknown[];
  fileAssociations?: unknown[];
  win?: { icon?: string; target?: { target: string; arch: string[] }[] };
  nsis?: { oneClick?: boolean; perMachine?: boolean; allowElevation?: boolean };
  mac?: { icon?: string; hardenedRuntime?: boolean; notarize?: boolean; entitlements?: string; entitlementsInherit?: string; target?: { target: string; arch: string[] }[] };
  linux?: { icon?: string; target?: { target: string }[] };
  [key: string]: unknown;
}

interface ConfigApi {
  getConfig(projectDir: string, configPath: string | null, fromOptions: BuilderConfig | null): Promise<BuilderConfig>;
  validateConfiguration(config: BuilderConfig, logger: unknown): Promise<void>;
}

const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as ConfigApi;
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

async function loadAndValidate(projectDir: string): Promise<BuilderConfig> {
  const config = await getConfig(projectDir, null, null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

describe('electron-builder configuration', () => {
  it("passes electron-builder's own loader and schema", async () => {
    const config = await loadAndValidate(root);
    expect(config.appId).toBe('ar.mostrador.desktop');
    expect(config.productName).toBe('Mostrador');
  });

  it('is refused by the same validator when an option is misspelt', async () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'mostrador-builder-'));
    try {
      fs.copyFileSync(path.join(root, 'package.json'), path.join(copy, 'package.json'));
      const yml = fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8').replace('perMachine: false', 'perMachine: false\n  perMachines: true');
      fs.writeFileSync(path.join(copy, 'electron-builder.yml'), yml);
      await expect(loadAndValidate(copy)).rejects.toThrow(/Invalid configuration object[\s\S]*nsis/);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });

  it('installs per user on Windows x64 and arm64, with no admin prompt', async () => {
    const config = await getConfig(root, null, null);
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64', 'arm64'] }]);
    expect(config.nsis).toMatchObject({ oneClick: true, perMachine: false, allowElevation: false });
  });

  it('builds hardened, notarizable DMGs for Intel and Apple silicon with the entitlements in build/', async () => {
    const config = await getConfig(root, null, null);
    expect(config.mac?.target).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }]);
    expect(config.mac).toMatchObject({ hardenedRuntime: true, notarize: true });
    for (const file of [config.mac?.entitlements, config.mac?.entitlementsInherit]) {
      const plist = fs.readFileSync(path.join(root, String(file)), 'utf8');
      // Electron's V8 needs JIT memory under the hardened runtime; nothing broader is granted.
      expect(plist).toContain('<key>com.apple.security.cs.allow-jit</key>');
      expect(plist).not.toContain('com.apple.security.cs.disable-library-validation');
      expect(plist).not.toContain('com.apple.security.get-task-allow');
    }
  });

  it('makes an AppImage and a deb for Linux, and points every platform at icons that exist', async () => {
    const config = await getConfig(root, null, null);
    expect(config.linux?.target?.map((target) => target.target)).toEqual(['AppImage', 'deb']);
    for (const icon of [config.win?.icon, config.mac?.icon, config.linux?.icon]) expect(fs.existsSync(path.join(root, String(icon)))).toBe(true);
  });

  it('registers no URL scheme or file type, and rebuilds native code only while packaging', async () => {
    const config = await getConfig(root, null, null);
    expect(config.protocols).toEqual([]);
    expect(config.fileAssociations).toEqual([]);
    expect(config.npmRebuild).toBe(false);
    expect(fs.existsSync(path.join(root, String(config.beforePack)))).toBe(true);
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect(pkg.scripts[hook]).toBeUndefined();
    // Both package scripts run electron-builder through build/package.mjs, which adds only the update feed.
    expect(pkg.scripts['package:dir']).toBe('node build/build.mjs && node build/package.mjs --dir');
    expect(pkg.scripts.package).toBe('node build/build.mjs && node build/package.mjs');
    expect(fs.readFileSync(path.join(root, 'build/package.mjs'), 'utf8')).toMatch(/import\('electron-builder'\)[\s\S]*publish: 'never'/);
  });
});

describe('the update feed of a build', () => {
  it('publishes nothing unless MOSTRADOR_UPDATE_FEED names an https:// folder', async () => {
    expect(publishFor({})).toBeNull();
    expect(publishFor({ MOSTRADOR_UPDATE_FEED: '  ' })).toBeNull();
    expect((await getConfig(root, null, null)).publish).toBeNull();
    expect(() => publishFor({ MOSTRADOR_UPDATE_FEED: 'http://updates.example.com/' })).toThrow(/https/);
    expect(() => publishFor({ MOSTRADOR_UPDATE_FEED: 'https://me:pw@updates.example.com/' })).toThrow(/user name or password/);
    expect(() => publishFor({ MOSTRADOR_UPDATE_FEED: 'updates' })).toThrow(/not an address/);
  });

  it('adds a generic provider that electron-builder\'s loader merges and its schema accepts', async () => {
    const publish = publishFor({ MOSTRADOR_UPDATE_FEED: 'https://updates.example.com/mostrador/' });
    expect(publish).toEqual({ provider: 'generic', url: 'https://updates.example.com/mostrador/' });
    const config = await getConfig(root, null, { publish });
    await validateConfiguration(config, new DebugLogger(false));
    expect(config.publish).toEqual(publish);
    // The rest of the configuration is the file's.
    expect(config.appId).toBe('ar.mostrador.desktop');
    expect(config.nsis).toMatchObject({ perMachine: false });
  });
});
