// Authorization page and token endpoint: the authorization code grant with optional (or per-app
// mandatory) PKCE S256, rotating single-use refresh tokens, the documented OAuth error bodies,
// operator accounts refused, and revoking an app.
import { s256, type TokenResponse } from '../auth-store';
import { ApiError, fail, json, requireAuth, route, type Ctx, type Reply, type Route } from '../core/http';
import { SITES, type AppRecord } from '../model';
import type { SimState } from '../state';
import { authorizationPage, errorPage } from './auth-page';

const GRANT_EXPIRED = 'Error validating grant. Your authorization code or refresh token may be expired or it was already used';
const TOKEN_FIELDS = ['grant_type', 'client_id', 'client_secret', 'code', 'redirect_uri', 'refresh_token', 'code_verifier', 'scope'];
const SCOPES = ['offline_access', 'read', 'write'];

function oauthError(sim: SimState, status: number, error: string, message: string): ApiError {
  const extra = sim.config.oauthErrorField === 'error_description' ? { error_description: message } : {};
  return new ApiError(status, error, message, [], extra);
}

function redirectWith(uri: string, params: Record<string, string>): Reply {
  const url = new URL(uri);
  for (const [key, value] of Object.entries(params)) if (value !== '') url.searchParams.set(key, value);
  return { kind: 'redirect', location: url.toString() };
}

/** Checks the authorization request; returns the app or an error page (never redirects to an unregistered URI). */
function checkAuthorizationRequest(sim: SimState, params: URLSearchParams): AppRecord | Reply {
  if (params.get('response_type') !== 'code') return errorPage(400, 'response_type debe ser "code".');
  const app = sim.world.apps.get(params.get('client_id') ?? '');
  if (!app) return errorPage(400, 'La aplicación no existe (client_id inválido).');
  const redirect = params.get('redirect_uri') ?? '';
  if (!app.redirect_uris.includes(redirect)) return errorPage(400, 'El redirect_uri no coincide con el registrado en la aplicación.');
  return app;
}

function pkceProblem(app: AppRecord, params: URLSearchParams): string | null {
  const challenge = params.get('code_challenge');
  if (challenge && params.get('code_challenge_method') !== 'S256') return 'code_challenge_method must be S256';
  if (app.pkce && !challenge) return 'code_challenge is required for this application';
  return null;
}

function authorizationGet(sim: SimState) {
  return (ctx: Ctx): Reply => {
    const checked = checkAuthorizationRequest(sim, ctx.query);
    if ('kind' in checked) return checked;
    const problem = pkceProblem(checked, ctx.query);
    if (problem) return redirectWith(ctx.query.get('redirect_uri') ?? '', { error: 'invalid_request', error_description: problem, state: ctx.query.get('state') ?? '' });
    const site = SITES[(ctx.query.get('site') ?? 'MLA') as keyof typeof SITES] ?? SITES.MLA;
    return authorizationPage(checked, [...sim.world.sellers.values()], ctx.query, site.id);
  };
}

function authorizationDecision(sim: SimState) {
  return (ctx: Ctx): Reply => {
    const form = new URLSearchParams(ctx.rawBody.toString('utf8'));
    const checked = checkAuthorizationRequest(sim, form);
    if ('kind' in checked) return checked;
    const redirect = form.get('redirect_uri') ?? '';
    const state = form.get('state') ?? '';
    if (form.get('decision') !== 'approve') return redirectWith(redirect, { error: 'access_denied', state });
    const problem = pkceProblem(checked, form);
    if (problem) return redirectWith(redirect, { error: 'invalid_request', error_description: problem, state });
    const seller = sim.world.sellers.get(Number(form.get('user_id')));
    if (!seller) return errorPage(400, 'Elegí una cuenta para continuar.');
    const now = sim.world.now();
    const code = sim.auth.createCode({ appId: checked.client_id, userId: seller.id, redirectUri: redirect, challenge: form.get('code_challenge'), expiresAt: now + sim.config.codeTtlSeconds * 1000 });
    return redirectWith(redirect, { code, state });
  };
}

/** Issues a token pair for a seller, refusing operator accounts as Mercado Libre does. */
export function issueFor(sim: SimState, userId: number, appId: string): TokenResponse {
  const seller = sim.world.sellers.get(userId);
  if (!seller) throw oauthError(sim, 400, 'invalid_grant', 'The user does not exist');
  if (seller.operatorOf !== null) throw oauthError(sim, 400, 'invalid_operator_user_id', 'invalid_operator_user_id: operator users cannot authorize applications, use the administrator account');
  return sim.auth.issue(userId, appId, sim.config.tokenTtlSeconds, sim.world.now());
}

function tokenEndpoint(sim: SimState) {
  return (ctx: Ctx): Reply => {
    if (TOKEN_FIELDS.some((field) => ctx.query.has(field))) throw oauthError(sim, 400, 'invalid_request', 'Parameters must be sent in the request body (application/x-www-form-urlencoded), not in the query string');
    const type = (ctx.req.headers['content-type'] ?? '').split(';')[0]?.trim();
    if (type !== 'application/x-www-form-urlencoded') throw oauthError(sim, 400, 'invalid_request', 'The request body must be application/x-www-form-urlencoded');
    const form = new URLSearchParams(ctx.rawBody.toString('utf8'));
    for (const field of TOKEN_FIELDS) if (form.getAll(field).length > 1) throw oauthError(sim, 400, 'invalid_request', 'Wrong number of parameters with duplicate values.');
    const grantType = form.get('grant_type');
    if (!grantType) throw oauthError(sim, 400, 'invalid_request', 'grant_type is required');
    if (grantType !== 'authorization_code' && grantType !== 'refresh_token') throw oauthError(sim, 400, 'unsupported_grant_type', `Unsupported grant type: ${grantType}.`);
    const scope = form.get('scope');
    if (scope !== null && scope.split(/[\s,]+/).some((s) => !SCOPES.includes(s))) throw oauthError(sim, 400, 'invalid_scope', 'The requested scope is invalid, unknown, or malformed.');
    const app = sim.world.apps.get(form.get('client_id') ?? '');
    if (!app || app.client_secret !== form.get('client_secret')) throw oauthError(sim, 400, 'invalid_client', 'invalid client_id or client_secret');
    const now = sim.world.now();
    if (grantType === 'refresh_token') {
      const token = form.get('refresh_token');
      if (!token) throw oauthError(sim, 400, 'invalid_request', 'refresh_token is required');
      const taken = sim.auth.takeRefresh(token, app.client_id, now);
      if (taken === 'client_mismatch') throw oauthError(sim, 400, 'invalid_grant', 'The client_id does not match the original.');
      if (!taken) throw oauthError(sim, 400, 'invalid_grant', GRANT_EXPIRED);
      return json(issueFor(sim, taken.userId, app.client_id));
    }
    const code = form.get('code');
    if (!code) throw oauthError(sim, 400, 'invalid_request', 'code is required');
    const record = sim.auth.takeCode(code);
    if (!record || record.expiresAt <= now) throw oauthError(sim, 400, 'invalid_grant', GRANT_EXPIRED);
    if (record.appId !== app.client_id) throw oauthError(sim, 400, 'invalid_grant', 'The client_id does not match the original.');
    if (record.redirectUri !== form.get('redirect_uri')) throw oauthError(sim, 400, 'invalid_grant', 'The redirect_uri does not match the original.');
    if (record.challenge !== null) {
      const verifier = form.get('code_verifier');
      if (!verifier) throw oauthError(sim, 400, 'invalid_request', 'code_verifier is required');
      if (s256(verifier) !== record.challenge) throw oauthError(sim, 400, 'invalid_grant', 'The code_verifier does not match the code_challenge');
    }
    return json(issueFor(sim, record.userId, app.client_id));
  };
}

function revoke(sim: SimState) {
  return (ctx: Ctx): Reply => {
    const auth = requireAuth(ctx);
    const userId = ctx.params.user_id ?? '';
    const appId = ctx.params.app_id ?? '';
    if (String(auth.userId) !== userId) fail(403, 'forbidden', 'The caller is not authorized to access this resource');
    if (!sim.auth.revokeGrant(auth.userId, appId)) fail(404, 'not_found', `Application ${appId} is not authorized by user ${userId}`);
    return json({ user_id: userId, app_id: appId, msg: 'Autorización eliminada' });
  };
}

function applications(sim: SimState) {
  return (ctx: Ctx): Reply => {
    const auth = requireAuth(ctx);
    if (String(auth.userId) !== ctx.params.user_id) fail(403, 'forbidden', 'The caller is not authorized to access this resource');
    return json(sim.auth.grantsOf(auth.userId).map((g) => ({ ...g, date_created: new Date(g.date_created).toISOString() })));
  };
}

export function authRoutes(sim: SimState): Route[] {
  return [
    route('GET', '/authorization', authorizationGet(sim), { public: true }),
    route('POST', '/authorization/decision', authorizationDecision(sim), { public: true }),
    route('POST', '/oauth/token', tokenEndpoint(sim), { public: true }),
    route('DELETE', '/users/:user_id/applications/:app_id', revoke(sim)),
    route('GET', '/users/:user_id/applications', applications(sim)),
  ];
}
