/** A real web host over a real host (temp data folder, placeholder renderer) and raw HTTP/TCP to probe it. */
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterEach } from 'vitest';
import { createHost, type Host } from '../../electron/host';
import { createConfBackend } from '../../electron/settings/conf-backend';
import { startWebHost, type WebHost } from '../../electron/web/web-host';
import { tempDir } from '../helpers/temp-dir';

export interface Raw {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

/** A raw request, so tests control Host and Origin exactly as an attacker's page or a rebinding DNS would. */
export function raw(web: WebHost, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port: web.port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body, headers: response.headers }));
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

/** Writes bytes straight to the socket (for request lines Node's client would refuse to send) and reads the answer. */
export function rawTcp(web: WebHost, text: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(web.port, '127.0.0.1');
    let answer = '';
    socket.setEncoding('utf8').on('data', (chunk: string) => (answer += chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
      resolve({ status, body: answer.slice(answer.indexOf('\r\n\r\n') + 4) });
    });
    socket.end(text);
  });
}

let open: { host: Host; web: WebHost } | null = null;

export async function start(): Promise<{ host: Host; web: WebHost; dataDir: string; rendererDir: string }> {
  const dataDir = tempDir();
  const rendererDir = tempDir('renderer-');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Mostrador</title>');
  const host = createHost({ mode: 'browser', settingsBackend: createConfBackend, env: { MOSTRADOR_DATA_DIR: dataDir }, log: () => undefined });
  const web = await startWebHost({ dispatch: host.dispatch, events: host.events, rendererDir, dataDir });
  open = { host, web };
  return { host, web, dataDir, rendererDir };
}

/** Closes what start() opened, for tests that check what closing does. */
export async function stop(): Promise<void> {
  if (!open) return;
  const { host, web } = open;
  open = null;
  await web.close();
  host.close();
}

afterEach(stop);

export function rpc(web: WebHost, method: string, body: unknown, extra: Record<string, string> = {}): Promise<Raw> {
  return raw(web, {
    method: 'POST',
    path: `/rpc/${method}`,
    headers: { Host: `127.0.0.1:${web.port}`, Authorization: `Bearer ${web.token}`, 'Content-Type': 'application/json', ...extra },
    body: body === undefined ? '' : JSON.stringify(body),
  });
}
