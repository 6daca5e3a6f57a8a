import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOST_FILE } from '../../electron/web/web-host';
import { raw, rpc, start, stop } from './web-rig';

describe('local web host', () => {
  it('binds to loopback, writes host.json readable only by the seller, and removes it on close', async () => {
    const { web, dataDir } = await start();
    expect(web.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    // The address to open carries a one-time launch code, never the long-lived token.
    const launchUrl = web.newLaunchUrl();
    expect(launchUrl).toMatch(new RegExp(`^${web.url}/#code=[A-Za-z0-9_-]{32}$`));
    expect(launchUrl).not.toContain(web.token);
    expect(web.newLaunchUrl()).not.toBe(launchUrl);
    const file = path.join(dataDir, HOST_FILE);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ url: web.url, token: web.token, pid: process.pid });
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o077).toBe(0);
    await stop();
    expect(fs.existsSync(file)).toBe(false);
  });

  it('answers a call that carries the token', async () => {
    const { web } = await start();
    const response = await rpc(web, 'app.info', undefined);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ name: 'Mostrador', mode: 'browser', demo: true });
  });

  it('refuses calls and the event stream without the right token', async () => {
    const { web } = await start();
    for (const authorization of [undefined, 'Bearer wrong', `Basic ${web.token}`, `Bearer ${web.token}x`]) {
      const headers: Record<string, string> = { Host: `127.0.0.1:${web.port}`, 'Content-Type': 'application/json' };
      if (authorization) headers.Authorization = authorization;
      const call = await raw(web, { method: 'POST', path: '/rpc/settings.get', headers, body: '' });
      expect(call.status).toBe(401);
      expect(JSON.parse(call.body).code).toBe('unauthorized');
      const stream = await raw(web, { path: '/events', headers });
      expect(stream.status).toBe(401);
    }
  });

  it('refuses a foreign Host (DNS rebinding) even with the token', async () => {
    const { web } = await start();
    for (const host of [`evil.example:${web.port}`, `localhost:${web.port}`, '127.0.0.1', `127.0.0.1:${web.port + 1}`]) {
      const response = await rpc(web, 'settings.get', undefined, { Host: host });
      expect(response.status).toBe(403);
    }
    const page = await raw(web, { path: '/', headers: { Host: `evil.example:${web.port}` } });
    expect(page.status).toBe(403);
  });

  it('refuses a foreign Origin (cross-site request) even with the token', async () => {
    const { web } = await start();
    for (const origin of ['https://evil.example', 'null', `http://localhost:${web.port}`]) {
      const response = await rpc(web, 'settings.set', { syncIntervalMinutes: 30 }, { Origin: origin });
      expect(response.status).toBe(403);
    }
    const same = await rpc(web, 'settings.get', undefined, { Origin: web.url });
    expect(same.status).toBe(200);
    expect(JSON.parse(same.body).syncIntervalMinutes).toBe(2);
  });

  it('answers invalid_input for a bad settings.set and changes nothing', async () => {
    const { web, dataDir } = await start();
    const fileBefore = fs.readFileSync(path.join(dataDir, 'settings.json'), 'utf8');
    for (const body of [{ syncIntervalMinutes: 0 }, { syncIntervalMinutes: 5, language: 'xx' }, { meli: { clientId: 'abc' } }]) {
      const response = await rpc(web, 'settings.set', body);
      expect(response.status).toBe(400);
      expect(JSON.parse(response.body)).toMatchObject({ code: 'invalid_input', details: { issues: expect.any(Array) } });
    }
    const malformed = await raw(web, {
      method: 'POST',
      path: '/rpc/settings.set',
      headers: { Host: `127.0.0.1:${web.port}`, Authorization: `Bearer ${web.token}`, 'Content-Type': 'application/json' },
      body: '{"syncIntervalMinutes":',
    });
    expect(JSON.parse(malformed.body).code).toBe('invalid_input');
    const after = await rpc(web, 'settings.get', undefined);
    expect(JSON.parse(after.body).syncIntervalMinutes).toBe(2);
    expect(fs.readFileSync(path.join(dataDir, 'settings.json'), 'utf8')).toBe(fileBefore);
  });

  it('refuses non-JSON bodies, wrong methods and unknown methods', async () => {
    const { web } = await start();
    const form = await rpc(web, 'settings.set', undefined, { 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(400);
    const get = await raw(web, { path: '/rpc/settings.get', headers: { Host: `127.0.0.1:${web.port}`, Authorization: `Bearer ${web.token}` } });
    expect(get.status).toBe(405);
    const unknown = await rpc(web, 'orders.deleteEverything', undefined);
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body).code).toBe('unknown_method');
  });

  it('serves the renderer with a strict CSP and nothing outside its folder', async () => {
    const { web } = await start();
    const page = await raw(web, { path: '/', headers: { Host: `127.0.0.1:${web.port}` } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Mostrador</title>');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    for (const attempt of ['/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/..%2fhost.json']) {
      const response = await raw(web, { path: attempt, headers: { Host: `127.0.0.1:${web.port}` } });
      expect(response.status).toBe(404);
    }
  });

  it('pushes events to the stream', async () => {
    const { web } = await start();
    const text = await new Promise<string>((resolve, reject) => {
      let sent = false;
      const request = http.get(
        { host: '127.0.0.1', port: web.port, path: '/events', headers: { Host: `127.0.0.1:${web.port}`, Authorization: `Bearer ${web.token}` } },
        (response) => {
          let buffer = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => {
            buffer += chunk;
            if (!sent && buffer.includes(': connected')) {
              sent = true;
              void rpc(web, 'settings.set', { syncIntervalMinutes: 15 });
            }
            const at = buffer.indexOf('event: settings.changed');
            if (at >= 0 && buffer.indexOf('\n\n', at) > at) {
              resolve(buffer.slice(at));
              request.destroy();
            }
          });
        },
      );
      request.on('error', (error) => (sent ? undefined : reject(error)));
    });
    expect(text).toMatch(/^event: settings.changed\ndata: \{.*"syncIntervalMinutes":15/);
  });
});

describe('renderer source maps', () => {
  it('are not produced by a production build', async () => {
    const { default: config } = await import('../../vite.config');
    const resolved = typeof config === 'function' ? await config({ mode: 'production', command: 'build', isSsrBuild: false, isPreview: false }) : config;
    expect(resolved.build?.sourcemap).toBe(false);
  });

  it('are not served by the web host, even when a build left some behind', async () => {
    const { web, rendererDir } = await start();
    fs.mkdirSync(path.join(rendererDir, 'assets'));
    fs.writeFileSync(path.join(rendererDir, 'assets/index.js'), 'console.log(1);\n//# sourceMappingURL=index.js.map');
    fs.writeFileSync(path.join(rendererDir, 'assets/index.js.map'), '{"version":3,"sources":["secret.tsx"]}');
    expect((await raw(web, { path: '/assets/index.js', headers: { Host: `127.0.0.1:${web.port}` } })).status).toBe(200);
    const map = await raw(web, { path: '/assets/index.js.map', headers: { Host: `127.0.0.1:${web.port}` } });
    expect(map.status).toBe(404);
    expect(map.body).not.toContain('secret.tsx');
  });
});
