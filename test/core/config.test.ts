import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveMeliApp, saveAppSecret, type DemoStoreApp } from '../../electron/accounts/meli-app';
import { buildConfig, ConfigError, defaultDataDir, DEFAULT_MELI_API_URL, readEnv } from '../../electron/config';
import { openDatabase } from '../../electron/db/database';
import { createKeyFileCipher } from '../../electron/vault/key-file-cipher';
import { createVault } from '../../electron/vault/vault';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { tempDir } from '../helpers/temp-dir';

const base = { dataDir: '/data', version: '1.0.0', displayAvailable: false };
const demoStore: DemoStoreApp = {
  apiUrl: 'http://127.0.0.1:5000',
  authUrl: 'http://127.0.0.1:5000',
  clientId: '999',
  clientSecret: 'demo-secret',
  redirectUri: 'http://127.0.0.1:0/callback',
};

function vault() {
  const dir = tempDir();
  return createVault(openDatabase(path.join(dir, 'db.sqlite')), createKeyFileCipher(dir));
}

describe('configuration', () => {
  it('uses defaults when nothing is set', () => {
    const config = buildConfig({ ...base, envConfig: readEnv({}) });
    expect(config.port).toBe(0);
    expect(config.forceBrowser).toBe(false);
    const app = resolveMeliApp(readEnv({}), DEFAULT_SETTINGS, vault(), null);
    expect(app).toMatchObject({ apiUrl: DEFAULT_MELI_API_URL, authUrl: null, clientId: null, demo: true });
  });

  it('uses the demo store when no Mercado Libre app is configured', () => {
    expect(resolveMeliApp(readEnv({}), DEFAULT_SETTINGS, vault(), demoStore)).toMatchObject({ ...demoStore, demo: true });
    const own = resolveMeliApp(readEnv({ MELI_CLIENT_ID: '123' }), DEFAULT_SETTINGS, vault(), demoStore);
    expect(own).toMatchObject({ clientId: '123', apiUrl: DEFAULT_MELI_API_URL, demo: false });
  });

  it('lets saved settings override defaults and the environment override settings', () => {
    const secrets = vault();
    saveAppSecret(secrets, 'from-vault', { clientId: '111', apiUrl: 'https://api.mercadolibre.com.ar' });
    const settings = { ...DEFAULT_SETTINGS, meli: { clientId: '111', apiUrl: 'https://api.mercadolibre.com.ar', redirectUri: 'https://a.example/cb' } };
    expect(resolveMeliApp(readEnv({}), settings, secrets, null)).toMatchObject({
      clientId: '111',
      apiUrl: 'https://api.mercadolibre.com.ar',
      redirectUri: 'https://a.example/cb',
      clientSecret: 'from-vault',
      secretFromEnvironment: false,
      demo: false,
    });
    const env = readEnv({ MELI_CLIENT_ID: '222', MELI_API_URL: 'http://127.0.0.1:9000', MELI_CLIENT_SECRET: 's3cret', MOSTRADOR_MODE: 'browser', MOSTRADOR_PORT: '4321' });
    expect(resolveMeliApp(env, settings, secrets, null)).toMatchObject({
      clientId: '222',
      apiUrl: 'http://127.0.0.1:9000',
      clientSecret: 's3cret',
      secretFromEnvironment: true,
      redirectUri: 'https://a.example/cb',
    });
    const config = buildConfig({ ...base, envConfig: env });
    expect(config.forceBrowser).toBe(true);
    expect(config.port).toBe(4321);
  });

  it('uses the saved secret only for the client id and API origin it was entered for', () => {
    const secrets = vault();
    saveAppSecret(secrets, 'for-111', { clientId: '111', apiUrl: 'https://api.mercadolibre.com' });
    const settings = (meli: Record<string, string>) => ({ ...DEFAULT_SETTINGS, meli: { clientId: '111', ...meli } });
    expect(resolveMeliApp(readEnv({}), settings({}), secrets, null).clientSecret).toBe('for-111');
    expect(resolveMeliApp(readEnv({}), settings({ clientId: '222' }), secrets, null).clientSecret).toBeNull();
    expect(resolveMeliApp(readEnv({}), settings({ apiUrl: 'https://api.mercadolibre.com.ar' }), secrets, null).clientSecret).toBeNull();
    expect(resolveMeliApp(readEnv({ MELI_API_URL: 'http://127.0.0.1:9000' }), settings({}), secrets, null).clientSecret).toBeNull();
    // A bare secret saved by an older version is not used until start-up binds it (accounts-service.ts).
    secrets.set('app:client_secret', 'legacy');
    expect(resolveMeliApp(readEnv({}), settings({}), secrets, null).clientSecret).toBeNull();
  });

  it('names the variable when a value is invalid', () => {
    expect(() => readEnv({ MOSTRADOR_PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => readEnv({ MOSTRADOR_PORT: '70000' })).toThrow(/MOSTRADOR_PORT/);
    expect(() => readEnv({ MELI_API_URL: 'not a url' })).toThrow(/MELI_API_URL/);
    expect(() => readEnv({ MOSTRADOR_MODE: 'kiosk' })).toThrow(/MOSTRADOR_MODE/);
  });

  it('treats empty variables as unset', () => {
    const env = readEnv({ MELI_CLIENT_ID: '', MOSTRADOR_PORT: '' });
    expect(buildConfig({ ...base, envConfig: env }).port).toBe(0);
    expect(resolveMeliApp(env, DEFAULT_SETTINGS, vault(), null).demo).toBe(true);
  });

  it('opens the system browser only with a display unless told otherwise', () => {
    expect(buildConfig({ ...base, envConfig: readEnv({}) }).openBrowser).toBe(false);
    expect(buildConfig({ ...base, displayAvailable: true, envConfig: readEnv({}) }).openBrowser).toBe(true);
    expect(buildConfig({ ...base, displayAvailable: true, envConfig: readEnv({ MOSTRADOR_OPEN_BROWSER: '0' }) }).openBrowser).toBe(false);
  });

  it("picks each OS's per-user data folder", () => {
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana')).toBe('C:\\Users\\ana\\AppData\\Roaming\\Mostrador');
    expect(defaultDataDir('darwin', {}, '/Users/ana')).toBe('/Users/ana/Library/Application Support/Mostrador');
    expect(defaultDataDir('linux', {}, '/home/ana')).toBe('/home/ana/.config/Mostrador');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/ana')).toBe('/cfg/Mostrador');
  });
});
