/**
 * Composition root: from the environment and the runtime's settings backend and cipher, builds every
 * service and returns the one handler registry both transports serve. No transport code lives here.
 */
import fs from 'node:fs';
import type { Database } from 'better-sqlite3';
import { SITE_LANGUAGE, type Language } from '../shared/settings';
import { listAccounts } from './accounts/accounts-repository';
import { createAccountsService, type AccountsService } from './accounts/accounts-service';
import { resolveMeliApp, type DemoStoreApp, type MeliApp } from './accounts/meli-app';
import { buildConfig, hasDisplay, readEnv, resolveDataDir, APP_NAME, type Config } from './config';
import { createCacheHandlers } from './cache/cache-handlers';
import { createEventBus, type EventBus } from './core/event-bus';
import { createMeliClient, DEFAULT_BUDGET, type BudgetOptions, type RequestInfo } from './meli/client';
import type { RetryOptions } from './meli/retry-policy';
import { createMeliApi, type MeliApi } from './meli/endpoints';
import { createSyncHandlers } from './sync/sync-handlers';
import { createSyncService, type SyncService } from './sync/sync-service';
import { createDispatcher, type Dispatch, type Handlers } from './core/registry';
import { databasePath, openDatabase } from './db/database';
import { openSettingsStore, type SettingsBackendFactory, type SettingsStore } from './settings/settings-store';
import { createKeyFileCipher } from './vault/key-file-cipher';
import { createVault, type Cipher, type Vault } from './vault/vault';
import { appVersion } from './version';
import type { AppMode } from '../shared/contract';

export interface HostOptions {
  mode: AppMode;
  settingsBackend: SettingsBackendFactory;
  /** The desktop shell passes Electron's safeStorage; plain Node uses a key file. */
  cipher?: (dataDir: string) => Cipher;
  /** Why browser mode is in use when the desktop shell could not start. */
  browserModeReason?: string | null;
  env?: NodeJS.ProcessEnv;
  /** better-sqlite3 binary for the running runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string;
  /** The running demo store's app, used when no Mercado Libre app is configured. */
  demoStore?: DemoStoreApp | null;
  /** Desktop: opens Mercado Libre's pages in the system browser. */
  openExternal?: (url: string) => void;
  /** Start polling Mercado Libre at the interval from Settings (the app does; most tests do not). */
  autoSync?: boolean;
  /** Mercado Libre request budget (tests and benchmarks tune it). */
  budget?: Partial<BudgetOptions>;
  /** Retries of Mercado Libre calls (tests shorten them). */
  retry?: Partial<RetryOptions>;
  /** First pause before polling again after a failed sync (tests shorten it). */
  syncRetryBaseMs?: number;
  /** Hears every Mercado Libre attempt (benchmarks measure queue waits with it). */
  onMeliRequest?: (info: RequestInfo) => void;
  log?: (line: string) => void;
}

export interface Host {
  config: Config;
  dispatch: Dispatch;
  events: EventBus;
  settings: SettingsStore;
  db: Database;
  vault: Vault;
  accounts: AccountsService;
  sync: SyncService;
  /** The Mercado Libre API for the current app configuration. */
  api(): MeliApi;
  meliApp(): MeliApp;
  close(): void;
}

export function createHost(options: HostOptions): Host {
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => console.error(line));
  const envConfig = readEnv(env);
  const dataDir = resolveDataDir(envConfig);
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });

  const settings = openSettingsStore(dataDir, options.settingsBackend);
  for (const notice of settings.notices) log(`settings: ${notice.message}`);
  const config = buildConfig({ envConfig, dataDir, version: appVersion(), displayAvailable: hasDisplay(process.platform, env) });
  const db = openDatabase(databasePath(dataDir), options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  const vault = createVault(db, (options.cipher ?? createKeyFileCipher)(dataDir));
  const events = createEventBus();
  const meliApp = () => resolveMeliApp(envConfig, settings.get(), vault, options.demoStore ?? null);

  const language = (): Language => {
    const chosen = settings.get().language;
    if (chosen) return chosen;
    const first = listAccounts(db)[0];
    return first ? SITE_LANGUAGE[first.siteId] : 'es';
  };

  const accounts = createAccountsService({
    db,
    vault,
    events,
    meliApp,
    language,
    ...(options.openExternal ? { openExternal: options.openExternal } : {}),
  });

  // One client per API address: built when first needed, rebuilt if Settings point elsewhere.
  let current: { apiUrl: string; api: MeliApi } | null = null;
  const api = (): MeliApi => {
    const apiUrl = meliApp().apiUrl;
    if (current?.apiUrl !== apiUrl) {
      const client = createMeliClient({
        apiUrl,
        getAccessToken: (userId) => accounts.tokens.getAccessToken(userId),
        onUnauthorized: (userId, rejected) => accounts.tokens.refreshAfterRejection(userId, rejected),
        ...(options.budget ? { budget: options.budget } : {}),
        ...(options.retry ? { retry: options.retry } : {}),
        ...(options.onMeliRequest ? { onRequest: options.onMeliRequest } : {}),
      });
      current = { apiUrl, api: createMeliApi(client) };
    }
    return current.api;
  };

  const sync = createSyncService({
    db,
    api,
    events,
    accounts: () => listAccounts(db),
    intervalMinutes: () => settings.get().syncIntervalMinutes,
    // Keep as many requests in flight as the client allows; its budget sets the real pace.
    concurrency: options.budget?.concurrency ?? DEFAULT_BUDGET.concurrency,
    ...(options.syncRetryBaseMs !== undefined ? { retryBaseMs: options.syncRetryBaseMs } : {}),
    log,
  });

  const handlers: Handlers = {
    'app.info': () => ({
      name: APP_NAME,
      version: config.version,
      dataDir: config.dataDir,
      mode: options.mode,
      demo: meliApp().demo,
      browserModeReason: options.browserModeReason ?? null,
      vaultProtection: vault.protection,
      notices: settings.notices.map(({ code, message }) => ({ code, message })),
    }),
    'settings.get': () => settings.get(),
    'settings.set': (patch) => {
      const next = settings.set(patch);
      events.emit('settings.changed', next);
      if (patch.syncIntervalMinutes !== undefined) sync.reschedule();
      return next;
    },
    ...accounts.handlers,
    ...createSyncHandlers(sync, () => listAccounts(db)),
    ...createCacheHandlers(db, api),
  };

  // A newly connected account is synced at once.
  events.subscribe((event, payload) => {
    if (event === 'accounts.connect.finished' && options.autoSync) {
      const result = payload as { ok: boolean; account?: { userId: number } };
      if (result.ok && result.account) sync.syncAccount(result.account.userId).catch(() => undefined);
    }
  });
  if (options.autoSync) sync.start();

  const dispatch = createDispatcher(handlers, {
    onInternalError: (method, error) => log(`internal error in ${method}: ${error instanceof Error ? error.stack : String(error)}`),
  });

  return {
    config,
    dispatch,
    events,
    settings,
    db,
    vault,
    accounts,
    sync,
    api,
    meliApp,
    close: () => {
      void sync.stop();
      accounts.close();
      db.close();
    },
  };
}
