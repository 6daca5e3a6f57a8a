/**
 * The web host's low-level HTTP pieces: reading a capped JSON body, writing answers in the shared error
 * shape, decoding path segments without throwing, and closing a connection whose body we will not read
 * in a way that still lets the client see our answer.
 */
import type http from 'node:http';
import type { ApiError, ErrorCode } from '../../shared/errors';

export const MAX_BODY_BYTES = 1024 * 1024;
/** After answering without reading a body, how much more of it we swallow before dropping the connection. */
const LINGER_BYTES = 256 * 1024;
const LINGER_MS = 1_000;

const STATUS_BY_CODE: Partial<Record<ErrorCode, number>> = {
  invalid_input: 400,
  unknown_method: 404,
  not_found: 404,
  unauthorized: 401,
  needs_sign_in: 401,
  forbidden: 403,
  conflict: 409,
  rate_limited: 429,
  offline: 503,
  internal: 500,
};

export class BodyTooLargeError extends Error {}

/** A percent-decoded path segment, or null when it is malformed or carries control characters (NUL…). */
export function decodePathPart(encoded: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(encoded);
  } catch {
    return null;
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  return /[\u0000-\u001f\u007f]/.test(decoded) ? null : decoded;
}

/** Whether the declared length already exceeds the cap (then the body is never read). */
export function declaresTooLarge(request: http.IncomingMessage): boolean {
  const declared = Number(request.headers['content-length'] ?? 0);
  return Number.isFinite(declared) && declared > MAX_BODY_BYTES;
}

/** Reads the body up to the cap; past it, stops reading (the caller answers 413 and closes). */
export function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        request.off('data', onData);
        request.pause();
        reject(new BodyTooLargeError());
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * For answers sent while (part of) the request body is unread: says `Connection: close`, and once the
 * answer is flushed, half-closes and swallows a little more of the body so the client can read the
 * answer instead of meeting a reset, then drops the connection. The rest of the body is never read.
 */
export function closeAfterAnswer(request: http.IncomingMessage, response: http.ServerResponse): void {
  response.setHeader('Connection', 'close');
  // Runs after Node's own finish handler, which has half-closed the socket and would destroy it as soon
  // as the answer is flushed: with body bytes still unread, that destroy is a reset the client may see
  // before our answer. Keep reading (and dropping) briefly instead, then destroy.
  response.once('finish', () => {
    const socket = request.socket;
    socket.removeListener('finish', socket.destroy);
    const start = socket.bytesRead;
    const drop = () => socket.destroy();
    const timer = setTimeout(drop, LINGER_MS);
    // The HTTP parser reads the socket directly (no 'data' events), so watch the byte count instead.
    const watch = setInterval(() => {
      if (socket.bytesRead - start > LINGER_BYTES) drop();
    }, 20);
    socket.once('close', () => {
      clearTimeout(timer);
      clearInterval(watch);
    });
    request.resume();
  });
}

export function sendError(response: http.ServerResponse, error: ApiError, status = STATUS_BY_CODE[error.code] ?? 400): void {
  sendJson(response, status, error);
}

export function sendJson(response: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}
