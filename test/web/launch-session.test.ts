/**
 * The page's way in: a one-time launch code, traded once at POST /session for an HttpOnly,
 * SameSite=Strict session cookie. The code cannot be reused and expires; the cookie serves only our own
 * page; scripts keep using the token from host.json.
 */
import fs from 'node:fs';
import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { createHost } from '../../electron/host';
import { createConfBackend } from '../../electron/settings/conf-backend';
import { startWebHost, type WebHost } from '../../electron/web/web-host';
import { tempDir } from '../helpers/temp-dir';
import { raw, start, type Raw } from './web-rig';

const codeOf = (launchUrl: string) => /#code=([A-Za-z0-9_-]+)$/.exec(launchUrl)?.[1] ?? '';

function redeem(web: WebHost, code: string, headers: Record<string, string> = { Origin: web.url }): Promise<Raw> {
  return raw(web, {
    method: 'POST',
    path: '/session',
    headers: { Host: `127.0.0.1:${web.port}`, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ code }),
  });
}

function cookieFrom(response: Raw): string {
  const header = response.headers['set-cookie']?.[0] ?? '';
  return header.split(';')[0] ?? '';
}

function callWithCookie(web: WebHost, cookie: string, headers: Record<string, string> = { Origin: web.url }): Promise<Raw> {
  return raw(web, {
    method: 'POST',
    path: '/rpc/app.info',
    headers: { Host: `127.0.0.1:${web.port}`, 'Content-Type': 'application/json', Cookie: cookie, ...headers },
    body: '',
  });
}

describe('launch codes and sessions', () => {
  it('a launch code gives one HttpOnly, SameSite=Strict session, and works only once', async () => {
    const { web } = await start();
    const code = codeOf(web.newLaunchUrl());
    const first = await redeem(web, code);
    expect(first.status).toBe(200);
    const setCookie = first.headers['set-cookie']?.[0] ?? '';
    expect(setCookie).toMatch(new RegExp(`^mostrador_session_${web.port}=[A-Za-z0-9_-]+; Path=/; HttpOnly; SameSite=Strict$`));
    expect(setCookie).not.toContain(web.token);
    const cookie = cookieFrom(first);
    expect((await callWithCookie(web, cookie)).status).toBe(200);
    const stream = await new Promise<number>((resolve, reject) => {
      const request = http.get({ host: '127.0.0.1', port: web.port, path: '/events', headers: { Host: `127.0.0.1:${web.port}`, Cookie: cookie } }, (response) => {
        resolve(response.statusCode ?? 0);
        request.destroy();
      });
      request.on('error', reject);
    });
    expect(stream).toBe(200);

    const again = await redeem(web, code);
    expect(again.status).toBe(401);
    expect(JSON.parse(again.body)).toMatchObject({ code: 'unauthorized', message: expect.stringContaining('already used or has expired') });
    expect(again.headers['set-cookie']).toBeUndefined();
    for (const wrong of ['', 'not-a-code', web.token]) expect((await redeem(web, wrong)).status).toBe(401);
  });

  it('a launch code expires', async () => {
    const dataDir = tempDir();
    const rendererDir = tempDir('renderer-');
    fs.writeFileSync(`${rendererDir}/index.html`, '<!doctype html>');
    const host = createHost({ mode: 'browser', settingsBackend: createConfBackend, env: { MOSTRADOR_DATA_DIR: dataDir }, log: () => undefined });
    const web = await startWebHost({ dispatch: host.dispatch, events: host.events, rendererDir, dataDir, launchCodeTtlMs: 50 });
    try {
      const code = codeOf(web.newLaunchUrl());
      await new Promise((resolve) => setTimeout(resolve, 120));
      expect((await redeem(web, code)).status).toBe(401);
      expect((await redeem(web, codeOf(web.newLaunchUrl()))).status).toBe(200);
    } finally {
      await web.close();
      host.close();
    }
  });

  it('codes are traded and cookies used only by our own page', async () => {
    const { web } = await start();
    // No Origin, or another site's: refused, and the code is not spent.
    const code = codeOf(web.newLaunchUrl());
    expect((await redeem(web, code, {})).status).toBe(403);
    expect((await redeem(web, code, { Origin: 'http://127.0.0.1:1' })).status).toBe(403);
    const cookie = cookieFrom(await redeem(web, code));
    expect((await callWithCookie(web, cookie, {})).status).toBe(403);
    expect((await callWithCookie(web, cookie, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await callWithCookie(web, `mostrador_session_${web.port}=forged`)).status).toBe(401);
    expect((await callWithCookie(web, cookie.replace(`_${web.port}=`, `_${web.port + 1}=`))).status).toBe(401);
  });

  it('a script with the token from host.json can ask for a fresh launch address; nobody else can', async () => {
    const { web } = await start();
    const ask = (headers: Record<string, string>) => raw(web, { method: 'POST', path: '/launch', headers: { Host: `127.0.0.1:${web.port}`, ...headers }, body: '' });
    expect((await ask({})).status).toBe(401);
    const answer = await ask({ Authorization: `Bearer ${web.token}` });
    expect(answer.status).toBe(200);
    const { url } = JSON.parse(answer.body) as { url: string };
    expect(url).not.toContain(web.token);
    expect((await redeem(web, codeOf(url))).status).toBe(200);
  });
});
