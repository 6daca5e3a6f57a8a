/**
 * HTTP for the Mercado Libre client, on Node's own http/https: one request, its answer as a value
 * whatever the status (the retry loop decides what is an error), no redirects followed. Compressed
 * answers are asked for and unpacked; JSON is parsed when asked for. A failure without an answer
 * rejects with a `TransportError` that carries only the system's code — never the request, so the
 * Authorization header cannot travel in an error.
 *
 * It replaced axios here: per request axios spent 0.5–1 ms of the event loop before the request left
 * and again on the answer (measured: four parallel label calls reached the server 2–4 ms after they
 * were made through axios, 1 ms through this; their answers were ready 2–5 ms sooner).
 */
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import zlib from 'node:zlib';
import { connectTimeoutAgents } from './connect-timeout';

export interface TransportRequest {
  method: string;
  /** Path and query under the base address, as sent. */
  url: string;
  headers: Record<string, string>;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as a form (application/x-www-form-urlencoded), as OAuth's token endpoint requires; not with `body`. */
  form?: Record<string, string>;
  expect: 'json' | 'bytes';
  signal?: AbortSignal | undefined;
  /** Gives up when the connection stays silent this long (default: the transport's). */
  timeoutMs?: number;
}

export interface TransportResponse {
  status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** Parsed JSON ('' when empty, the text when not JSON), or a Buffer for `bytes`. */
  data: unknown;
}

export class TransportError extends Error {
  override name = 'TransportError';
  constructor(readonly code: string) {
    super(`The request failed (${code}).`);
  }
}

export interface TransportOptions {
  baseUrl: string;
  timeoutMs: number;
  connectTimeoutMs: number;
  lookup?: LookupFunction | undefined;
  /** Largest answer taken, as sent and once unpacked (default 64 MB): a bigger one is a broken answer. */
  maxBytes?: number;
}

/** Far above any page of results or batch of 50 PDF labels; far below what would hurt the app. */
export const DEFAULT_MAX_ANSWER_BYTES = 64 * 1024 * 1024;

function headersOf(raw: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** Unpacks a compressed answer, never past `maxBytes` (a small answer can unpack to gigabytes). */
function unpack(body: Buffer, encoding: string | undefined, maxBytes: number): Promise<Buffer> {
  const done = (resolve: (value: Buffer) => void, reject: (error: Error) => void) => (error: Error | null, result: Buffer) => (error ? reject(new TransportError('ERR_BAD_RESPONSE')) : resolve(result));
  const options = { finishFlush: zlib.constants.Z_SYNC_FLUSH, maxOutputLength: maxBytes };
  return new Promise((resolve, reject) => {
    switch ((encoding ?? '').trim().toLowerCase()) {
      case 'gzip':
      case 'x-gzip':
        zlib.gunzip(body, options, done(resolve, reject));
        return;
      case 'deflate':
        // Servers send zlib-wrapped or raw deflate under the same name: the first byte tells.
        if (body.length > 0 && ((body[0] ?? 0) & 0x0f) === 0x08) zlib.inflate(body, options, done(resolve, reject));
        else zlib.inflateRaw(body, options, done(resolve, reject));
        return;
      case 'br':
        zlib.brotliDecompress(body, { maxOutputLength: maxBytes }, done(resolve, reject));
        return;
      default:
        resolve(body);
    }
  });
}

export function createHttpTransport(options: TransportOptions) {
  const base = new URL(options.baseUrl.replace(/\/+$/, ''));
  const secure = base.protocol === 'https:';
  const agents = connectTimeoutAgents(options.connectTimeoutMs);
  const agent = secure ? agents.httpsAgent : agents.httpAgent;
  const send = secure ? https.request : http.request;
  const prefix = base.pathname.replace(/\/+$/, '');
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ANSWER_BYTES;

  function request(call: TransportRequest): Promise<TransportResponse> {
    return new Promise((resolve, reject) => {
      if (call.signal?.aborted) {
        reject(call.signal.reason as Error);
        return;
      }
      const body = call.form ? Buffer.from(new URLSearchParams(call.form).toString(), 'utf8') : call.body === undefined ? null : Buffer.from(JSON.stringify(call.body), 'utf8');
      const headers: Record<string, string> = { 'Accept-Encoding': 'gzip, deflate, br', 'User-Agent': 'Mostrador', ...call.headers };
      if (body) {
        headers['Content-Type'] ??= call.form ? 'application/x-www-form-urlencoded' : 'application/json';
        headers['Content-Length'] = String(body.length);
      }
      let settled = false;
      const fail = (error: Error) => {
        if (settled) return;
        settled = true;
        call.signal?.removeEventListener('abort', onAbort);
        reject(error);
      };
      const req = send({
        protocol: base.protocol,
        hostname: base.hostname,
        port: base.port === '' ? undefined : Number(base.port),
        path: prefix + call.url,
        method: call.method,
        headers,
        agent,
        ...(options.lookup ? { lookup: options.lookup } : {}),
      });
      const onAbort = () => {
        fail(call.signal?.reason as Error);
        req.destroy();
      };
      call.signal?.addEventListener('abort', onAbort, { once: true });
      req.setTimeout(call.timeoutMs ?? options.timeoutMs, () => {
        fail(new TransportError('ETIMEDOUT'));
        req.destroy();
      });
      req.on('error', (error: NodeJS.ErrnoException) => fail(new TransportError(typeof error.code === 'string' && error.code !== '' ? error.code : 'ECONNRESET')));
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        let received = 0;
        res.on('data', (chunk: Buffer) => {
          received += chunk.length;
          if (received <= maxBytes) {
            chunks.push(chunk);
            return;
          }
          fail(new TransportError('ERR_BAD_RESPONSE'));
          req.destroy();
        });
        res.on('error', (error: NodeJS.ErrnoException) => fail(new TransportError(error.code ?? 'ECONNRESET')));
        res.on('aborted', () => fail(new TransportError('ECONNRESET')));
        res.on('end', () => {
          if (settled) return;
          const status = res.statusCode ?? 0;
          const responseHeaders = headersOf(res.headers);
          const raw = Buffer.concat(chunks);
          const encoded = call.method === 'HEAD' || status === 204 || status === 304 ? undefined : responseHeaders['content-encoding'];
          unpack(raw, encoded, maxBytes).then(
            (bytes) => {
              if (settled) return;
              let data: unknown = bytes;
              if (call.expect === 'json') {
                const text = bytes.toString('utf8');
                data = text;
                if (text.trim() !== '') {
                  try {
                    data = JSON.parse(text) as unknown;
                  } catch {
                    // A 2xx that is not the JSON asked for is a broken answer; an error page keeps its status.
                    if (status >= 200 && status < 300) {
                      fail(new TransportError('ERR_BAD_RESPONSE'));
                      return;
                    }
                  }
                }
              }
              settled = true;
              call.signal?.removeEventListener('abort', onAbort);
              resolve({ status, headers: responseHeaders, data });
            },
            (error: Error) => fail(error),
          );
        });
      });
      req.end(body ?? undefined);
    });
  }

  return { request };
}
export type HttpTransport = ReturnType<typeof createHttpTransport>;

/**
 * Transports for calls that name their own address (sign-in and revocation go to the API address the
 * credentials were issued for, which is not always the one configured now): one per address, kept.
 */
export function createTransportPool(options: Omit<TransportOptions, 'baseUrl'>): (baseUrl: string) => HttpTransport {
  const byBase = new Map<string, HttpTransport>();
  return (baseUrl) => {
    let transport = byBase.get(baseUrl);
    if (!transport) {
      transport = createHttpTransport({ ...options, baseUrl });
      byBase.set(baseUrl, transport);
    }
    return transport;
  };
}
