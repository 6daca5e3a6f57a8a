// The tiny HTTP layer: route table with :params, the request context handed to handlers, the
// standard Mercado Libre error body, and the reply shapes (JSON, bytes, HTML, redirects).
import type { IncomingMessage } from 'node:http';
import type { SellerRecord } from '../model';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    message: string,
    readonly causes: unknown[] = [],
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  body(): Record<string, unknown> {
    return { message: this.message, error: this.error, status: this.status, cause: this.causes, ...this.extra };
  }
}

export function fail(status: number, error: string, message: string, cause: unknown[] = []): never {
  throw new ApiError(status, error, message, cause);
}

export function notFound(message: string, error = 'not_found'): never {
  throw new ApiError(404, error, message);
}

export interface AuthInfo {
  userId: number;
  appId: string;
  seller: SellerRecord;
}

export interface Ctx {
  req: IncomingMessage;
  method: string;
  path: string;
  query: URLSearchParams;
  params: Record<string, string>;
  rawBody: Buffer;
  /** Set by the server before the handler runs on routes that need a token. */
  auth: AuthInfo | null;
}

export type Reply =
  | { kind: 'json'; status: number; body: unknown; headers?: Record<string, string> }
  | { kind: 'bytes'; status: number; body: Uint8Array; contentType: string; headers?: Record<string, string> }
  | { kind: 'html'; status: number; body: string }
  | { kind: 'redirect'; location: string };

export const json = (body: unknown, status = 200, headers?: Record<string, string>): Reply => ({ kind: 'json', status, body, headers });

export type Handler = (ctx: Ctx) => Reply | Promise<Reply>;

export interface Route {
  method: string;
  segments: string[];
  /** Public routes run without a bearer token (authorization page, token endpoint, categories). */
  public: boolean;
  handler: Handler;
}

export function route(method: string, pattern: string, handler: Handler, options: { public?: boolean } = {}): Route {
  return { method, segments: pattern.split('/').filter(Boolean), public: options.public ?? false, handler };
}

export function matchRoute(routes: Route[], method: string, path: string): { route: Route; params: Record<string, string> } | 'method_not_allowed' | null {
  const parts = path.split('/').filter(Boolean).map((p) => decodeURIComponent(p));
  let pathMatched = false;
  for (const candidate of routes) {
    if (candidate.segments.length !== parts.length) continue;
    const params: Record<string, string> = {};
    let ok = true;
    for (let i = 0; i < parts.length; i += 1) {
      const seg = candidate.segments[i] ?? '';
      const part = parts[i] ?? '';
      if (seg.startsWith(':')) params[seg.slice(1)] = part;
      else if (seg !== part) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    pathMatched = true;
    if (candidate.method === method) return { route: candidate, params };
  }
  return pathMatched ? 'method_not_allowed' : null;
}

export function jsonBody(ctx: Ctx): unknown {
  if (ctx.rawBody.length === 0) fail(400, 'bad_request', 'A JSON body is required');
  try {
    return JSON.parse(ctx.rawBody.toString('utf8')) as unknown;
  } catch {
    return fail(400, 'bad_request', 'Malformed JSON body');
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function objectBody(ctx: Ctx): Record<string, unknown> {
  const body = jsonBody(ctx);
  if (!isRecord(body)) fail(400, 'bad_request', 'The body must be a JSON object');
  return body;
}

export function requireAuth(ctx: Ctx): AuthInfo {
  if (!ctx.auth) fail(401, 'unauthorized', 'authorization value not present');
  return ctx.auth;
}

/** Reads a non-negative integer query parameter, with the API's 400 when it is not one. */
export function intParam(ctx: Ctx, name: string, fallback: number): number {
  const raw = ctx.query.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) fail(400, 'bad_request', `Invalid ${name} param`);
  return Number(raw);
}

export function idParam(ctx: Ctx, name: string, error: string, label: string): number {
  const raw = ctx.params[name] ?? '';
  if (!/^\d+$/.test(raw)) fail(400, error, `Invalid ${label} id`);
  return Number(raw);
}
