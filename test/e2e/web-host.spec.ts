/**
 * The local web host's guards, probed with raw HTTP (Node's http.request, so Host and Origin can be
 * forged the way a DNS-rebinding page or a foreign site would): no token → 401, wrong Host or foreign
 * Origin → 403, and an invalid settings.set answers invalid_input without touching the saved settings.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import es from '../../renderer/i18n/locales/es';
import { expect, test } from './fixtures';
import type { RunningHost } from './host';

interface RawResponse {
  status: number;
  body: unknown;
}

function request(
  host: RunningHost,
  options: { path: string; method?: string; headers?: Record<string, string>; body?: string },
): Promise<RawResponse> {
  const url = new URL(host.url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: options.path,
        method: options.method ?? 'POST',
        headers: { Host: url.host, 'Content-Type': 'application/json', ...options.headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {
            // Not JSON (a static file): keep the text.
          }
          resolve({ status: res.statusCode ?? 0, body });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body ?? '');
  });
}

const bearer = (host: RunningHost) => ({ Authorization: `Bearer ${host.token}` });

test('calls without the token, or with a wrong one, get 401', async ({ host }) => {
  expect(await request(host, { path: '/rpc/app.info' })).toMatchObject({ status: 401, body: { code: 'unauthorized' } });
  expect(
    await request(host, { path: '/rpc/app.info', headers: { Authorization: `Bearer ${host.token.slice(1)}x` } }),
  ).toMatchObject({ status: 401 });
  expect(await request(host, { path: '/events', method: 'GET' })).toMatchObject({ status: 401 });
  // The token is only accepted as a header, never from the address.
  expect(await request(host, { path: `/rpc/app.info?token=${host.token}` })).toMatchObject({ status: 401 });
  // With it, the same call works.
  expect(await request(host, { path: '/rpc/app.info', headers: bearer(host) })).toMatchObject({
    status: 200,
    body: { name: 'Mostrador', mode: 'browser' },
  });
});

test('a wrong Host header (DNS rebinding) gets 403, even with the token', async ({ host }) => {
  const port = new URL(host.url).port;
  for (const forged of [`evil.example:${port}`, `localhost:${port}`, '127.0.0.1']) {
    const response = await request(host, { path: '/rpc/app.info', headers: { ...bearer(host), Host: forged } });
    expect(response, `Host: ${forged}`).toMatchObject({ status: 403, body: { code: 'forbidden' } });
  }
  // The page itself is refused too: a rebinding page must not even load the app.
  expect(await request(host, { path: '/', method: 'GET', headers: { Host: `evil.example:${port}` } })).toMatchObject({
    status: 403,
  });
});

test('a foreign Origin (cross-site request) gets 403, even with the token', async ({ host }) => {
  for (const origin of ['http://evil.example', 'null', host.url.replace('127.0.0.1', 'localhost')]) {
    const response = await request(host, { path: '/rpc/settings.get', headers: { ...bearer(host), Origin: origin } });
    expect(response, `Origin: ${origin}`).toMatchObject({ status: 403, body: { code: 'forbidden' } });
  }
  expect(await request(host, { path: '/rpc/settings.get', headers: { ...bearer(host), Origin: host.url } })).toMatchObject({
    status: 200,
  });
});

test('an invalid settings.set answers invalid_input and changes nothing', async ({ host }) => {
  const settingsFile = path.join(host.dataDir, 'settings.json');
  const before = await request(host, { path: '/rpc/settings.get', headers: bearer(host) });
  const fileBefore = fs.readFileSync(settingsFile, 'utf8');

  const invalidPatches = [
    { syncIntervalMinutes: 0 },
    { syncIntervalMinutes: 121 },
    { language: 'fr' },
    { meli: { redirectUri: 'http://example.com/callback' } },
    // Credentials must not be pointed elsewhere through the local API: only Mercado Libre's hosts.
    { meli: { apiUrl: 'http://127.0.0.1:9' } },
    { meli: { authUrl: 'https://evil.example' } },
    { somethingElse: true },
    // One good field does not let a bad one through: the whole patch is refused.
    { language: 'en', syncIntervalMinutes: 2.5 },
  ];
  for (const patch of invalidPatches) {
    const response = await request(host, { path: '/rpc/settings.set', headers: bearer(host), body: JSON.stringify(patch) });
    expect(response, JSON.stringify(patch)).toMatchObject({
      status: 400,
      body: { code: 'invalid_input', details: { issues: expect.any(Array) } },
    });
  }
  const zero = await request(host, {
    path: '/rpc/settings.set',
    headers: bearer(host),
    body: JSON.stringify({ syncIntervalMinutes: 0 }),
  });
  expect(zero.body).toMatchObject({ details: { issues: [{ path: 'syncIntervalMinutes' }] } });

  expect(await request(host, { path: '/rpc/settings.get', headers: bearer(host) })).toEqual(before);
  expect(fs.readFileSync(settingsFile, 'utf8')).toBe(fileBefore);
});

test.describe('the launch address', () => {
  test('stdout shows a one-time launch code, never the token', async ({ host }) => {
    expect(host.launchUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#code=[A-Za-z0-9_-]+$/);
    expect(host.stdout()).toContain(host.launchUrl);
    expect(host.stdout()).not.toContain(host.token);
    expect(host.logs()).not.toContain(host.token);
  });

  test('the page keeps no token in its storage or readable cookies, and the printed code works only once', async ({ page, browser, host }) => {
    await page.goto(host.launchUrl);
    await expect(page.getByRole('navigation')).toBeVisible();
    // The code is gone from the address bar and from history's current entry.
    expect(page.url()).not.toContain('code=');
    const kept = await page.evaluate(() => ({
      local: JSON.stringify({ ...window.localStorage }),
      session: JSON.stringify({ ...window.sessionStorage }),
      cookies: document.cookie,
    }));
    expect(kept.cookies).toBe('');
    const sessionCookie = (await page.context().cookies()).find((cookie) => cookie.name.startsWith('mostrador_session_'));
    expect(sessionCookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    for (const where of [kept.local, kept.session]) {
      expect(where).not.toContain(host.token);
      expect(where).not.toContain(sessionCookie?.value);
      expect(where).not.toContain(new URL(host.launchUrl).hash.slice('#code='.length));
    }
    // A reload keeps working (the cookie), with nothing in the address.
    await page.reload();
    await expect(page.getByRole('navigation')).toBeVisible();

    // The same printed address in another browser profile: spent, so no access.
    const other = await browser.newContext();
    try {
      const second = await other.newPage();
      await second.goto(host.launchUrl);
      await expect(second.getByRole('alert')).toHaveText(es.errors.unauthorized);
    } finally {
      await other.close();
    }
  });
});
