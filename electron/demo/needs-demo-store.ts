/**
 * Whether to start the demo store: no Mercado Libre app in the environment or in saved settings.
 * Read before the host exists (the store must be running when the host is built), so it peeks at the
 * settings file directly; a missing or unreadable file counts as "no app".
 */
import fs from 'node:fs';
import path from 'node:path';
import { readEnv, resolveDataDir } from '../config';
import { SETTINGS_FILE_NAME } from '../settings/settings-store';

export function needsDemoStore(env: NodeJS.ProcessEnv): boolean {
  const envConfig = readEnv(env);
  if (envConfig.MELI_CLIENT_ID) return false;
  try {
    const file = path.join(resolveDataDir(envConfig), `${SETTINGS_FILE_NAME}.json`);
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as { meli?: { clientId?: unknown } };
    return !(typeof saved.meli?.clientId === 'string' && saved.meli.clientId !== '');
  } catch {
    return true;
  }
}
