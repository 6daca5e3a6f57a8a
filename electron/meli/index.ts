/**
 * Talking to Mercado Libre: the one client (budget, retries, counter, token-free errors) and the typed
 * endpoints built on it. With the token manager:
 *   createMeliClient({ apiUrl, getAccessToken: tokens.getAccessToken, onUnauthorized: tokens.refreshAfterRejection })
 */
export { createMeliClient, DEFAULT_BUDGET, DEFAULT_TIMEOUT_MS, type MeliClient, type MeliClientOptions, type MeliRequest, type MeliResponse, type RequestInfo, type RequestPriority } from './client';
export { createMeliApi, type MeliApi, type MeliEndpoints } from './endpoints';
export { meliErrorDetails, type MeliErrorDetails, type MeliFailureReason } from './errors';
export { DEFAULT_RETRY, type RetryOptions } from './retry-policy';
export type { RequestCounts, StatsSnapshot } from './stats';
