/**
 * Which Mercado Libre app Mostrador signs in with, resolved on every use so a change in Settings takes
 * effect at once: environment > saved settings (secret: the vault) > the demo store's app.
 *
 * The app's secret is stored with the client id and API origin it was entered for, and is only used
 * while both still match: pointing the app elsewhere never carries the secret along (see
 * credential-binding.ts; tokens follow the same rule).
 */
import { z } from 'zod';
import type { EnvConfig } from '../config';
import { DEFAULT_MELI_API_URL } from '../config';
import { SITES, type Settings, type SiteId } from '../../shared/settings';
import type { Vault } from '../vault/vault';
import { bindingOf, sameBinding, type ApiTarget } from './credential-binding';

export const APP_SECRET_KEY = 'app:client_secret';

const StoredSecret = z.object({ secret: z.string().min(1), clientId: z.string(), apiOrigin: z.string() });

/** The simulator's app when Mostrador runs against the demo store. */
export interface DemoStoreApp {
  apiUrl: string;
  authUrl: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /** The sites the demo store has sample stores on (all when not said). */
  sites?: readonly SiteId[];
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
   * The sites this app can connect an account on: the demo store's sample stores; for the seller's own
   * app every supported site (each has its own authorization page).
   */
  sites: readonly SiteId[];
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
    return { ...demoStore, sites: demoStore.sites ?? SITES, secretFromEnvironment: false, demo: true, pkce: true };
  }
  const apiUrl = env.MELI_API_URL ?? settings.meli.apiUrl ?? DEFAULT_MELI_API_URL;
  return {
    apiUrl,
    authUrl: env.MELI_AUTH_URL ?? settings.meli.authUrl ?? null,
    clientId: ownClientId,
    clientSecret: env.MELI_CLIENT_SECRET ?? (ownClientId === null ? null : savedSecretFor(vault, { apiUrl, clientId: ownClientId })),
    redirectUri: env.MELI_REDIRECT_URI ?? settings.meli.redirectUri ?? null,
    secretFromEnvironment: env.MELI_CLIENT_SECRET !== undefined,
    demo: ownClientId === null,
    sites: SITES,
    pkce: env.MELI_PKCE !== undefined ? env.MELI_PKCE === '1' : settings.meli.pkce === true,
  };
}

/** The app's current client id and API address, or null while no app is set up. */
export function currentTarget(app: MeliApp): ApiTarget | null {
  return app.clientId === null ? null : { apiUrl: app.apiUrl, clientId: app.clientId };
}

/** Saves the secret for the given app, or — while no app of the seller's own is set up — unbound. */
export function saveAppSecret(vault: Vault, secret: string, target: ApiTarget | null): void {
  vault.set(APP_SECRET_KEY, JSON.stringify(target ? { secret, ...bindingOf(target) } : { secret }));
}

/** The saved secret, only when it was entered for this client id and API origin. */
function savedSecretFor(vault: Vault, target: ApiTarget): string | null {
  const stored = readSavedSecret(vault);
  return stored !== null && !('unbound' in stored) && sameBinding(stored, bindingOf(target)) ? stored.secret : null;
}

type SavedSecret = z.infer<typeof StoredSecret> | { unbound: string } | null;

function readSavedSecret(vault: Vault): SavedSecret {
  const raw = vault.get(APP_SECRET_KEY);
  if (raw === null) return null;
  let document: unknown;
  try {
    document = JSON.parse(raw);
  } catch {
    // Not JSON: a bare secret saved by an older version.
    return { unbound: raw };
  }
  const bound = StoredSecret.safeParse(document);
  if (bound.success) return bound.data;
  const pending = z.object({ secret: z.string().min(1) }).safeParse(document);
  return pending.success ? { unbound: pending.data.secret } : null;
}

/**
 * A secret with no binding yet — saved by an older version, or entered before the app's client id —
 * is bound to the seller's own app as soon as one is set up (at start-up, or when Settings name it).
 * Settings can only name Mercado Libre's hosts, so this never carries it anywhere else.
 */
export function bindUnboundSecret(vault: Vault, ownApp: ApiTarget | null): void {
  const saved = readSavedSecret(vault);
  if (ownApp === null || saved === null || !('unbound' in saved)) return;
  saveAppSecret(vault, saved.unbound, ownApp);
}
