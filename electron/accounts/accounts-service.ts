/**
 * Accounts: connecting (OAuth loopback / forwarding page / paste), listing, removing, and the token
 * manager every Mercado Libre call gets its bearer token from. Also the app credentials' status.
 */
import axios, { type AxiosInstance } from 'axios';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { Account, MeliAppStatus } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { Language } from '../../shared/settings';
import { createConnectService } from '../auth/connect';
import { createOAuthClient } from '../auth/oauth-client';
import { createTokenManager, type TokenManager } from '../auth/token-manager';
import type { EventBus } from '../core/event-bus';
import type { Handlers } from '../core/registry';
import type { Vault } from '../vault/vault';
import { deleteAccount, listAccounts, setAccountStatus, upsertAccount } from './accounts-repository';
import { APP_SECRET_KEY, type MeliApp } from './meli-app';

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
  /** The HTTP instance pointed at the current Mercado Libre API host (used for OAuth). */
  http: AxiosInstance;
  handlers: AccountHandlers;
  close(): void;
}

export function createAccountsService(deps: AccountsServiceDeps): AccountsService {
  const http = axios.create({ timeout: 20_000 });
  http.interceptors.request.use((request) => {
    request.baseURL = deps.meliApp().apiUrl;
    return request;
  });

  const credentials = () => {
    const app = deps.meliApp();
    if (!app.clientId || !app.clientSecret) throw new AppError('invalid_input', 'The Mercado Libre app is not configured. Enter it in Settings.');
    return { clientId: app.clientId, clientSecret: app.clientSecret };
  };
  const oauth = createOAuthClient(http, credentials);
  const announce = () => deps.events.emit('accounts.changed', listAccounts(deps.db));

  const tokens = createTokenManager({
    vault: deps.vault,
    oauth,
    onNeedsSignIn: (userId) => {
      if (setAccountStatus(deps.db, userId, 'needs_sign_in')) announce();
    },
    ...(deps.afterTokenPersist ? { afterPersist: deps.afterTokenPersist } : {}),
  });

  const connect = createConnectService({
    oauth,
    tokens,
    language: deps.language,
    app: () => {
      const app = deps.meliApp();
      return { clientId: app.clientId, redirectUri: app.redirectUri, authUrl: app.authUrl, hasSecret: app.clientSecret !== null, pkce: app.pkce };
    },
    fetchMe: async (accessToken) => {
      const response = await http.get('/users/me', { headers: { Authorization: `Bearer ${accessToken}` }, validateStatus: () => true });
      const me = UserMe.safeParse(response.data);
      if (response.status !== 200 || !me.success) throw new AppError('offline', 'Mercado Libre did not say who signed in. Try again.');
      return { id: me.data.id, nickname: me.data.nickname, site_id: me.data.site_id, raw: response.data };
    },
    saveAccount: (account) => {
      upsertAccount(deps.db, account);
      announce();
      const saved = listAccounts(deps.db).find((row) => row.userId === account.userId);
      if (!saved) throw new AppError('internal', 'The account could not be saved.');
      return saved;
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
    };
  };

  const handlers: AccountHandlers = {
    'accounts.list': () => listAccounts(deps.db),
    'accounts.connect.start': async ({ siteId }) => {
      const started = await connect.start(siteId);
      const openedBySystem = deps.openExternal !== undefined;
      deps.openExternal?.(started.authorizationUrl);
      return { ...started, openedBySystem };
    },
    'accounts.connect.complete': ({ flowId, address }): Promise<Account> => connect.complete(flowId, address),
    'accounts.connect.cancel': ({ flowId }) => ({ cancelled: connect.cancel(flowId) }),
    'accounts.remove': async ({ userId }) => {
      const known = listAccounts(deps.db).some((account) => account.userId === userId);
      if (!known) throw new AppError('not_found', 'That account is not on this computer.');
      const accessToken = tokens.peekAccessToken(userId);
      let revoked = false;
      if (accessToken) {
        try {
          revoked = await oauth.revoke(userId, accessToken);
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
      deps.vault.set(APP_SECRET_KEY, clientSecret);
      return status();
    },
  };

  return { tokens, http, handlers, close: () => connect.close() };
}
