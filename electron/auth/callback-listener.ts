/**
 * The RFC 8252 loopback listener: waits on 127.0.0.1 for Mercado Libre's redirect, accepts exactly one
 * callback whose `state` matches, hands its code over, answers the browser with a plain page, and
 * closes. Anything else (wrong path, wrong or missing state) is refused without ending the wait.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Language } from '../../shared/settings';
import { callbackPage } from './callback-page';
import { sameSecret } from './pkce';

export type CallbackOutcome = { kind: 'code'; code: string } | { kind: 'denied'; error: string };

export interface CallbackListenerOptions {
  /** 0 for any free port. */
  port: number;
  path: string;
  language: () => Language;
  /** Called once with the accepted callback; its answer decides the page the browser shows. */
  onCallback: (outcome: CallbackOutcome) => Promise<{ ok: boolean; detail?: string }>;
}

export interface CallbackListener {
  port: number;
  /** Set once known (it may embed the port). Callbacks before that are refused. */
  setState(state: string): void;
  close(): Promise<void>;
}

export async function startCallbackListener(options: CallbackListenerOptions): Promise<CallbackListener> {
  let expectedState: string | null = null;
  let accepted = false;
  // While the accepted callback's page is being written, closing waits for it.
  let answering: Promise<void> | null = null;

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const send = (status: number, html: string) => {
      response.writeHead(status, {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
        'Referrer-Policy': 'no-referrer',
        // One request per connection: a kept-alive socket must not outlive the listener.
        Connection: 'close',
      });
      response.end(html);
    };
    if (request.method !== 'GET' || url.pathname !== options.path) return send(404, callbackPage(options.language(), 'wrong_state'));
    const state = url.searchParams.get('state') ?? '';
    if (accepted || expectedState === null || !sameSecret(state, expectedState)) {
      return send(400, callbackPage(options.language(), 'wrong_state'));
    }
    accepted = true;
    let answered!: () => void;
    answering = new Promise<void>((resolve) => (answered = resolve));
    response.on('close', () => answered());
    const code = url.searchParams.get('code');
    const outcome: CallbackOutcome = code ? { kind: 'code', code } : { kind: 'denied', error: url.searchParams.get('error') ?? 'access_denied' };
    options
      .onCallback(outcome)
      .catch(() => ({ ok: false }))
      .then((result: { ok: boolean; detail?: string }) => {
        send(result.ok ? 200 : 400, callbackPage(options.language(), result.ok ? 'done' : 'failed', result.detail));
        void close();
      });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });

  let closed: Promise<void> | null = null;
  function close(): Promise<void> {
    closed ??= (async () => {
      await answering;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    })();
    return closed;
  }

  return {
    port: (server.address() as AddressInfo).port,
    setState(state) {
      expectedState = state;
    },
    close,
  };
}
