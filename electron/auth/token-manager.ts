/**
 * Keeps each account's access token fresh. Refreshes ahead of expiry, one refresh at a time per
 * account (Mercado Libre refresh tokens are single use: two racing refreshes log the seller out), and
 * stores the rotated pair durably before anyone uses the new access token. When Mercado Libre answers
 * invalid_grant the account is marked "needs sign-in"; nothing else is touched, so queued work waits.
 *
 * A pair is stored with the API origin and client id it was issued for and is never sent anywhere else:
 * once the app points at another address or client id, the account needs to sign in again
 * (accounts/credential-binding.ts).
 */
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { bindingOf, originOf, sameBinding, type ApiTarget } from '../accounts/credential-binding';
import type { Vault } from '../vault/vault';
import type { OAuthClient, TokenResponse } from './oauth-client';

const StoredTokens = z.object({
  userId: z.number().int(),
  accessToken: z.string(),
  refreshToken: z.string(),
  /** Epoch milliseconds. */
  expiresAt: z.number(),
  /** Where the pair was issued (absent in pairs stored by older versions until start-up binds them). */
  apiOrigin: z.string().optional(),
  clientId: z.string().optional(),
});
export type StoredTokens = z.infer<typeof StoredTokens>;

export const tokenKey = (userId: number) => `account:${userId}:tokens`;
export const accountSecretPrefix = (userId: number) => `account:${userId}:`;

export interface TokenManagerOptions {
  vault: Vault;
  oauth: OAuthClient;
  /** The app's current client id and API address (null while no app is set up). */
  target: () => ApiTarget | null;
  /** Called when the account cannot go on with its stored pair: the seller must sign in again. */
  onNeedsSignIn: (userId: number) => void;
  now?: () => number;
  /** Refresh this long before expiry. */
  refreshMarginMs?: number;
  /** Test hook: runs right after a rotated pair is committed, before it is used. */
  afterPersist?: (tokens: StoredTokens) => void;
}

export function createTokenManager(options: TokenManagerOptions) {
  const now = options.now ?? Date.now;
  const margin = options.refreshMarginMs ?? 5 * 60_000;
  const inFlight = new Map<number, Promise<StoredTokens>>();

  function read(userId: number): StoredTokens {
    const stored = peek(userId);
    if (!stored) throw new AppError('needs_sign_in', 'This account is not signed in on this computer.', { userId });
    return stored;
  }

  function peek(userId: number): StoredTokens | null {
    const raw = options.vault.get(tokenKey(userId));
    return raw ? StoredTokens.parse(JSON.parse(raw)) : null;
  }

  /** The current target when the pair belongs to it (and, if given, the call goes to its origin). */
  function boundTarget(tokens: StoredTokens, destination?: string): ApiTarget | null {
    const target = options.target();
    if (!target || !sameBinding(tokens, bindingOf(target))) return null;
    if (destination !== undefined && originOf(destination) !== tokens.apiOrigin) return null;
    return target;
  }

  function requireBound(userId: number, tokens: StoredTokens, destination?: string): ApiTarget {
    const target = boundTarget(tokens, destination);
    if (target) return target;
    options.onNeedsSignIn(userId);
    throw new AppError(
      'needs_sign_in',
      "This account signed in for another Mercado Libre address or app; its sign-in is not sent elsewhere. Connect it again.",
      { userId, reason: 'app_changed' },
    );
  }

  function persist(response: TokenResponse, target: ApiTarget): StoredTokens {
    const tokens: StoredTokens = {
      userId: response.user_id,
      accessToken: response.access_token,
      refreshToken: response.refresh_token,
      expiresAt: now() + response.expires_in * 1000,
      ...bindingOf(target),
    };
    options.vault.set(tokenKey(tokens.userId), JSON.stringify(tokens));
    options.afterPersist?.(tokens);
    return tokens;
  }

  function refresh(userId: number): Promise<StoredTokens> {
    const running = inFlight.get(userId);
    if (running) return running;
    const attempt = (async () => {
      const current = read(userId);
      const target = requireBound(userId, current);
      try {
        const response = await options.oauth.refresh(current.refreshToken, target);
        if (response.user_id !== userId) throw new AppError('internal', 'Mercado Libre answered for a different account.');
        return persist(response, target);
      } catch (error) {
        if (error instanceof AppError && error.code === 'needs_sign_in') options.onNeedsSignIn(userId);
        throw error;
      }
    })().finally(() => inFlight.delete(userId));
    inFlight.set(userId, attempt);
    return attempt;
  }

  return {
    /** Stores the first pair of a new sign-in, bound to where it was issued (default: the current app). */
    save(response: TokenResponse, issuedFor: ApiTarget | null = options.target()): StoredTokens {
      if (!issuedFor) throw new AppError('invalid_input', 'The Mercado Libre app is not configured. Enter it in Settings.');
      return persist(response, issuedFor);
    },
    has(userId: number): boolean {
      return options.vault.get(tokenKey(userId)) !== null;
    },
    /**
     * A valid access token for a call to `destination` (the API address the caller will send it to),
     * refreshed first when it expires within the margin.
     */
    async getAccessToken(userId: number, destination?: string): Promise<string> {
      const tokens = read(userId);
      requireBound(userId, tokens, destination);
      const running = inFlight.get(userId);
      if (running) return (await running).accessToken;
      if (tokens.expiresAt - now() > margin) return tokens.accessToken;
      return (await refresh(userId)).accessToken;
    },
    /** After a 401: refresh unless another caller already did since `rejectedToken` was handed out. */
    async refreshAfterRejection(userId: number, rejectedToken: string): Promise<string> {
      const running = inFlight.get(userId);
      if (running) return (await running).accessToken;
      const tokens = read(userId);
      requireBound(userId, tokens);
      if (tokens.accessToken !== rejectedToken) return tokens.accessToken;
      return (await refresh(userId)).accessToken;
    },
    /** The stored access token and where it may be sent, without refreshing (e.g. to revoke it). */
    peekAccessToken(userId: number): { accessToken: string; target: ApiTarget } | null {
      const tokens = peek(userId);
      const target = tokens ? boundTarget(tokens) : null;
      return tokens && target ? { accessToken: tokens.accessToken, target } : null;
    },
    /**
     * Checks every account's pair against the current app: a pair issued elsewhere makes the account
     * "needs sign-in". At start-up, pairs from older versions (no binding yet) are bound to the app then.
     */
    review(userIds: readonly number[], { bindLegacy = false } = {}): void {
      const target = options.target();
      for (const userId of userIds) {
        const tokens = peek(userId);
        if (!tokens) continue;
        if (bindLegacy && target && tokens.apiOrigin === undefined && tokens.clientId === undefined) {
          options.vault.set(tokenKey(userId), JSON.stringify({ ...tokens, ...bindingOf(target) }));
          continue;
        }
        if (!boundTarget(tokens)) options.onNeedsSignIn(userId);
      }
    },
    forget(userId: number): void {
      options.vault.deletePrefix(accountSecretPrefix(userId));
    },
  };
}
export type TokenManager = ReturnType<typeof createTokenManager>;
