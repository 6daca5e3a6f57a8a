/**
 * The local web host (browser mode): serves the built renderer and the contract over loopback HTTP.
 *   POST /rpc/<method>   JSON in, JSON out (the value, or {code, message, details} with a 4xx/5xx status)
 *   GET  /events         server-sent events: `event: <name>` / `data: <payload JSON>`
 *   POST /session       {code}: trades a one-time launch code for the page's session cookie
 *   POST /launch        (token) a fresh one-time address to open the app in a browser: {url}
 * Bound to 127.0.0.1 only. Every /rpc and /events request needs `Authorization: Bearer <token>` (the
 * random per-launch token in host.json, for scripts) or the page's session cookie (launch-sessions.ts);
 * the token itself never appears in an address, on stdout or in the page. Requests whose Host or Origin
 * is not the exact address served are refused, which defeats DNS rebinding and cross-site requests.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { ApiError } from '../../shared/errors';
import type { EventBus } from '../core/event-bus';
import type { Dispatch } from '../core/registry';
import { CONTENT_SECURITY_POLICY } from '../core/csp';
import { restrictFile } from '../core/file-modes';
import { createLaunchSessions } from './launch-sessions';
import { BodyTooLargeError, closeAfterAnswer, declaresTooLarge, decodePathPart, readBody, sendError, sendJson } from './http-io';

export const HOST_FILE = 'host.json';
const LOOPBACK = '127.0.0.1';

export interface WebHostOptions {
  dispatch: Dispatch;
  events: EventBus;
  /** Folder holding the renderer build (index.html and assets). */
  rendererDir: string;
  dataDir: string;
  port?: number;
  /** Fixed token for tests; otherwise a random one per launch. */
  token?: string;
  /** How long a launch code stays valid (tests shorten it). */
  launchCodeTtlMs?: number;
}

export interface WebHost {
  url: string;
  /** A fresh address to open: url plus a one-time launch code in the fragment (never the token). */
  newLaunchUrl(): string;
  /** The long-lived token, for host.json and scripts only. */
  token: string;
  port: number;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? crypto.randomBytes(32).toString('base64url');
  const tokenBuffer = Buffer.from(`Bearer ${token}`);
  const streams = new Set<http.ServerResponse>();
  const sessions = createLaunchSessions(options.launchCodeTtlMs !== undefined ? { ttlMs: options.launchCodeTtlMs } : {});
  let origin = '';
  let hostHeader = '';
  let cookieName = '';
  const newLaunchUrl = () => `${origin}/#code=${sessions.issueCode()}`;

  const server = http.createServer((request, response) => {
    void handle(request, response).catch(() => {
      if (!response.headersSent) sendError(response, { code: 'internal', message: 'Internal error.' });
      else response.destroy();
    });
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    setCommonHeaders(response);
    // Every answer given before the body is read closes the connection: an unwanted body is never read.
    const refuse = (error: ApiError, status?: number) => {
      if (hasBody(request)) closeAfterAnswer(request, response);
      sendError(response, error, status);
    };
    if (request.headers.host !== hostHeader) {
      return refuse({ code: 'forbidden', message: 'This address is not served here.' });
    }
    if (request.headers.origin !== undefined && request.headers.origin !== origin) {
      return refuse({ code: 'forbidden', message: 'Requests from other sites are refused.' });
    }
    const url = parseTarget(request.url);
    if (!url) return refuse({ code: 'invalid_input', message: 'The address is not valid.' });
    if (url.pathname === '/session') return startSession(request, response, refuse);
    if (url.pathname === '/launch') {
      if (request.method !== 'POST' || !hasToken(request.headers.authorization)) {
        return refuse({ code: 'unauthorized', message: 'Missing or wrong access token.' });
      }
      return sendJson(response, 200, { url: newLaunchUrl() });
    }
    if (url.pathname.startsWith('/rpc/') || url.pathname === '/events') {
      const access = hasToken(request.headers.authorization) ? 'token' : hasSession(request.headers.cookie) ? 'session' : null;
      if (access === null) {
        return refuse({ code: 'unauthorized', message: 'Missing or wrong access token.' });
      }
      // The browser adds the cookie by itself, so a call riding on it must come from our own page.
      if (access === 'session' && request.method === 'POST' && request.headers.origin !== origin) {
        return refuse({ code: 'forbidden', message: 'Requests from other sites are refused.' });
      }
      if (url.pathname === '/events') return openEventStream(request, response);
      if (request.method !== 'POST') {
        response.setHeader('Allow', 'POST');
        return refuse({ code: 'invalid_input', message: 'Use POST.' }, 405);
      }
      const method = decodePathPart(url.pathname.slice('/rpc/'.length));
      if (method === null) return refuse({ code: 'invalid_input', message: 'The method name is not valid.' });
      return callMethod(method, request, response, refuse);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return refuse({ code: 'not_found', message: 'Not found.' });
    }
    return serveStatic(url.pathname, response, request.method === 'HEAD');
  }

  function parseTarget(target: string | undefined): URL | null {
    try {
      return new URL(target ?? '/', origin);
    } catch {
      return null;
    }
  }

  function hasToken(header: string | undefined): boolean {
    if (!header) return false;
    const given = Buffer.from(header);
    return given.length === tokenBuffer.length && crypto.timingSafeEqual(given, tokenBuffer);
  }

  function hasSession(header: string | undefined): boolean {
    const id = readCookie(header, cookieName);
    return id !== null && sessions.isSession(id);
  }

  async function startSession(
    request: http.IncomingMessage,
    response: http.ServerResponse,
    refuse: (error: ApiError, status?: number) => void,
  ): Promise<void> {
    if (request.method !== 'POST') return refuse({ code: 'invalid_input', message: 'Use POST.' }, 405);
    // Only our own page trades codes: a foreign page must not plant its session in the seller's browser.
    if (request.headers.origin !== origin) return refuse({ code: 'forbidden', message: 'Requests from other sites are refused.' });
    if (declaresTooLarge(request)) return refuse({ code: 'invalid_input', message: 'The request is too large (at most 1 MiB).' }, 413);
    let code: unknown;
    try {
      code = (JSON.parse(await readBody(request)) as { code?: unknown }).code;
    } catch {
      return refuse({ code: 'invalid_input', message: 'Send {"code": "…"} as JSON.' });
    }
    const id = typeof code === 'string' ? sessions.redeem(code) : null;
    if (id === null) {
      return sendError(response, {
        code: 'unauthorized',
        message: 'This address was already used or has expired. Open the address Mostrador shows now (or press Enter where it runs).',
      });
    }
    // No Max-Age: the session ends with the browser. HttpOnly: page scripts never see it.
    sendJson(response, 200, { ok: true }, { 'Set-Cookie': `${cookieName}=${id}; Path=/; HttpOnly; SameSite=Strict` });
  }

  async function callMethod(
    method: string,
    request: http.IncomingMessage,
    response: http.ServerResponse,
    refuse: (error: ApiError, status?: number) => void,
  ): Promise<void> {
    const type = request.headers['content-type'] ?? '';
    if (!type.startsWith('application/json')) {
      return refuse({ code: 'invalid_input', message: 'Send the input as application/json.' });
    }
    const tooLarge: ApiError = { code: 'invalid_input', message: 'The request is too large (at most 1 MiB).' };
    if (declaresTooLarge(request)) return refuse(tooLarge, 413);
    let input: unknown;
    try {
      const body = await readBody(request);
      input = body.length === 0 ? undefined : JSON.parse(body);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return refuse(tooLarge, 413);
      return sendError(response, { code: 'invalid_input', message: 'The request body is not valid JSON.' });
    }
    const result = await options.dispatch(method, input);
    if (result.ok) return sendJson(response, 200, result.value ?? null);
    return sendError(response, result.error);
  }

  function openEventStream(request: http.IncomingMessage, response: http.ServerResponse): void {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    streams.add(response);
    const heartbeat = setInterval(() => response.write(': ping\n\n'), 15_000);
    request.on('close', () => {
      clearInterval(heartbeat);
      streams.delete(response);
    });
  }

  const unsubscribe = options.events.subscribe((event, payload) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const stream of streams) stream.write(frame);
  });

  const rendererRoot = path.resolve(options.rendererDir);
  function serveStatic(pathname: string, response: http.ServerResponse, headOnly: boolean): void {
    const decoded = decodePathPart(pathname);
    if (decoded === null) return sendError(response, { code: 'invalid_input', message: 'The address is not valid.' });
    const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
    const file = path.resolve(rendererRoot, relative);
    // Source maps are never served, even when a development build left some in the folder.
    if (!file.startsWith(rendererRoot + path.sep) || file.endsWith('.map')) {
      return sendError(response, { code: 'not_found', message: 'Not found.' });
    }
    fs.readFile(file, (error, data) => {
      if (error) {
        if (pathname === '/') {
          return sendJson(response, 503, {
            code: 'internal',
            message: 'The interface is not built. Run `npm run build` (npm start does it for you).',
          });
        }
        return sendError(response, { code: 'not_found', message: 'Not found.' });
      }
      response.writeHead(200, {
        'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
        'Cache-Control': relative === 'index.html' ? 'no-store' : 'public, max-age=31536000, immutable',
        'Content-Length': data.length,
      });
      response.end(headOnly ? undefined : data);
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  hostHeader = `${LOOPBACK}:${port}`;
  origin = `http://${hostHeader}`;
  // Cookies are shared by every port of a host: the name carries ours, so two launches do not collide.
  cookieName = `mostrador_session_${port}`;

  const hostFile = path.join(options.dataDir, HOST_FILE);
  fs.writeFileSync(hostFile, JSON.stringify({ url: origin, token, pid: process.pid }, null, 2) + '\n', { mode: 0o600 });
  // The mode above applies only when the file is new; one left by a crashed launch keeps its own.
  restrictFile(hostFile);

  return {
    url: origin,
    newLaunchUrl,
    token,
    port,
    async close() {
      unsubscribe();
      for (const stream of streams) stream.end();
      streams.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      removeHostFile(hostFile);
    },
  };
}

function removeHostFile(hostFile: string): void {
  try {
    const written = JSON.parse(fs.readFileSync(hostFile, 'utf8')) as { pid?: number };
    if (written.pid === process.pid) fs.rmSync(hostFile);
  } catch {
    // Already gone or replaced by another launch: nothing of ours to remove.
  }
}

function readCookie(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}

/** Whether the request announces a body (a length above zero, or chunks). */
function hasBody(request: http.IncomingMessage): boolean {
  return Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
}

function setCommonHeaders(response: http.ServerResponse): void {
  response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('X-Frame-Options', 'DENY');
  response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}
