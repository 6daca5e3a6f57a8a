/**
 * The settings store: one interface over electron-store (desktop) and conf (plain Node). Both keep a
 * JSON file written atomically; this module adds a schema version with upgrade steps, validation of
 * every write, and setting a corrupt file aside (reported to the seller) instead of replacing it silently.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ZodError } from 'zod';
import { PRIVATE_FILE_MODE, restrictFile } from '../core/file-modes';
import { isMercadoLibreUrl } from '../../shared/meli-hosts';
import { DEFAULT_SETTINGS, SettingsPatch, SettingsSchema, type Settings } from '../../shared/settings';

export const SETTINGS_FILE_NAME = 'settings';
export const SETTINGS_VERSION = 2;

/** The part of conf / electron-store we use: the whole document, read and written at once. */
export interface SettingsBackend {
  readonly path: string;
  store: Record<string, unknown>;
}

export interface SettingsBackendOptions {
  cwd: string;
  configName: string;
  clearInvalidConfig: false;
  /** The settings file is the seller's alone (see core/file-modes.ts). */
  configFileMode: number;
}

export type SettingsBackendFactory = (options: SettingsBackendOptions) => SettingsBackend;

export type SettingsUpgrade = (document: Record<string, unknown>) => Record<string, unknown>;

/** UPGRADES[n] turns a version-n document into version n+1. */
export const SETTINGS_UPGRADES: readonly SettingsUpgrade[] = [
  // 0 → 1: files from before versioning (or hand-written) carry no version; fields are kept as they are.
  (document) => document,
  // 1 → 2: API and authorization addresses may only be Mercado Libre's (shared/settings.ts); any other
  // saved one is dropped rather than kept pointing the seller's credentials at it.
  (document) => {
    const meli = document.meli;
    if (typeof meli !== 'object' || meli === null) return document;
    const kept = Object.fromEntries(
      Object.entries(meli).filter(([key, value]) => !(key === 'apiUrl' || key === 'authUrl') || (typeof value === 'string' && isMercadoLibreUrl(value))),
    );
    return { ...document, meli: kept };
  },
];

export interface SettingsNotice {
  code: 'settings_corrupt' | 'settings_too_new';
  message: string;
  /** Where the unreadable file was moved. */
  setAsidePath?: string;
}

export interface SettingsStore {
  get(): Settings;
  /** Validates, saves and returns the whole settings; an invalid patch throws and saves nothing. */
  set(patch: SettingsPatch): Settings;
  readonly path: string;
  readonly notices: readonly SettingsNotice[];
}

export function openSettingsStore(
  dataDir: string,
  createBackend: SettingsBackendFactory,
  upgrades: readonly SettingsUpgrade[] = SETTINGS_UPGRADES,
): SettingsStore {
  const notices: SettingsNotice[] = [];
  const options: SettingsBackendOptions = { cwd: dataDir, configName: SETTINGS_FILE_NAME, clearInvalidConfig: false, configFileMode: PRIVATE_FILE_MODE };
  const targetVersion = upgrades.length;

  let backend: SettingsBackend;
  let settings: Settings;
  try {
    backend = createBackend(options);
    settings = loadDocument(backend.store, upgrades, targetVersion, (next) => (backend.store = next));
  } catch (error) {
    const filePath = path.join(dataDir, `${SETTINGS_FILE_NAME}.json`);
    const setAsidePath = setAside(filePath);
    notices.push({
      code: 'settings_corrupt',
      message: `The settings file could not be read (${describe(error)}); it was kept as ${path.basename(setAsidePath ?? filePath)} and default settings are in use.`,
      ...(setAsidePath ? { setAsidePath } : {}),
    });
    backend = createBackend(options);
    settings = structuredClone(DEFAULT_SETTINGS);
    backend.store = { ...settings, schemaVersion: targetVersion };
  }

  // conf only sets the mode when it writes; a file from an older version may still be 0644.
  restrictFile(backend.path);
  return {
    path: backend.path,
    notices,
    get: () => structuredClone(settings),
    set(patch) {
      const checkedPatch = SettingsPatch.parse(patch);
      const next = SettingsSchema.parse({ ...settings, ...checkedPatch });
      backend.store = { ...next, schemaVersion: targetVersion };
      settings = next;
      return structuredClone(settings);
    },
  };
}

function loadDocument(
  stored: Record<string, unknown>,
  upgrades: readonly SettingsUpgrade[],
  targetVersion: number,
  save: (document: Record<string, unknown>) => void,
): Settings {
  const isNew = Object.keys(stored).length === 0;
  const rawVersion = stored.schemaVersion ?? 0;
  if (typeof rawVersion !== 'number' || !Number.isInteger(rawVersion) || rawVersion < 0) {
    throw new Error(`unknown settings version ${JSON.stringify(rawVersion)}`);
  }
  if (rawVersion > targetVersion) {
    throw new Error(`settings written by a newer Mostrador (version ${rawVersion})`);
  }
  let document: Record<string, unknown> = { ...stored };
  delete document.schemaVersion;
  for (let version = rawVersion; version < targetVersion; version += 1) {
    const upgrade = upgrades[version];
    if (!upgrade) throw new Error(`no upgrade step from settings version ${version}`);
    document = upgrade(document);
  }
  const settings = SettingsSchema.parse({ ...DEFAULT_SETTINGS, ...document });
  if (isNew || rawVersion !== targetVersion) save({ ...settings, schemaVersion: targetVersion });
  return settings;
}

function setAside(filePath: string): string | null {
  if (!fs.existsSync(filePath)) return null;
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = filePath.replace(/\.json$/, `.corrupt-${stamp}.json`);
  fs.renameSync(filePath, target);
  return target;
}

function describe(error: unknown): string {
  if (error instanceof SyntaxError) return 'it is not valid JSON';
  if (error instanceof ZodError) return 'it holds values this version cannot use';
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.name;
  return String(error);
}
