import { describe, expect, it } from 'vitest';
import { buildConfig, ConfigError, defaultDataDir, DEFAULT_MELI_API_URL, readEnv } from '../../electron/config';
import { DEFAULT_SETTINGS } from '../../shared/settings';

const base = { dataDir: '/data', version: '1.0.0', displayAvailable: false };

describe('configuration', () => {
  it('uses defaults when nothing is set, and the demo store without a Mercado Libre app', () => {
    const config = buildConfig({ ...base, envConfig: readEnv({}), settings: DEFAULT_SETTINGS });
    expect(config.meli.apiUrl).toBe(DEFAULT_MELI_API_URL);
    expect(config.meli.authUrl).toBeNull();
    expect(config.port).toBe(0);
    expect(config.forceBrowser).toBe(false);
    expect(config.demo).toBe(true);
  });

  it('lets saved settings override defaults and the environment override settings', () => {
    const settings = { ...DEFAULT_SETTINGS, meli: { clientId: '111', apiUrl: 'https://settings.example', redirectUri: 'https://a.example/cb' } };
    const fromSettings = buildConfig({ ...base, envConfig: readEnv({}), settings });
    expect(fromSettings.meli).toMatchObject({ clientId: '111', apiUrl: 'https://settings.example', redirectUri: 'https://a.example/cb' });
    expect(fromSettings.demo).toBe(false);

    const env = readEnv({ MELI_CLIENT_ID: '222', MELI_API_URL: 'http://127.0.0.1:9000', MELI_CLIENT_SECRET: 's3cret', MOSTRADOR_MODE: 'browser', MOSTRADOR_PORT: '4321' });
    const fromEnv = buildConfig({ ...base, envConfig: env, settings });
    expect(fromEnv.meli).toMatchObject({ clientId: '222', apiUrl: 'http://127.0.0.1:9000', clientSecret: 's3cret', redirectUri: 'https://a.example/cb' });
    expect(fromEnv.forceBrowser).toBe(true);
    expect(fromEnv.port).toBe(4321);
  });

  it('names the variable when a value is invalid', () => {
    expect(() => readEnv({ MOSTRADOR_PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => readEnv({ MOSTRADOR_PORT: '70000' })).toThrow(/MOSTRADOR_PORT/);
    expect(() => readEnv({ MELI_API_URL: 'not a url' })).toThrow(/MELI_API_URL/);
    expect(() => readEnv({ MOSTRADOR_MODE: 'kiosk' })).toThrow(/MOSTRADOR_MODE/);
  });

  it('treats empty variables as unset', () => {
    const config = buildConfig({ ...base, envConfig: readEnv({ MELI_CLIENT_ID: '', MOSTRADOR_PORT: '' }), settings: DEFAULT_SETTINGS });
    expect(config.demo).toBe(true);
    expect(config.port).toBe(0);
  });

  it('opens the system browser only with a display unless told otherwise', () => {
    expect(buildConfig({ ...base, envConfig: readEnv({}), settings: DEFAULT_SETTINGS }).openBrowser).toBe(false);
    expect(buildConfig({ ...base, displayAvailable: true, envConfig: readEnv({}), settings: DEFAULT_SETTINGS }).openBrowser).toBe(true);
    expect(buildConfig({ ...base, displayAvailable: true, envConfig: readEnv({ MOSTRADOR_OPEN_BROWSER: '0' }), settings: DEFAULT_SETTINGS }).openBrowser).toBe(false);
  });

  it("picks each OS's per-user data folder", () => {
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana')).toBe('C:\\Users\\ana\\AppData\\Roaming\\Mostrador');
    expect(defaultDataDir('darwin', {}, '/Users/ana')).toBe('/Users/ana/Library/Application Support/Mostrador');
    expect(defaultDataDir('linux', {}, '/home/ana')).toBe('/home/ana/.config/Mostrador');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/ana')).toBe('/cfg/Mostrador');
  });
});
