/**
 * Connecting a Mercado Libre account: builds the authorization address (state + PKCE S256), listens
 * on loopback for the redirect, or takes the pasted final address, exchanges the code, reads who the
 * seller is, and stores the account (tokens in the vault). One connection runs at a time.
 */
import crypto from 'node:crypto';
import type { Account } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { Language, SiteId } from '../../shared/settings';
import { SiteId as SiteIdSchema } from '../../shared/settings';
import { startCallbackListener, type CallbackListener, type CallbackOutcome } from './callback-listener';
import { grantError, type OAuthClient } from './oauth-client';
import { parsePastedCallback } from './paste';
import { createPkce, createState, sameSecret, type Pkce } from './pkce';
import { planRedirect } from './redirect';
import { authorizationUrl } from './sites';
import type { ApiTarget } from '../accounts/credential-binding';
import type { TokenManager } from './token-manager';

export const CONNECT_TIMEOUT_MS = 5 * 60_000;

export interface ConnectDeps {
  oauth: OAuthClient;
  tokens: TokenManager;
  app: () => { apiUrl: string; clientId: string | null; redirectUri: string | null; authUrl: string | null; hasSecret: boolean; pkce: boolean };
  /** GET /users/me with a fresh access token, at the API address it was issued by. */
  fetchMe: (accessToken: string, apiUrl: string) => Promise<{ id: number; nickname: string; site_id: string; raw: unknown }>;
  saveAccount: (account: { userId: number; nickname: string; siteId: SiteId; raw: unknown }) => Account;
  language: () => Language;
  /**
   * Before a flow starts: throws when the site cannot be connected with this app, or when Mercado Libre
   * cannot be reached at all (then no authorization can ever come back, and the seller hears so at once).
   */
  checkReachable?: (siteId: SiteId) => Promise<void>;
  onFinished: (result: { flowId: string; ok: true; account: Account } | { flowId: string; ok: false; error: ReturnType<AppError['toJSON']> }) => void;
  timeoutMs?: number;
}

interface Flow {
  id: string;
  siteId: SiteId;
  state: string;
  pkce: Pkce;
  /** Mercado Libre enforces PKCE for the app this flow started with. */
  pkceEnforced: boolean;
  /** The app and API address this flow started with: the code is redeemed there and the pair bound to it. */
  target: ApiTarget;
  redirectUri: string;
  listener: CallbackListener;
  timer: NodeJS.Timeout;
  done: boolean;
}

export interface ConnectStart {
  flowId: string;
  authorizationUrl: string;
  redirectMode: 'loopback' | 'forward';
  expiresAt: string;
  /** Whether a pasted code without `state` is accepted (only when the app enforces PKCE). */
  bareCodeAccepted: boolean;
}

export function createConnectService(deps: ConnectDeps) {
  let current: Flow | null = null;

  async function finish(flow: Flow, outcome: CallbackOutcome): Promise<Account> {
    if (flow.done) throw new AppError('conflict', 'This connection already finished. Start again.');
    try {
      if (outcome.kind === 'denied') throw grantError('access_denied');
      const tokens = await deps.oauth.exchangeCode(outcome.code, flow.redirectUri, flow.pkce.verifier, flow.target);
      const me = await deps.fetchMe(tokens.access_token, flow.target.apiUrl);
      if (me.id !== tokens.user_id) throw new AppError('internal', 'Mercado Libre answered for a different account.');
      const site = SiteIdSchema.safeParse(me.site_id);
      if (!site.success) throw new AppError('forbidden', `Mostrador does not support the site ${me.site_id} yet.`);
      deps.tokens.save(tokens, flow.target);
      const account = deps.saveAccount({ userId: me.id, nickname: me.nickname, siteId: site.data, raw: me.raw });
      end(flow);
      deps.onFinished({ flowId: flow.id, ok: true, account });
      return account;
    } catch (error) {
      const appError = error instanceof AppError ? error : new AppError('internal', 'The connection failed.');
      end(flow);
      deps.onFinished({ flowId: flow.id, ok: false, error: appError.toJSON() });
      throw appError;
    }
  }

  function end(flow: Flow): void {
    flow.done = true;
    clearTimeout(flow.timer);
    void flow.listener.close();
    if (current === flow) current = null;
  }

  return {
    async start(siteId: SiteId): Promise<ConnectStart> {
      const app = deps.app();
      if (!app.clientId || !app.redirectUri) {
        throw new AppError('invalid_input', 'Enter your Mercado Libre app (client id and redirect URI) in Settings first.');
      }
      if (!app.hasSecret) throw new AppError('invalid_input', "Enter your Mercado Libre app's secret key in Settings first.");
      await deps.checkReachable?.(siteId);
      if (current) this.cancel(current.id);
      const plan = planRedirect(app.redirectUri);
      const pkce = createPkce();
      const flowId = crypto.randomUUID();
      let flow: Flow | null = null;
      const listener = await startCallbackListener({
        port: plan.port,
        path: plan.path,
        language: deps.language,
        onCallback: async (outcome) => {
          if (!flow) return { ok: false };
          try {
            const account = await finish(flow, outcome);
            return { ok: true, detail: account.nickname };
          } catch (error) {
            return { ok: false, detail: error instanceof AppError ? error.message : undefined };
          }
        },
      });
      const state = createState(listener.port);
      listener.setState(state);
      const redirectUri = plan.mode === 'loopback' ? plan.redirectUri(listener.port) : plan.redirectUri();
      const timeoutMs = deps.timeoutMs ?? CONNECT_TIMEOUT_MS;
      flow = {
        id: flowId,
        siteId,
        state,
        pkce,
        pkceEnforced: app.pkce,
        target: { apiUrl: app.apiUrl, clientId: app.clientId },
        redirectUri,
        listener,
        done: false,
        timer: setTimeout(() => {
          if (!flow || flow.done) return;
          end(flow);
          deps.onFinished({ flowId, ok: false, error: new AppError('offline', 'The connection timed out. Start again when ready.', { reason: 'timeout' }).toJSON() });
        }, timeoutMs),
      };
      flow.timer.unref();
      current = flow;
      return {
        flowId,
        redirectMode: plan.mode,
        bareCodeAccepted: app.pkce,
        expiresAt: new Date(Date.now() + timeoutMs).toISOString(),
        authorizationUrl: authorizationUrl({
          authBase: app.authUrl,
          siteId,
          clientId: app.clientId,
          redirectUri,
          state,
          codeChallenge: pkce.challenge,
        }),
      };
    },

    /** The seller pasted the final address (or the code) instead of being redirected. */
    async complete(flowId: string, pasted: string): Promise<Account> {
      const flow = current;
      if (!flow || flow.id !== flowId) throw new AppError('not_found', 'That connection is no longer open. Start again.');
      const parsed = parsePastedCallback(pasted);
      if (!parsed) throw new AppError('invalid_input', 'Paste the whole address shown by the browser after approving (it contains "code=").');
      // Without state nothing ties the code to this attempt: a code the seller was tricked into pasting
      // would connect someone else's account. Only PKCE (enforced by Mercado Libre) makes that safe.
      if (parsed.state === null && !flow.pkceEnforced) {
        throw new AppError(
          'invalid_input',
          'Paste the whole address shown by the browser after approving (it contains "state="), not only the code.',
          { reason: 'state_required' },
        );
      }
      if (parsed.state !== null && !sameSecret(parsed.state, flow.state)) {
        throw new AppError('invalid_input', 'That address belongs to a different connection attempt. Start again.');
      }
      return finish(flow, parsed.code ? { kind: 'code', code: parsed.code } : { kind: 'denied', error: parsed.error ?? 'access_denied' });
    },

    cancel(flowId: string): boolean {
      if (!current || current.id !== flowId) return false;
      const flow = current;
      end(flow);
      deps.onFinished({ flowId, ok: false, error: new AppError('invalid_input', 'The connection was cancelled.', { reason: 'cancelled' }).toJSON() });
      return true;
    },

    close(): void {
      if (current) end(current);
    },
  };
}
export type ConnectService = ReturnType<typeof createConnectService>;
