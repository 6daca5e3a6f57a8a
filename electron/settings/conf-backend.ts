/** The plain-Node settings backend (browser mode, tests): conf. The desktop shell uses electron-store. */
import Conf from 'conf';
import type { SettingsBackendFactory } from './settings-store';

export const createConfBackend: SettingsBackendFactory = (options) =>
  new Conf<Record<string, unknown>>({
    cwd: options.cwd,
    configName: options.configName,
    clearInvalidConfig: options.clearInvalidConfig,
    configFileMode: options.configFileMode,
    projectName: 'mostrador',
  });
