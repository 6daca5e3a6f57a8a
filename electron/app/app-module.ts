/** The app itself: what `app.info` answers (version, data folder, mode, demo store, secret protection). */
import type { AppMode, BrowserModeReason } from '../../shared/contract';
import { APP_NAME, type Config } from '../config';
import type { AppModule } from '../core/module';
import type { SettingsStore } from '../settings/settings-store';
import type { Vault } from '../vault/vault';

export interface AppModuleDeps {
  config: Config;
  mode: AppMode;
  browserModeReason: string | null;
  browserModeCode: BrowserModeReason | null;
  vault: Vault;
  settings: SettingsStore;
  isDemo: () => boolean;
}

export function createAppModule(deps: AppModuleDeps): AppModule {
  return {
    name: 'app',
    handlers: {
      'app.info': () => ({
        name: APP_NAME,
        version: deps.config.version,
        dataDir: deps.config.dataDir,
        mode: deps.mode,
        demo: deps.isDemo(),
        browserModeReason: deps.browserModeReason,
        browserModeCode: deps.browserModeCode,
        vaultProtection: deps.vault.protection,
        notices: deps.settings.notices.map(({ code, message }) => ({ code, message })),
      }),
    },
  };
}
