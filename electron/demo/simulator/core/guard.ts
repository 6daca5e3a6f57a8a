// The simulator's door: it answers only requests addressed to its own loopback address (a page on
// another site that rebinds its DNS name to 127.0.0.1 sends its own name as Host), and its /__sim/
// admin API only to callers holding the admin token of this run, outside any browser page.
import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { ApiError } from './http';

export const newAdminToken = (): string => crypto.randomBytes(32).toString('base64url');

/** The Host values a request to a server on 127.0.0.1:port can honestly carry. */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function checkHost(req: IncomingMessage, allowed: Set<string>): void {
  const host = (req.headers.host ?? '').toLowerCase();
  if (!allowed.has(host)) throw new ApiError(403, 'forbidden_host', 'This address is not served here: use http://127.0.0.1:PORT');
}

// Comparing digests keeps the comparison constant-time whatever the length of what was sent.
const digest = (value: string): Buffer => crypto.createHash('sha256').update(value).digest();

function presentedToken(req: IncomingMessage): string | null {
  const header = req.headers['x-sim-admin'];
  if (typeof header === 'string' && header !== '') return header;
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return match?.[1] ?? null;
}

/**
 * Refuses an admin request unless it carries the token, comes from no browser page (a browser adds
 * Origin to cross-site and to non-GET requests; scripts and tests send none) and, when it has a body,
 * sends it as JSON (a cross-site form or text/plain POST is what a page could send without preflight).
 */
export function checkAdmin(req: IncomingMessage, body: Buffer, tokenDigest: Buffer): void {
  if (req.headers.origin !== undefined) throw new ApiError(403, 'forbidden_origin', 'The admin API does not answer browser pages');
  const token = presentedToken(req);
  if (token === null || !crypto.timingSafeEqual(digest(token), tokenDigest)) {
    throw new ApiError(401, 'unauthorized', 'The admin API needs the admin token: authorization: Bearer <token> or x-sim-admin: <token>');
  }
  const type = req.headers['content-type'];
  const isJson = type !== undefined && /^application\/json\s*(;|$)/i.test(type);
  if ((type !== undefined || body.length > 0) && !isJson) throw new ApiError(415, 'unsupported_media_type', 'The admin API takes application/json bodies only');
}

export const adminTokenDigest = digest;
