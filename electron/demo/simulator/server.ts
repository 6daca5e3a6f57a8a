// The Mercado Libre simulator: a real HTTP server on 127.0.0.1 serving the seeded store, with
// OAuth, the documented resource rules, fault injection and the /__sim/ admin API (token-guarded,
// and switched off in the app's demo store). Every request must name 127.0.0.1:PORT as its Host.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startActivity } from './activity';
import { AuthStore } from './auth-store';
import { applyPatch, defaultConfig, noPendingFaults, type SimConfigPatch } from './config';
import { adminTokenDigest, allowedHosts, checkAdmin, checkHost, newAdminToken } from './core/guard';
import { ApiError, matchRoute, type Ctx, type Reply, type Route } from './core/http';
import { generateWorld, type StoreSize } from './data/generate';
import { DEFAULT_APP, DEMO_SELLER_ID, OPERATOR_USER_ID, PKCE_APP, SEEDED_SELLERS, type SellerSummary } from './data/sellers';
import { brokenPath, checkRateLimit, latencyFor, RateWindows, serverError, shouldDrop } from './faults';
import type { AppRecord } from './model';
import { adminRoutes } from './routes/admin';
import { authRoutes, issueFor } from './routes/auth';
import { categoryRoutes } from './routes/categories';
import { itemRoutes } from './routes/items';
import { itemUpdateRoutes } from './routes/item-update';
import { labelRoutes } from './routes/labels';
import { messageRoutes } from './routes/messages';
import { orderRoutes } from './routes/orders';
import { questionRoutes } from './routes/questions';
import { reputationRoutes } from './routes/reputation';
import { shipmentRoutes } from './routes/shipments';
import { userRoutes } from './routes/users';
import { LOG_LIMIT, type SimState } from './state';
import type { TokenResponse } from './auth-store';

export { DEFAULT_APP, DEMO_SELLER_ID, OPERATOR_USER_ID, PKCE_APP, SEEDED_SELLERS };
export type { AppRecord, SellerSummary, SimConfigPatch, StoreSize, TokenResponse };

export interface SimulatorOptions extends Omit<SimConfigPatch, 'marketActivity'> {
  /** 0 (default) picks a free port. */
  port?: number;
  seed?: number;
  size?: StoreSize;
  /** The moment the generated history ends ("today"); defaults to the current hour. */
  now?: Date | number;
  /** Shorthand for marketActivity.enabled. */
  marketActivity?: SimConfigPatch['marketActivity'] | boolean;
  /** Shorthand for latency: a fixed delay or a uniform range, in milliseconds. */
  latencyMs?: number | { min: number; max: number };
  /** Extra applications to register beside DEFAULT_APP and PKCE_APP. */
  apps?: AppRecord[];
  /**
   * Serve the /__sim/ admin API (default true: tests, benchmarks, `npm run sim`). The app's demo store
   * turns it off: it signs in through the authorization page and needs nothing else.
   */
  admin?: boolean;
}

export interface AdminInit {
  method?: string;
  /** Sent as JSON. */
  body?: unknown;
}

export interface Simulator {
  url: string;
  port: number;
  seed: number;
  size: StoreSize;
  defaultApp: AppRecord;
  pkceApp: AppRecord;
  sellers: SellerSummary[];
  demoSellerId: number;
  operatorUserId: number;
  /** Milliseconds the store took to generate. */
  generationMs: number;
  /** Signs a seller in without the browser page, like POST /__sim/token. */
  token(userId?: number, clientId?: string): TokenResponse;
  /** Random per start; /__sim/ routes want it as `authorization: Bearer <token>` or `x-sim-admin`. */
  adminToken: string;
  /**
   * Calls an admin route with the token, e.g. admin('/__sim/tokens/revoke', { method: 'POST', body }),
   * and resolves to its JSON answer; rejects on any answer but 2xx, so a set-up step cannot fail unseen.
   */
  admin(path: string, init?: AdminInit): Promise<unknown>;
  state: SimState;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, reply: Reply): number {
  if (reply.kind === 'redirect') {
    res.writeHead(302, { location: reply.location });
    res.end();
    return 302;
  }
  if (reply.kind === 'html') {
    res.writeHead(reply.status, { 'content-type': 'text/html; charset=utf-8' });
    res.end(reply.body);
    return reply.status;
  }
  if (reply.kind === 'bytes') {
    res.writeHead(reply.status, { 'content-type': reply.contentType, 'content-length': reply.body.byteLength, ...reply.headers });
    res.end(reply.body);
    return reply.status;
  }
  const payload = JSON.stringify(reply.body);
  res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...reply.headers });
  res.end(payload);
  return reply.status;
}

function errorReply(error: unknown): Reply {
  if (error instanceof ApiError) return { kind: 'json', status: error.status, body: error.body(), headers: error.headers };
  console.error('[sim] handler failed', error);
  return { kind: 'json', status: 500, body: { message: 'Internal server error', error: 'internal_error', status: 500, cause: [] } };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function authenticate(sim: SimState, ctx: Ctx): void {
  const header = ctx.req.headers.authorization ?? '';
  if (ctx.query.has('access_token')) throw new ApiError(401, 'unauthorized', 'access_token in the query string is not accepted: send Authorization: Bearer');
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) throw new ApiError(401, 'unauthorized', 'authorization value not present');
  const { userId, appId } = sim.auth.authenticate(match[1], sim.world.now());
  const seller = sim.world.sellers.get(userId);
  if (!seller) throw new ApiError(401, 'invalid_token', 'invalid access token');
  ctx.auth = { userId, appId, seller };
}

async function handleApi(sim: SimState, routes: Route[], ctx: Ctx, res: ServerResponse): Promise<number | null> {
  const latency = latencyFor(sim.config, sim.world.rng);
  if (latency > 0) await sleep(latency);
  if (shouldDrop(sim.config, sim.pending, sim.world.rng)) {
    res.socket?.destroy();
    return null;
  }
  try {
    const matched = matchRoute(routes, ctx.method, ctx.path);
    if (matched === null) throw new ApiError(404, 'not_found', `Resource ${ctx.path} not found`);
    if (matched === 'method_not_allowed') throw new ApiError(405, 'method_not_allowed', `Method ${ctx.method} not allowed for ${ctx.path}`);
    ctx.params = matched.params;
    if (!matched.route.public) authenticate(sim, ctx);
    const appId = ctx.auth?.appId ?? (ctx.path === '/oauth/token' ? new URLSearchParams(ctx.rawBody.toString('utf8')).get('client_id') : null);
    checkRateLimit(sim.config, sim.windows, sim.pending, appId, ctx.auth?.userId ?? null, sim.world.now());
    const injected = brokenPath(sim.config, ctx.path) ?? serverError(sim.config, sim.pending, sim.world.rng);
    if (injected) throw injected;
    const reply = await matched.route.handler(ctx);
    if (ctx.method !== 'GET' && sim.pending.dropsAfterWrite > 0) {
      // The write happened; its answer never arrives (what a client must reconcile by reading).
      sim.pending.dropsAfterWrite -= 1;
      res.socket?.destroy();
      return null;
    }
    return send(res, reply);
  } catch (error) {
    return send(res, errorReply(error));
  }
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const seed = options.seed ?? 1;
  const size = options.size ?? 'demo';
  const nowMs = options.now === undefined ? Math.floor(Date.now() / 3_600_000) * 3_600_000 : new Date(options.now).getTime();
  const { port: _port, seed: _seed, size: _size, now: _now, apps, marketActivity, latencyMs, admin: adminEnabled = true, ...patch } = options;
  const activityPatch = typeof marketActivity === 'boolean' ? { enabled: marketActivity } : marketActivity;
  if (latencyMs !== undefined) {
    const range = typeof latencyMs === 'number' ? { min: latencyMs, max: latencyMs } : latencyMs;
    patch.latency = { ...patch.latency, minMs: range.min, maxMs: range.max };
  }
  const started = performance.now();
  const sim: SimState = {
    world: generateWorld({ seed, size, now: nowMs, apps }),
    config: applyPatch(defaultConfig(), { ...patch, ...(activityPatch ? { marketActivity: activityPatch } : {}) }),
    pending: noPendingFaults(),
    auth: new AuthStore(),
    windows: new RateWindows(),
    log: [],
    scrolls: new Map(),
  };
  const generationMs = performance.now() - started;
  const reset = (newSeed: number): void => {
    sim.world = generateWorld({ seed: newSeed, size, now: nowMs, apps });
    sim.auth = new AuthStore();
    sim.windows.clear();
    sim.scrolls.clear();
    sim.pending = noPendingFaults();
  };
  const activity = startActivity(sim);
  const routes: Route[] = [
    ...authRoutes(sim), ...userRoutes(sim), ...itemRoutes(sim), ...itemUpdateRoutes(sim), ...categoryRoutes(sim),
    ...orderRoutes(sim), ...questionRoutes(sim), ...shipmentRoutes(sim), ...labelRoutes(sim), ...messageRoutes(sim), ...reputationRoutes(sim),
  ];
  const admin = adminEnabled ? adminRoutes(sim, { reset, activity }) : [];
  const adminToken = newAdminToken();
  const tokenDigest = adminTokenDigest(adminToken);
  let hosts = new Set<string>();

  const server = createServer((req, res) => {
    void (async () => {
      const begin = performance.now();
      try {
        checkHost(req, hosts);
      } catch (error) {
        return send(res, errorReply(error));
      }
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const ctx: Ctx = { req, method: req.method ?? 'GET', path: url.pathname.replace(/\/+$/, '') || '/', query: url.searchParams, params: {}, rawBody: await readBody(req), auth: null };
      if (ctx.path.startsWith('/__sim/')) {
        try {
          // Switched off (the demo store): as if there were no admin API at all.
          if (admin.length === 0) throw new ApiError(404, 'not_found', `Resource ${ctx.path} not found`);
          checkAdmin(req, ctx.rawBody, tokenDigest);
          const matched = matchRoute(admin, ctx.method, ctx.path);
          if (matched === null || matched === 'method_not_allowed') throw new ApiError(404, 'not_found', `Admin resource ${ctx.path} not found`);
          ctx.params = matched.params;
          return send(res, await matched.route.handler(ctx));
        } catch (error) {
          return send(res, errorReply(error));
        }
      }
      const status = await handleApi(sim, routes, ctx, res);
      if (sim.log.length >= LOG_LIMIT) sim.log.splice(0, sim.log.length - LOG_LIMIT + 1);
      sim.log.push({
        method: ctx.method, path: ctx.path, query: Object.fromEntries(ctx.query), status: status ?? 0,
        ms: Math.round((performance.now() - begin) * 10) / 10, at: new Date().toISOString(), user_id: ctx.auth?.userId ?? null, app_id: ctx.auth?.appId ?? null,
      });
    })().catch((error: unknown) => {
      console.error('[sim] request failed', error);
      if (!res.headersSent) send(res, errorReply(error));
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  hosts = allowedHosts(port);
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    port,
    seed,
    size,
    defaultApp: DEFAULT_APP,
    pkceApp: PKCE_APP,
    sellers: SEEDED_SELLERS,
    demoSellerId: DEMO_SELLER_ID,
    operatorUserId: OPERATOR_USER_ID,
    generationMs,
    token: (userId = DEMO_SELLER_ID, clientId = DEFAULT_APP.client_id) => issueFor(sim, userId, clientId),
    adminToken,
    admin: async (path, init = {}) => {
      const method = init.method ?? 'GET';
      const response = await fetch(`${url}${path}`, {
        method,
        headers: { authorization: `Bearer ${adminToken}`, ...(init.body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
      return text === '' ? null : (JSON.parse(text) as unknown);
    },
    state: sim,
    close: () => new Promise<void>((resolve, reject) => {
      activity.stop();
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    }),
  };
}
