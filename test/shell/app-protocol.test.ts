import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/core/csp';
import {
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler,
  isAppUrl,
  resolveAppPath,
} from '../../electron/shell/app-protocol';
import { tempDir } from '../helpers/temp-dir';

function rendererFixture(): string {
  const root = tempDir('renderer-');
  fs.mkdirSync(path.join(root, 'assets'));
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Mostrador</title>');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log("hola")');
  return root;
}

describe('app:// path resolution', () => {
  const root = path.resolve('/srv/renderer');

  it('maps the origin and files under it into the renderer folder', () => {
    expect(resolveAppPath('app://mostrador/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath('app://mostrador/index.html#/orders', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath('app://mostrador/assets/index-abc.js?v=1', root)).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(resolveAppPath('app://mostrador/assets/a%20b.png', root)).toBe(path.join(root, 'assets', 'a b.png'));
  });

  it.each([
    ['an encoded slash and ..', 'app://mostrador/assets/..%2F..%2F..%2Fetc%2Fpasswd'],
    ['a backslash escape', 'app://mostrador/..%5C..%5Csecret'],
    ['a NUL byte', 'app://mostrador/index.html%00.png'],
    ['a malformed escape', 'app://mostrador/%E0%A4%A'],
    ['another host', 'app://evil/index.html'],
    ['another scheme', 'file:///srv/renderer/index.html'],
    ['an https page', 'https://mostrador/index.html'],
  ])('refuses %s', (_why, url) => {
    expect(resolveAppPath(url, root)).toBeNull();
  });

  it.each(['app://mostrador/../../etc/passwd', 'app://mostrador/%2e%2e/%2e%2e/etc/passwd', 'app://mostrador/assets/.%2E/.%2e/.%2e/x'])(
    'keeps %s inside the root (the URL parser folds the dots at the origin)',
    (url) => {
      const resolved = resolveAppPath(url, root);
      expect(resolved === null || resolved.startsWith(root + path.sep)).toBe(true);
      expect(resolved).not.toBe(path.resolve('/etc/passwd'));
    },
  );

  it('knows its own origin', () => {
    expect(isAppUrl('app://mostrador/index.html')).toBe(true);
    expect(isAppUrl('app://mostrador')).toBe(true);
    expect(isAppUrl('app://mostrador.evil.com/')).toBe(false);
    expect(isAppUrl('https://mostrador/')).toBe(false);
    expect(isAppUrl('file:///index.html')).toBe(false);
  });

  it('registers a standard, secure scheme and nothing like bypassCSP', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true });
    expect(APP_SCHEME_PRIVILEGES.privileges?.bypassCSP).toBeFalsy();
  });
});

describe('app:// handler', () => {
  it('serves the renderer with the CSP header and a content type', async () => {
    const handle = createAppProtocolHandler(rendererFixture());
    const page = await handle(new Request('app://mostrador/'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('<title>Mostrador</title>');

    const script = await handle(new Request('app://mostrador/assets/index-abc.js'));
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await script.text()).toBe('console.log("hola")');
  });

  it('answers 404, still with the CSP, for traversal and missing files', async () => {
    const root = rendererFixture();
    fs.writeFileSync(path.join(path.dirname(root), 'secret.txt'), 'token');
    const handle = createAppProtocolHandler(root);
    for (const url of ['app://mostrador/%2e%2e/secret.txt', 'app://mostrador/nope.js']) {
      const response = await handle(new Request(url));
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await response.text()).not.toContain('token');
    }
    fs.rmSync(path.join(path.dirname(root), 'secret.txt'));
  });

  it('does not follow a symlink out of the renderer folder', async () => {
    const root = rendererFixture();
    const outside = tempDir('outside-');
    fs.writeFileSync(path.join(outside, 'secret.txt'), 'token');
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
    const response = await createAppProtocolHandler(root)(new Request('app://mostrador/assets/link.txt'));
    expect(response.status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const handle = createAppProtocolHandler(rendererFixture());
    const response = await handle(new Request('app://mostrador/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });
});

describe('app:// handler without a renderer build', () => {
  it('answers 404 instead of failing when the renderer folder does not exist', async () => {
    const handle = createAppProtocolHandler(path.join(tempDir(), 'missing'));
    expect((await handle(new Request('app://mostrador/'))).status).toBe(404);
  });
});
