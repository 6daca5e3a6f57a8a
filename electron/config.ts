/**
 * Configuration, read in one place. Order of precedence: defaults < saved settings < environment.
 * Nothing else in the app reads process.env.
 */
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

export const APP_NAME = 'Mostrador';
export const DEFAULT_MELI_API_URL = 'https://api.mercadolibre.com';

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const EnvSchema = z.object({
  MOSTRADOR_DATA_DIR: optionalString,
  MOSTRADOR_MODE: z
    .enum(['browser', 'desktop', ''])
    .optional()
    .transform((value) => (value === '' ? undefined : value)),
  MOSTRADOR_PORT: optionalString.pipe(
    z
      .string()
      .regex(/^\d+$/, 'must be a whole number')
      .transform(Number)
      .pipe(z.number().max(65535, 'must be at most 65535'))
      .optional(),
  ),
  MOSTRADOR_OPEN_BROWSER: optionalString.pipe(z.enum(['0', '1']).optional()),
  MELI_API_URL: optionalString.pipe(z.url().optional()),
  MELI_AUTH_URL: optionalString.pipe(z.url().optional()),
  MELI_CLIENT_ID: optionalString,
  MELI_CLIENT_SECRET: optionalString,
  MELI_REDIRECT_URI: optionalString.pipe(z.url().optional()),
  /** `1`: PKCE is turned on for the app in Mercado Libre's application manager. */
  MELI_PKCE: optionalString.pipe(z.enum(['0', '1']).optional()),
});
export type EnvConfig = z.infer<typeof EnvSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and checks the environment; a bad value stops the app with a message naming the variable. */
export function readEnv(env: NodeJS.ProcessEnv = process.env): EnvConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  return parsed.data;
}

/** The OS's per-user application data folder for Mostrador. */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') {
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), APP_NAME);
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_NAME);
  return path.posix.join(env.XDG_CONFIG_HOME ?? path.posix.join(home, '.config'), APP_NAME);
}

export function resolveDataDir(envConfig: EnvConfig): string {
  return path.resolve(envConfig.MOSTRADOR_DATA_DIR ?? defaultDataDir());
}

export interface Config {
  version: string;
  dataDir: string;
  /** MOSTRADOR_MODE=browser forces browser mode even where Electron could start. */
  forceBrowser: boolean;
  /** Web host port; 0 picks a free one. */
  port: number;
  /** Whether browser mode should open the system browser (default: when a display is present). */
  openBrowser: boolean;
  /** The checked environment, for values that saved settings can override (see accounts/meli-app.ts). */
  env: EnvConfig;
}

export function hasDisplay(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): boolean {
  if (platform === 'win32' || platform === 'darwin') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

export function buildConfig(options: { envConfig: EnvConfig; dataDir: string; version: string; displayAvailable: boolean }): Config {
  const { envConfig } = options;
  return {
    version: options.version,
    dataDir: options.dataDir,
    forceBrowser: envConfig.MOSTRADOR_MODE === 'browser',
    port: envConfig.MOSTRADOR_PORT ?? 0,
    openBrowser:
      envConfig.MOSTRADOR_OPEN_BROWSER === undefined ? options.displayAvailable : envConfig.MOSTRADOR_OPEN_BROWSER === '1',
    env: envConfig,
  };
}
