/**
 * Composition root: from the environment and the runtime's settings backend, builds every service
 * and returns the one handler registry both transports serve. No transport code lives here.
 */
import fs from 'node:fs';
import type { Database } from 'better-sqlite3';
import { listAccounts } from './accounts/accounts-repository';
import { buildConfig, hasDisplay, readEnv, resolveDataDir, APP_NAME, type Config, type EnvConfig } from './config';
import { createEventBus, type EventBus } from './core/event-bus';
import { createDispatcher, type Dispatch, type Handlers } from './core/registry';
import { databasePath, openDatabase } from './db/database';
import { openSettingsStore, type SettingsBackendFactory, type SettingsStore } from './settings/settings-store';
import { appVersion } from './version';
import type { AppMode } from '../shared/contract';

export interface HostOptions {
  mode: AppMode;
  settingsBackend: SettingsBackendFactory;
  /** Why browser mode is in use when the desktop shell could not start. */
  browserModeReason?: string | null;
  env?: NodeJS.ProcessEnv;
  /** better-sqlite3 binary for the running runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string;
  log?: (line: string) => void;
}

export interface Host {
  config: Config;
  dispatch: Dispatch;
  events: EventBus;
  settings: SettingsStore;
  db: Database;
  close(): void;
}

export function createHost(options: HostOptions): Host {
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => console.error(line));
  const envConfig: EnvConfig = readEnv(env);
  const dataDir = resolveDataDir(envConfig);
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });

  const settings = openSettingsStore(dataDir, options.settingsBackend);
  for (const notice of settings.notices) log(`settings: ${notice.message}`);
  const config = buildConfig({
    envConfig,
    settings: settings.get(),
    dataDir,
    version: appVersion(),
    displayAvailable: hasDisplay(process.platform, env),
  });
  const db = openDatabase(databasePath(dataDir), options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  const events = createEventBus();

  const handlers: Handlers = {
    'app.info': () => ({
      name: APP_NAME,
      version: config.version,
      dataDir: config.dataDir,
      mode: options.mode,
      demo: config.demo,
      browserModeReason: options.browserModeReason ?? null,
      notices: settings.notices.map(({ code, message }) => ({ code, message })),
    }),
    'settings.get': () => settings.get(),
    'settings.set': (patch) => {
      const next = settings.set(patch);
      events.emit('settings.changed', next);
      return next;
    },
    'accounts.list': () => listAccounts(db),
  };

  const dispatch = createDispatcher(handlers, {
    onInternalError: (method, error) => log(`internal error in ${method}: ${error instanceof Error ? error.stack : String(error)}`),
  });

  return {
    config,
    dispatch,
    events,
    settings,
    db,
    close: () => db.close(),
  };
}
