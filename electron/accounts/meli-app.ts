/**
 * Which Mercado Libre app Mostrador signs in with, resolved on every use so a change in Settings takes
 * effect at once: environment > saved settings (secret: the vault) > the demo store's app.
 */
import type { EnvConfig } from '../config';
import { DEFAULT_MELI_API_URL } from '../config';
import type { Settings } from '../../shared/settings';
import type { Vault } from '../vault/vault';

export const APP_SECRET_KEY = 'app:client_secret';

/** The simulator's app when Mostrador runs against the demo store. */
export interface DemoStoreApp {
  apiUrl: string;
  authUrl: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

export interface MeliApp {
  apiUrl: string;
  authUrl: string | null;
  clientId: string | null;
  clientSecret: string | null;
  redirectUri: string | null;
  secretFromEnvironment: boolean;
  demo: boolean;
  /**
   * Mercado Libre enforces PKCE for this app, so a code obtained by someone else cannot be redeemed
   * with our verifier. Only then may a seller paste the bare code (without the `state` that proves the
   * authorization belongs to this attempt).
   */
  pkce: boolean;
}

export function resolveMeliApp(env: EnvConfig, settings: Settings, vault: Vault, demoStore: DemoStoreApp | null): MeliApp {
  const ownClientId = env.MELI_CLIENT_ID ?? settings.meli.clientId ?? null;
  if (ownClientId === null && demoStore) {
    // The demo store's app is registered with PKCE on (demo-store.ts).
    return { ...demoStore, secretFromEnvironment: false, demo: true, pkce: true };
  }
  return {
    apiUrl: env.MELI_API_URL ?? settings.meli.apiUrl ?? DEFAULT_MELI_API_URL,
    authUrl: env.MELI_AUTH_URL ?? settings.meli.authUrl ?? null,
    clientId: ownClientId,
    clientSecret: env.MELI_CLIENT_SECRET ?? vault.get(APP_SECRET_KEY),
    redirectUri: env.MELI_REDIRECT_URI ?? settings.meli.redirectUri ?? null,
    secretFromEnvironment: env.MELI_CLIENT_SECRET !== undefined,
    demo: ownClientId === null,
    pkce: env.MELI_PKCE !== undefined ? env.MELI_PKCE === '1' : settings.meli.pkce === true,
  };
}
