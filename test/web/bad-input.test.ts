/**
 * Input a browser would never send, over real HTTP: each gets a clear 4xx in the shared error shape,
 * quickly, and never a 500, a reset before the answer, or a body read in full that nobody asked for.
 */
import http from 'node:http';
import { describe, expect, it } from 'vitest';
import type { WebHost } from '../../electron/web/web-host';
import { raw, rpc, start } from './web-rig';

const host = (web: WebHost) => `127.0.0.1:${web.port}`;

/** Streams `mebibytes` of body and reports the answer and how much the host let through before closing. */
function pushBody(web: WebHost, headers: Record<string, string>, mebibytes: number): Promise<{ status: number; body: string; sentMiB: number; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    let sent = 0;
    let answer: { status: number; body: string } | null = null;
    const finish = () => resolve({ ...(answer ?? { status: 0, body: '' }), sentMiB: sent, ms: Date.now() - started });
    const request = http.request(
      { host: '127.0.0.1', port: web.port, method: 'POST', path: '/rpc/settings.set', headers: { Host: host(web), 'Content-Type': 'application/json', ...headers } },
      (response) => {
        let body = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
        response.on('end', () => (answer = { status: response.statusCode ?? 0, body }));
      },
    );
    // The host closing while we still write is the expected end; the answer has arrived by then.
    request.on('error', () => undefined);
    request.on('close', finish);
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    const pump = () => {
      while (sent < mebibytes) {
        sent += 1;
        if (!request.write(chunk)) return void request.once('drain', pump);
      }
      request.end();
    };
    pump();
  });
}

describe('bad input to the local web host', () => {
  it('a NUL in an orders or listings search is searched for, not a 500', async () => {
    const { web } = await start();
    for (const method of ['orders.query', 'listings.query']) {
      const response = await rpc(web, method, { search: 'ana\u0000"pérez' });
      expect(response.status, method).toBe(200);
      expect(JSON.parse(response.body), method).toEqual({ total: 0, rows: [] });
    }
  });

  it('malformed escapes and NUL in a page path or a method name answer 400 invalid_input', async () => {
    const { web } = await start();
    for (const path of ['/%E0%A4%A', '/a%00b', '/assets/%ZZ.js']) {
      const response = await raw(web, { path, headers: { Host: host(web) } });
      expect(response.status, path).toBe(400);
      expect(JSON.parse(response.body), path).toMatchObject({ code: 'invalid_input', message: expect.any(String) });
    }
    for (const method of ['%E0%A4%A', 'app.info%00', '%']) {
      const response = await rpc(web, method, undefined);
      expect(response.status, method).toBe(400);
      expect(JSON.parse(response.body), method).toMatchObject({ code: 'invalid_input' });
    }
  });

  it('a body over 1 MiB gets the typed 413 answer (declared length or chunks), not a reset', async () => {
    const { web } = await start();
    const auth = { Authorization: `Bearer ${web.token}` };
    const declared = await pushBody(web, { ...auth, 'Content-Length': String(2 * 1024 * 1024) }, 2);
    const chunked = await pushBody(web, auth, 2);
    for (const answer of [declared, chunked]) {
      expect(answer.status).toBe(413);
      expect(JSON.parse(answer.body)).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('too large') });
    }
    // The host is still fine afterwards.
    expect((await rpc(web, 'settings.get', undefined)).status).toBe(200);
  });

  it('an unauthenticated 100 MB body is answered 401 at once and never read in full', async () => {
    const { web } = await start();
    const answer = await pushBody(web, { 'Content-Length': String(100 * 1024 * 1024) }, 100);
    expect(answer.status).toBe(401);
    expect(JSON.parse(answer.body)).toMatchObject({ code: 'unauthorized' });
    expect(answer.sentMiB).toBeLessThan(20);
    expect(answer.ms).toBeLessThan(3_000);
  });
});
