// The client's HTTP over real loopback connections: compressed answers (Mercado Libre sends gzip when
// asked), JSON and bytes, answers that are not what was asked for, headers, bodies, and cancelling.
import zlib from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../shared/errors';
import { createMeliClient } from '../../electron/meli/client';
import { meliErrorDetails } from '../../electron/meli/errors';
import { createHttpTransport, createTransportPool, TransportError } from '../../electron/meli/http-transport';
import { startLoopback, type Handler, type Loopback } from './loopback';

const TOKEN = 'APP_USR-1234567890-transport-token';
let server: Loopback | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const body = { results: [{ id: 'MLA1', title: 'Remera ñandú' }], paging: { total: 1 } };
const encoders: Record<string, (input: Buffer) => Buffer> = {
  gzip: (input) => zlib.gzipSync(input),
  deflate: (input) => zlib.deflateSync(input),
  'deflate-raw': (input) => zlib.deflateRawSync(input),
  br: (input) => zlib.brotliCompressSync(input),
};

function encoded(name: string, payload: Buffer, type: string): Handler {
  return (_arrival, res) => {
    const encode = encoders[name] as (input: Buffer) => Buffer;
    res.writeHead(200, { 'content-type': type, 'content-encoding': name === 'deflate-raw' ? 'deflate' : name });
    res.end(encode(payload));
  };
}

describe('the client over HTTP', () => {
  for (const name of Object.keys(encoders)) {
    it(`asks for compressed answers and unpacks ${name} JSON and bytes`, async () => {
      const zip = Buffer.from(Array.from({ length: 4096 }, (_, index) => index % 251));
      server = await startLoopback((arrival, res) =>
        arrival.path === '/bytes' ? encoded(name, zip, 'application/zip')(arrival, res) : encoded(name, Buffer.from(JSON.stringify(body)), 'application/json')(arrival, res),
      );
      const client = createMeliClient({ apiUrl: server.url, getAccessToken: async () => TOKEN });
      const answer = await client.request({ userId: 1, method: 'GET', path: '/items', query: { ids: 'MLA1,MLA2' } });
      expect(answer).toMatchObject({ status: 200, data: body, headers: { 'content-type': 'application/json', 'content-encoding': expect.any(String) as string } });
      const bytes = await client.request({ userId: 1, method: 'GET', path: '/bytes', expect: 'bytes' });
      expect(Buffer.isBuffer(bytes.data)).toBe(true);
      expect((bytes.data as Buffer).equals(zip)).toBe(true);
      expect(server.arrivals[0]?.headers['accept-encoding']).toMatch(/gzip/);
      expect(server.arrivals[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(server.arrivals[0]?.query.get('ids')).toBe('MLA1,MLA2');
    });
  }

  it('sends a JSON body, and keeps an error page that is not JSON with its status', async () => {
    server = await startLoopback((arrival, res) => {
      if (arrival.method === 'PUT') {
        res.writeHead(200, { 'content-type': 'application/json', 'set-cookie': ['a=1', 'b=2'] });
        res.end(JSON.stringify({ echo: JSON.parse(arrival.body) as unknown, type: arrival.headers['content-type'] }));
        return;
      }
      res.writeHead(403, { 'content-type': 'text/html' });
      res.end('<html>blocked</html>');
    });
    const transport = createHttpTransport({ baseUrl: `${server.url}/`, timeoutMs: 5000, connectTimeoutMs: 1000 });
    const put = await transport.request({ method: 'PUT', url: '/items/MLA1', headers: {}, body: { price: 10, title: 'ñ' }, expect: 'json' });
    expect(put).toMatchObject({ status: 200, data: { echo: { price: 10, title: 'ñ' }, type: 'application/json' }, headers: { 'set-cookie': 'a=1, b=2' } });
    const page = await transport.request({ method: 'GET', url: '/items/MLA1', headers: {}, expect: 'json' });
    expect(page).toMatchObject({ status: 403, data: '<html>blocked</html>' });
    const client = createMeliClient({ apiUrl: server.url, getAccessToken: async () => TOKEN });
    const refused = await client.request({ userId: 1, method: 'GET', path: '/items/MLA1' }).then(() => null, (error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('forbidden');
  });

  it('calls a 200 that is not the JSON asked for a broken answer (a read is tried again), and an empty one empty', async () => {
    server = await startLoopback((arrival, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(arrival.path === '/empty' ? '' : '{"truncated": ');
    });
    const transport = createHttpTransport({ baseUrl: server.url, timeoutMs: 5000, connectTimeoutMs: 1000 });
    const broken = await transport.request({ method: 'GET', url: '/x', headers: {}, expect: 'json' }).then(() => null, (error: unknown) => error);
    expect(broken).toBeInstanceOf(TransportError);
    expect((broken as TransportError).code).toBe('ERR_BAD_RESPONSE');
    expect(JSON.stringify(broken)).not.toContain('Bearer');
    expect(await transport.request({ method: 'GET', url: '/empty', headers: {}, expect: 'json' })).toMatchObject({ status: 200, data: '' });
    const client = createMeliClient({ apiUrl: server.url, getAccessToken: async () => TOKEN, retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2 } });
    const error = await client.request({ userId: 1, method: 'GET', path: '/x' }).then(() => null, (caught: unknown) => caught);
    expect(meliErrorDetails(error)).toMatchObject({ reason: 'connection_lost', attempts: 2 });
    expect(String((error as Error).stack)).not.toContain(TOKEN);
  });

  it('a damaged compressed answer is a broken answer, not a crash', async () => {
    server = await startLoopback((_arrival, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      res.end(Buffer.from('not gzip at all'));
    });
    const transport = createHttpTransport({ baseUrl: server.url, timeoutMs: 5000, connectTimeoutMs: 1000 });
    const error = await transport.request({ method: 'GET', url: '/x', headers: {}, expect: 'json' }).then(() => null, (caught: unknown) => caught);
    expect((error as TransportError).code).toBe('ERR_BAD_RESPONSE');
  });

  it('stops a request in flight with the signal’s reason, and times out a silent server', async () => {
    server = await startLoopback(() => undefined);
    const transport = createHttpTransport({ baseUrl: server.url, timeoutMs: 200, connectTimeoutMs: 1000 });
    const controller = new AbortController();
    const call = transport.request({ method: 'GET', url: '/slow', headers: {}, expect: 'json', signal: controller.signal });
    await vi.waitFor(() => expect(server?.arrivals).toHaveLength(1));
    controller.abort(new Error('sync cancelled'));
    await expect(call).rejects.toThrow('sync cancelled');
    const started = Date.now();
    const timedOut = await transport.request({ method: 'GET', url: '/slow', headers: {}, expect: 'json' }).then(() => null, (caught: unknown) => caught);
    expect((timedOut as TransportError).code).toBe('ETIMEDOUT');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses an answer past its size limit, sent or unpacked (a small gzip can unpack to gigabytes)', async () => {
    const bomb = zlib.gzipSync(Buffer.alloc(8 * 1024 * 1024));
    server = await startLoopback((arrival, res) => {
      if (arrival.path === '/bomb') {
        res.writeHead(200, { 'content-type': 'application/zip', 'content-encoding': 'gzip' });
        res.end(bomb);
        return;
      }
      res.writeHead(200, { 'content-type': 'application/zip' });
      res.end(Buffer.alloc(3 * 1024 * 1024));
    });
    expect(bomb.length).toBeLessThan(64 * 1024);
    const transport = createHttpTransport({ baseUrl: server.url, timeoutMs: 5000, connectTimeoutMs: 1000, maxBytes: 1024 * 1024 });
    for (const url of ['/bomb', '/big']) {
      const error = await transport.request({ method: 'GET', url, headers: {}, expect: 'bytes' }).then(() => null, (caught: unknown) => caught);
      expect((error as TransportError).code, url).toBe('ERR_BAD_RESPONSE');
    }
    const roomy = createHttpTransport({ baseUrl: server.url, timeoutMs: 5000, connectTimeoutMs: 1000 });
    expect(((await roomy.request({ method: 'GET', url: '/bomb', headers: {}, expect: 'bytes' })).data as Buffer).length).toBe(8 * 1024 * 1024);
  });

  it("sends a form as OAuth's token endpoint requires, to the address each call names", async () => {
    server = await startLoopback((arrival, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ type: arrival.headers['content-type'], body: arrival.body, path: arrival.path }));
    });
    const transportFor = createTransportPool({ timeoutMs: 5_000, connectTimeoutMs: 1_000 });
    expect(transportFor(server.url)).toBe(transportFor(server.url));
    const answer = await transportFor(server.url).request({ method: 'POST', url: '/oauth/token', form: { grant_type: 'refresh_token', refresh_token: 'TG-a&b=c ñ' }, headers: {}, expect: 'json' });
    expect(answer.data).toEqual({ type: 'application/x-www-form-urlencoded', body: 'grant_type=refresh_token&refresh_token=TG-a%26b%3Dc+%C3%B1', path: '/oauth/token' });
  });
});
