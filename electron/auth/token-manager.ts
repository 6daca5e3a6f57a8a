/**
 * Keeps each account's access token fresh. Refreshes ahead of expiry, one refresh at a time per
 * account (Mercado Libre refresh tokens are single use: two racing refreshes log the seller out), and
 * stores the rotated pair durably before anyone uses the new access token. When Mercado Libre answers
 * invalid_grant the account is marked "needs sign-in"; nothing else is touched, so queued work waits.
 */
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { Vault } from '../vault/vault';
import type { OAuthClient, TokenResponse } from './oauth-client';

const StoredTokens = z.object({
  userId: z.number().int(),
  accessToken: z.string(),
  refreshToken: z.string(),
  /** Epoch milliseconds. */
  expiresAt: z.number(),
});
export type StoredTokens = z.infer<typeof StoredTokens>;

export const tokenKey = (userId: number) => `account:${userId}:tokens`;
export const accountSecretPrefix = (userId: number) => `account:${userId}:`;

export interface TokenManagerOptions {
  vault: Vault;
  oauth: OAuthClient;
  /** Called when Mercado Libre refuses the refresh token: the seller must sign in again. */
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
    const raw = options.vault.get(tokenKey(userId));
    if (!raw) throw new AppError('needs_sign_in', 'This account is not signed in on this computer.', { userId });
    return StoredTokens.parse(JSON.parse(raw));
  }

  function persist(response: TokenResponse): StoredTokens {
    const tokens: StoredTokens = {
      userId: response.user_id,
      accessToken: response.access_token,
      refreshToken: response.refresh_token,
      expiresAt: now() + response.expires_in * 1000,
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
      try {
        const response = await options.oauth.refresh(current.refreshToken);
        if (response.user_id !== userId) throw new AppError('internal', 'Mercado Libre answered for a different account.');
        return persist(response);
      } catch (error) {
        if (error instanceof AppError && error.code === 'needs_sign_in') options.onNeedsSignIn(userId);
        throw error;
      }
    })().finally(() => inFlight.delete(userId));
    inFlight.set(userId, attempt);
    return attempt;
  }

  return {
    /** Stores the first pair of a new sign-in. */
    save: persist,
    has(userId: number): boolean {
      return options.vault.get(tokenKey(userId)) !== null;
    },
    /** A valid access token, refreshed first when it expires within the margin. */
    async getAccessToken(userId: number): Promise<string> {
      const running = inFlight.get(userId);
      if (running) return (await running).accessToken;
      const tokens = read(userId);
      if (tokens.expiresAt - now() > margin) return tokens.accessToken;
      return (await refresh(userId)).accessToken;
    },
    /** After a 401: refresh unless another caller already did since `rejectedToken` was handed out. */
    async refreshAfterRejection(userId: number, rejectedToken: string): Promise<string> {
      const running = inFlight.get(userId);
      if (running) return (await running).accessToken;
      const tokens = read(userId);
      if (tokens.accessToken !== rejectedToken) return tokens.accessToken;
      return (await refresh(userId)).accessToken;
    },
    /** The stored access token without refreshing (e.g. to revoke it). */
    peekAccessToken(userId: number): string | null {
      const raw = options.vault.get(tokenKey(userId));
      return raw ? StoredTokens.parse(JSON.parse(raw)).accessToken : null;
    },
    forget(userId: number): void {
      options.vault.deletePrefix(accountSecretPrefix(userId));
    },
  };
}
export type TokenManager = ReturnType<typeof createTokenManager>;
