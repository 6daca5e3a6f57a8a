/**
 * The renderer is served from a privileged custom scheme, app://mostrador/, rather than file://.
 * Why: a real, fixed origin that the IPC sender check can match; a place to set the CSP response
 * header (file:// has no headers); Vite's `crossorigin` module scripts load (they fail on file://);
 * and the page can reach only files inside dist/renderer, where a file:// page may read any file on disk.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { CustomScheme } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../core/csp';

export const APP_SCHEME = 'app';
export const APP_HOST = 'mostrador';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** Standard: relative URLs and a real origin; secure: a secure context like https. Nothing more is granted. */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** True for addresses on our own origin (app://mostrador/…). */
export function isAppUrl(address: string): boolean {
  try {
    const url = new URL(address);
    // Node gives custom schemes an opaque origin ("null"), so compare the parts instead of url.origin.
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/**
 * The file inside rootDir that an app:// request names, or null when it names anything else: another
 * host, an escape from rootDir (`..`, encoded or not), a backslash, a NUL byte, or a malformed escape.
 */
export function resolveAppPath(requestUrl: string, rootDir: string): string | null {
  if (!isAppUrl(requestUrl)) return null;
  const url = new URL(requestUrl);
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (relative.includes('\0') || relative.includes('\\')) return null;
  // Decoding can bring back `..` segments the URL parser did not see (%2e%2e%2f); refuse them outright.
  if (relative.split('/').some((segment) => segment === '..')) return null;
  if (relative === '/' || relative === '') relative = '/index.html';
  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, `.${relative}`);
  const inside = path.relative(root, resolved);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  return resolved;
}

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** The protocol.handle callback: GET only, files under rootDir only, CSP on every answer. */
export function createAppProtocolHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const headers = {
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers });
    }
    const filePath = resolveAppPath(request.url, rootDir);
    if (filePath === null) return new Response('Not found', { status: 404, headers });
    try {
      // A symlink inside dist/renderer must not lead outside it either.
      const [realRoot, realFile] = await Promise.all([fs.realpath(path.resolve(rootDir)), fs.realpath(filePath)]);
      const inside = path.relative(realRoot, realFile);
      if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) {
        return new Response('Not found', { status: 404, headers });
      }
      const body = await fs.readFile(realFile);
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
        status: 200,
        headers: { ...headers, 'Content-Type': contentTypeFor(realFile) },
      });
    } catch {
      return new Response('Not found', { status: 404, headers });
    }
  };
}
