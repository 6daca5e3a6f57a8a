/**
 * A loopback gate in front of the simulator: while open it forwards every HTTP request (naming the
 * simulator's own address in `Host`, which the simulator checks), while shut its port refuses
 * connections, as a Mercado Libre that cannot be reached does, and the connections it had are cut.
 * The simulator behind it keeps its state (listings, tokens, request log) throughout.
 */
import http from 'node:http';
import type net from 'node:net';

export interface Gate {
  url: string;
  open(): Promise<void>;
  shut(): Promise<void>;
}

export async function startGate(targetPort: number): Promise<Gate> {
  const sockets = new Set<net.Socket>();
  let server: http.Server | null = null;
  let port = 0;

  function listen(): Promise<void> {
    const next = http.createServer((request, response) => {
      const upstream = http.request(
        { host: '127.0.0.1', port: targetPort, method: request.method, path: request.url, headers: { ...request.headers, host: `127.0.0.1:${targetPort}` } },
        (answer) => {
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(response);
        },
      );
      upstream.on('error', () => response.socket?.destroy());
      request.pipe(upstream);
    });
    next.on('connection', (socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    return new Promise((resolve, reject) => {
      next.once('error', reject);
      next.listen(port, '127.0.0.1', () => {
        const address = next.address();
        if (typeof address === 'object' && address) port = address.port;
        server = next;
        resolve();
      });
    });
  }

  await listen();
  return {
    url: `http://127.0.0.1:${port}`,
    async open() {
      if (!server) await listen();
    },
    async shut() {
      const current = server;
      server = null;
      for (const socket of sockets) socket.destroy();
      if (current) await new Promise<void>((resolve) => current.close(() => resolve()));
    },
  };
}
