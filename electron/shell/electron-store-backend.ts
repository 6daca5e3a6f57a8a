/** The desktop settings backend: electron-store (conf underneath, so the file format matches browser mode). */
import ElectronStore from 'electron-store';
import type { SettingsBackendFactory } from '../settings/settings-store';

export const createElectronStoreBackend: SettingsBackendFactory = (options) =>
  new ElectronStore<Record<string, unknown>>({
    cwd: options.cwd,
    // electron-store calls conf's configName "name".
    name: options.configName,
    clearInvalidConfig: options.clearInvalidConfig,
    configFileMode: options.configFileMode,
  });
