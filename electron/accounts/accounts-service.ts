/**
 * Accounts: connecting (OAuth loopback / forwarding page / paste), listing, removing, and the token
 * manager every Mercado Libre call gets its bearer token from. Also the app credentials' status.
 */
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { Account, MeliAppStatus } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { Language } from '../../shared/settings';
import { createConnectService } from '../auth/connect';
import { createOAuthClient } from '../auth/oauth-client';
import { createTokenManager, type TokenManager } from '../auth/token-manager';
import type { EventBus } from '../core/event-bus';
import { DEFAULT_CONNECT_TIMEOUT_MS } from '../meli/connect-timeout';
import { createTransportPool, type HttpTransport } from '../meli/http-transport';
import type { Handlers } from '../core/registry';
import type { Vault } from '../vault/vault';
import { deleteAccount, listAccounts, setAccountStatus, upsertAccount } from './accounts-repository';
import { isMercadoLibreUrl } from '../../shared/meli-hosts';
import { originOf, type ApiTarget } from './credential-binding';
import { bindUnboundSecret, currentTarget, saveAppSecret, type MeliApp } from './meli-app';

const UserMe = z.looseObject({
  id: z.coerce.number().int(),
  nickname: z.string(),
  site_id: z.string(),
});

export interface AccountsServiceDeps {
  db: Database;
  vault: Vault;
  events: EventBus;
  meliApp: () => MeliApp;
  language: () => Language;
  /** Desktop: open the authorization page in the system browser. Browser mode: the UI opens a tab. */
  openExternal?: (url: string) => void;
  /** An account connected for the first time on this computer (not a reconnect): it becomes the chosen store. */
  onAccountAdded?: (userId: number) => void;
  /** Test hook, see TokenManagerOptions.afterPersist. */
  afterTokenPersist?: Parameters<typeof createTokenManager>[0]['afterPersist'];
}

export type AccountHandlers = Pick<
  Handlers,
  | 'accounts.list'
  | 'accounts.connect.start'
  | 'accounts.connect.complete'
  | 'accounts.connect.cancel'
  | 'accounts.remove'
  | 'meliApp.status'
  | 'meliApp.setSecret'
>;

export interface AccountsService {
  tokens: TokenManager;
  handlers: AccountHandlers;
  /** After the app's settings change: accounts signed in for another app or address need to sign in again. */
  review(): void;
  close(): void;
}

const PROBE_TIMEOUT_MS = 4_000;

/** Any HTTP answer from the API host means it is reachable; no answer at all means offline. */
async function probeApi(http: HttpTransport): Promise<void> {
  try {
    await http.request({ method: 'HEAD', url: '/', headers: {}, expect: 'bytes', timeoutMs: PROBE_TIMEOUT_MS });
  } catch {
    throw new AppError('offline', 'Mercado Libre cannot be reached from this computer right now. Connect when you are back online.', { reason: 'offline' });
  }
}

export function createAccountsService(deps: AccountsServiceDeps): AccountsService {
  // Every call here names its address: OAuth the one its credentials were issued for (oauth-client.ts),
  // the rest the API configured now.
  const transportFor = createTransportPool({ timeoutMs: 20_000, connectTimeoutMs: DEFAULT_CONNECT_TIMEOUT_MS });

  // The secret goes only with a grant for the app configured right now, at its own API address.
  const credentials = (target: ApiTarget) => {
    const app = deps.meliApp();
    if (!app.clientId || !app.clientSecret) throw new AppError('invalid_input', 'The Mercado Libre app is not configured. Enter it in Settings.');
    if (app.clientId !== target.clientId || originOf(app.apiUrl) !== originOf(target.apiUrl)) {
      throw new AppError('needs_sign_in', 'The Mercado Libre app or its address changed meanwhile. Connect the account again.', { reason: 'app_changed' });
    }
    return { clientId: app.clientId, clientSecret: app.clientSecret };
  };
  const oauth = createOAuthClient(transportFor, credentials);
  const announce = () => deps.events.emit('accounts.changed', listAccounts(deps.db));

  const tokens = createTokenManager({
    vault: deps.vault,
    oauth,
    target: () => currentTarget(deps.meliApp()),
    onNeedsSignIn: (userId) => {
      if (setAccountStatus(deps.db, userId, 'needs_sign_in')) announce();
    },
    ...(deps.afterTokenPersist ? { afterPersist: deps.afterTokenPersist } : {}),
  });
  // At start-up (bindLegacy) and after every change of the app's settings: a secret with no binding yet
  // is bound to the seller's own app, pairs saved by older versions to the app configured at start-up,
  // and accounts signed in for another app or address say they need to sign in again.
  const reviewAccounts = (bindLegacy = false) => {
    const app = deps.meliApp();
    bindUnboundSecret(deps.vault, app.demo ? null : currentTarget(app));
    tokens.review(
      listAccounts(deps.db).map((account) => account.userId),
      { bindLegacy },
    );
  };
  reviewAccounts(true);

  const connect = createConnectService({
    oauth,
    tokens,
    language: deps.language,
    app: () => {
      const app = deps.meliApp();
      return { apiUrl: app.apiUrl, clientId: app.clientId, redirectUri: app.redirectUri, authUrl: app.authUrl, hasSecret: app.clientSecret !== null, pkce: app.pkce };
    },
    fetchMe: async (accessToken, apiUrl) => {
      const response = await transportFor(apiUrl)
        .request({ method: 'GET', url: '/users/me', headers: { Authorization: `Bearer ${accessToken}`, Accept: 'application/json' }, expect: 'json' })
        .catch(() => null);
      if (!response) throw new AppError('offline', 'Mercado Libre could not be reached to say who signed in. Try again.', { reason: 'offline' });
      const me = UserMe.safeParse(response.data);
      if (response.status !== 200 || !me.success) throw new AppError('offline', 'Mercado Libre did not say who signed in. Try again.');
      return { id: me.data.id, nickname: me.data.nickname, site_id: me.data.site_id, raw: response.data };
    },
    saveAccount: (account) => {
      const isNew = !listAccounts(deps.db).some((row) => row.userId === account.userId);
      upsertAccount(deps.db, account);
      // The choice is saved before the list is announced, so no screen shows the old store in between.
      if (isNew) deps.onAccountAdded?.(account.userId);
      announce();
      const saved = listAccounts(deps.db).find((row) => row.userId === account.userId);
      if (!saved) throw new AppError('internal', 'The account could not be saved.');
      return saved;
    },
    checkReachable: async (siteId) => {
      const app = deps.meliApp();
      if (!app.sites.includes(siteId)) {
        throw new AppError('invalid_input', `The demo store has no sample store on the site ${siteId}.`, { reason: 'site_unreachable' });
      }
      await probeApi(transportFor(app.apiUrl));
    },
    onFinished: (result) => deps.events.emit('accounts.connect.finished', result),
  });

  const status = (): MeliAppStatus => {
    const app = deps.meliApp();
    return {
      clientId: app.clientId,
      redirectUri: app.redirectUri,
      hasSecret: app.clientSecret !== null,
      secretFromEnvironment: app.secretFromEnvironment,
      demo: app.demo,
      reachableSites: [...app.sites],
    };
  };

  const handlers: AccountHandlers = {
    'accounts.list': () => listAccounts(deps.db),
    'accounts.connect.start': async ({ siteId }) => {
      const started = await connect.start(siteId);
      // The system browser opens only Mercado Libre's own pages, or the authorization page the
      // environment or the demo store named (the only sources of a non-Mercado Libre address).
      const authBase = deps.meliApp().authUrl;
      const allowed = isMercadoLibreUrl(started.authorizationUrl) || (authBase !== null && originOf(started.authorizationUrl) === originOf(authBase));
      if (!allowed) {
        connect.cancel(started.flowId);
        throw new AppError('forbidden', 'The authorization page is not on a Mercado Libre address; it was not opened.');
      }
      const openedBySystem = deps.openExternal !== undefined;
      deps.openExternal?.(started.authorizationUrl);
      return { ...started, openedBySystem };
    },
    'accounts.connect.complete': ({ flowId, address }): Promise<Account> => connect.complete(flowId, address),
    'accounts.connect.cancel': ({ flowId }) => ({ cancelled: connect.cancel(flowId) }),
    'accounts.remove': async ({ userId }) => {
      const known = listAccounts(deps.db).some((account) => account.userId === userId);
      if (!known) throw new AppError('not_found', 'That account is not on this computer.');
      // Only a pair issued for the app configured now is sent back, and only to where it came from.
      const stored = tokens.peekAccessToken(userId);
      let revoked = false;
      if (stored) {
        try {
          revoked = await oauth.revoke(userId, stored.accessToken, stored.target);
        } catch {
          revoked = false;
        }
      }
      // Local secrets and data go whatever Mercado Libre answered: the seller asked to remove them.
      deps.db.transaction(() => {
        tokens.forget(userId);
        deleteAccount(deps.db, userId);
      })();
      announce();
      return { revoked };
    },
    'meliApp.status': status,
    'meliApp.setSecret': ({ clientSecret }) => {
      if (deps.meliApp().secretFromEnvironment) {
        throw new AppError('invalid_input', 'The secret is set by MELI_CLIENT_SECRET in the environment; change it there.');
      }
      // Entered before the client id (the demo store still in use): kept unbound until the app is named.
      const app = deps.meliApp();
      saveAppSecret(deps.vault, clientSecret, app.demo ? null : currentTarget(app));
      return status();
    },
  };

  return { tokens, handlers, review: () => reviewAccounts(), close: () => connect.close() };
}
