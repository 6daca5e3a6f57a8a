/**
 * The two OAuth grants at POST /oauth/token (form body only, as Mercado Libre requires) and revocation.
 * Errors become AppErrors with a reason a seller understands; token strings never appear in them.
 * Every call names its target (API address and client id) explicitly: the credentials it carries were
 * checked for that target, and nothing in between can redirect them.
 */
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { ApiTarget } from '../accounts/credential-binding';
import { TransportError, type HttpTransport } from '../meli/http-transport';

export const TokenResponse = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.coerce.number().positive(),
  scope: z.string().optional(),
  user_id: z.coerce.number().int(),
  refresh_token: z.string().min(1),
});
export type TokenResponse = z.infer<typeof TokenResponse>;

export interface AppCredentials {
  clientId: string;
  clientSecret: string;
}

/** Why a grant failed, in terms the UI can explain. */
export type GrantFailure =
  | 'invalid_grant'
  | 'invalid_client'
  | 'redirect_mismatch'
  | 'operator_account'
  | 'access_denied'
  | 'rate_limited'
  | 'offline'
  | 'timeout'
  | 'unknown';

const FAILURE_MESSAGES: Record<GrantFailure, string> = {
  invalid_grant: 'Mercado Libre no longer accepts this sign-in (it expired or was already used). Connect the account again.',
  invalid_client: "Mercado Libre did not recognise the app's client id or secret. Check them in Settings.",
  redirect_mismatch: 'The redirect URI does not match the one registered for the app in Mercado Libre.',
  operator_account: 'This is a collaborator (operator) account. Sign in with the main account of the store.',
  access_denied: 'Access was not granted in Mercado Libre.',
  rate_limited: 'Mercado Libre is receiving too many requests. Try again in a minute.',
  offline: 'Mercado Libre could not be reached. Check the connection.',
  timeout: 'Mercado Libre took too long to answer. Try again.',
  unknown: 'Mercado Libre refused the sign-in.',
};

export function grantError(reason: GrantFailure, status?: number): AppError {
  const code = reason === 'invalid_grant' ? 'needs_sign_in' : reason === 'offline' || reason === 'timeout' ? 'offline' : reason === 'rate_limited' ? 'rate_limited' : 'unauthorized';
  return new AppError(code, FAILURE_MESSAGES[reason], { reason, ...(status ? { status } : {}) });
}

interface ErrorBody {
  error?: unknown;
  message?: unknown;
  error_description?: unknown;
}

export function classifyGrantError(status: number | undefined, body: unknown, networkCode?: string): GrantFailure {
  if (status === undefined) return networkCode === 'ECONNABORTED' || networkCode === 'ETIMEDOUT' ? 'timeout' : 'offline';
  const { error, message, error_description } = (body ?? {}) as ErrorBody;
  const text = `${String(error ?? '')} ${String(message ?? '')} ${String(error_description ?? '')}`.toLowerCase();
  if (text.includes('operator')) return 'operator_account';
  if (text.includes('redirect_uri') || text.includes('redirect uri')) return 'redirect_mismatch';
  if (error === 'invalid_grant') return 'invalid_grant';
  if (error === 'invalid_client') return 'invalid_client';
  if (status === 429 || error === 'local_rate_limited') return 'rate_limited';
  if (status >= 500) return 'offline';
  return 'unknown';
}

/** The app's credentials for a target; throws when the app configured now is not that target. */
export type CredentialsFor = (target: ApiTarget) => AppCredentials;

/** Each call goes to the address it names (`transportFor(target.apiUrl)`). */
export function createOAuthClient(transportFor: (apiUrl: string) => HttpTransport, credentials: CredentialsFor) {
  async function grant(params: Record<string, string>, target: ApiTarget): Promise<TokenResponse> {
    const { clientId, clientSecret } = credentials(target);
    try {
      const response = await transportFor(target.apiUrl).request({
        method: 'POST',
        url: '/oauth/token',
        form: { ...params, client_id: clientId, client_secret: clientSecret },
        headers: { Accept: 'application/json' },
        expect: 'json',
      });
      if (response.status === 200) {
        const parsed = TokenResponse.safeParse(response.data);
        if (parsed.success) return parsed.data;
        throw grantError('unknown', response.status);
      }
      throw grantError(classifyGrantError(response.status, response.data), response.status);
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw grantError(classifyGrantError(undefined, undefined, error instanceof TransportError ? error.code : undefined));
    }
  }

  return {
    exchangeCode(code: string, redirectUri: string, codeVerifier: string, target: ApiTarget) {
      return grant({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, code_verifier: codeVerifier }, target);
    },
    refresh(refreshToken: string, target: ApiTarget) {
      return grant({ grant_type: 'refresh_token', refresh_token: refreshToken }, target);
    },
    /** Revokes this app's access for the seller at the target it signed in with; true when Mercado Libre confirmed it. */
    async revoke(userId: number, accessToken: string, target: ApiTarget): Promise<boolean> {
      try {
        const response = await transportFor(target.apiUrl).request({
          method: 'DELETE',
          url: `/users/${userId}/applications/${encodeURIComponent(target.clientId)}`,
          headers: { Authorization: `Bearer ${accessToken}`, Accept: 'application/json' },
          expect: 'json',
        });
        return response.status >= 200 && response.status < 300;
      } catch {
        return false;
      }
    },
  };
}
export type OAuthClient = ReturnType<typeof createOAuthClient>;
