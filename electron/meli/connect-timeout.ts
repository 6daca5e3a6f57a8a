/**
 * Agents that give up on a connection not made in time (DNS and TCP handshake). Without network a
 * lookup or a SYN can hang for minutes; this makes such a call fail as quickly as a refused one, with a
 * code that says the server never saw the request (so even a write may be tried again).
 */
import http from 'node:http';
import https from 'node:https';
import type { Duplex } from 'node:stream';

export const CONNECT_TIMEOUT_CODE = 'ECONNECTTIMEOUT';
/** Enough for a slow link (one lost SYN is resent after 1 s); far less than a hang. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 3_000;

function guard(socket: Duplex | null | undefined, timeoutMs: number): void {
  if (!socket) return;
  const timer = setTimeout(() => {
    socket.destroy(Object.assign(new Error(`No connection within ${timeoutMs} ms.`), { code: CONNECT_TIMEOUT_CODE }));
  }, timeoutMs);
  timer.unref();
  const clear = () => clearTimeout(timer);
  // Only new sockets come through here (pooled ones are connected); 'connect' follows DNS and handshake.
  socket.once('connect', clear);
  socket.once('close', clear);
}

export function connectTimeoutAgents(timeoutMs: number): { httpAgent: http.Agent; httpsAgent: https.Agent } {
  class HttpAgent extends http.Agent {
    override createConnection(options: http.ClientRequestArgs, callback?: (err: Error | null, stream: Duplex) => void) {
      const socket = super.createConnection(options, callback);
      guard(socket, timeoutMs);
      return socket;
    }
  }
  class HttpsAgent extends https.Agent {
    override createConnection(options: https.RequestOptions, callback?: (err: Error | null, stream: Duplex) => void) {
      const socket = super.createConnection(options, callback);
      guard(socket, timeoutMs);
      return socket;
    }
  }
  // As Node's global agents: idle sockets are let go after 5 s, before a server's keep-alive closes them under a request.
  const options = { keepAlive: true, scheduling: 'lifo', timeout: 5_000 } as const;
  return { httpAgent: new HttpAgent(options), httpsAgent: new HttpsAgent(options) };
}
