/**
 * Composition root: from the environment and the runtime's settings backend and cipher, builds the
 * shared services (database, vault, settings, API client, sync), lists the capability modules and
 * returns the one dispatcher both transports serve. No handler and no transport code lives here.
 */
import type { Database } from 'better-sqlite3';
import { SITE_LANGUAGE, type Language } from '../shared/settings';
import { listAccounts } from './accounts/accounts-repository';
import { createAccountsModule } from './accounts/accounts-module';
import type { AccountsService } from './accounts/accounts-service';
import { createAppModule } from './app/app-module';
import { composeModules } from './core/module';
import { createListingEditExecutor } from './listings/listing-edit-executor';
import { createListingsModule } from './listings/listings-module';
import { createOutboxModule, type OutboxModule } from './outbox/outbox-module';
import { createOrderNotes } from './orders/order-notes';
import { createOrdersModule } from './orders/orders-module';
import { createCommandsModule } from './app/commands-module';
import { createQuestionExecutors } from './questions/question-executors';
import { createQuestionsModule } from './questions/questions-module';
import { createLabelsModule } from './labels/labels-module';
import { createPrintingModule } from './printing/printing-module';
import { createSettingsModule } from './settings/settings-module';
import { createStockModule } from './stock/stock-module';
import { resolveMeliApp, type DemoStoreApp, type MeliApp } from './accounts/meli-app';
import { buildConfig, hasDisplay, readEnv, resolveDataDir, type Config } from './config';
import { createEventBus, type EventBus } from './core/event-bus';
import { securePrivateDir } from './core/file-modes';
import { createMeliClient, DEFAULT_BUDGET, type BudgetOptions, type RequestInfo } from './meli/client';
import type { RetryOptions } from './meli/retry-policy';
import { createMeliApi, type MeliApi } from './meli/endpoints';
import { createSyncModule } from './sync/sync-module';
import { createSyncService, type SyncService } from './sync/sync-service';
import { createDispatcher, type Dispatch } from './core/registry';
import { databasePath, openDatabase } from './db/database';
import { openSettingsStore, type SettingsBackendFactory, type SettingsStore } from './settings/settings-store';
import { createKeyFileCipher } from './vault/key-file-cipher';
import { createVault, type Cipher, type Vault } from './vault/vault';
import { appVersion } from './version';
import type { AppMode, BrowserModeReason } from '../shared/contract';

export interface HostOptions {
  mode: AppMode;
  settingsBackend: SettingsBackendFactory;
  /** The desktop shell passes Electron's safeStorage; plain Node uses a key file. */
  cipher?: (dataDir: string) => Cipher;
  /** Why browser mode is in use when the desktop shell could not start. */
  browserModeReason?: string | null;
  browserModeCode?: BrowserModeReason | null;
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
  /** The outbox worker: tests may hold it (autoStart false) or shorten its pauses. */
  outbox?: { autoStart?: boolean; baseDelayMs?: number };
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
  outbox: OutboxModule;
  /** The Mercado Libre API for the current app configuration. */
  api(): MeliApi;
  meliApp(): MeliApp;
  close(): void;
  /** Waits for background work (outbox, sync) to stop before closing the database. */
  shutdown(): Promise<void>;
}

export function createHost(options: HostOptions): Host {
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => console.error(line));
  const envConfig = readEnv(env);
  const dataDir = resolveDataDir(envConfig);
  securePrivateDir(dataDir);

  const settings = openSettingsStore(dataDir, options.settingsBackend);
  for (const notice of settings.notices) log(`settings: ${notice.message}`);
  const config = buildConfig({ envConfig, dataDir, version: appVersion(), displayAvailable: hasDisplay(process.platform, env) });
  const db = openDatabase(databasePath(dataDir), options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  const vault = createVault(db, (options.cipher ?? createKeyFileCipher)(dataDir));
  const events = createEventBus();
  const meliApp = () => resolveMeliApp(envConfig, settings.get(), vault, options.demoStore ?? null);

  const language = (): Language => {
    const { language: chosen, activeUserId } = settings.get();
    if (chosen) return chosen;
    const accounts = listAccounts(db);
    const account = accounts.find((row) => row.userId === activeUserId) ?? accounts[0];
    return account ? SITE_LANGUAGE[account.siteId] : 'es';
  };

  const accountsModule = createAccountsModule({
    db,
    vault,
    events,
    meliApp,
    language,
    onAccountAdded: (userId) => events.emit('settings.changed', settings.set({ activeUserId: userId })),
    ...(options.openExternal ? { openExternal: options.openExternal } : {}),
  });
  const accounts = accountsModule.service;

  // One client per API address: built when first needed, rebuilt if Settings point elsewhere.
  let current: { apiUrl: string; api: MeliApi } | null = null;
  const api = (): MeliApi => {
    const apiUrl = meliApp().apiUrl;
    if (current?.apiUrl !== apiUrl) {
      const client = createMeliClient({
        apiUrl,
        getAccessToken: (userId) => accounts.tokens.getAccessToken(userId, apiUrl),
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

  const outbox = createOutboxModule({
    db,
    events,
    executors: [createListingEditExecutor({ db, api }), ...createQuestionExecutors({ db, api })],
    autoStart: options.outbox?.autoStart ?? true,
    ...(options.outbox?.baseDelayMs !== undefined ? { baseDelayMs: options.outbox.baseDelayMs } : {}),
    log,
  });

  const notes = createOrderNotes(db, api);
  const labels = createLabelsModule({ db, dataDir, api, events, language, notes });

  // Every capability, in start order; each answers its own methods (a method answered twice fails here).
  const modules = composeModules(
    [
      createAppModule({ config, mode: options.mode, browserModeReason: options.browserModeReason ?? null, browserModeCode: options.browserModeCode ?? null, vault, settings, isDemo: () => meliApp().demo }),
      createSettingsModule({ settings, events }),
      accountsModule,
      createSyncModule({ sync, accounts: () => listAccounts(db), intervalMinutes: () => settings.get().syncIntervalMinutes, autoSync: options.autoSync ?? false }),
      createOrdersModule({ db, events, notes }),
      outbox,
      createListingsModule({ db, api, events, outbox }),
      createQuestionsModule({ db, events, outbox }),
      labels,
      createPrintingModule({ db, events, labels, log }),
      createStockModule({ db, api, outbox, log }),
      createCommandsModule({ events }),
    ],
    events,
  );
  modules.start();

  const dispatch = createDispatcher(modules.handlers, {
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
    outbox,
    api,
    meliApp,
    close: () => {
      void modules.stop();
      db.close();
    },
    shutdown: async () => {
      await modules.stop();
      if (db.open) db.close();
    },
  };
}
