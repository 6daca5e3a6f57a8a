import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  hardenSession,
  hardenWebContents,
  isPermissionAllowed,
  refuseNavigation,
  refuseNewWindow,
} from '../../electron/shell/window-security';

function attempt(url: string) {
  return { url, preventDefault: vi.fn() };
}

describe('navigation and new windows', () => {
  it('cancels every navigation, sending only allow-listed links to the system browser', () => {
    const openExternal = vi.fn(() => Promise.resolve());
    const evil = attempt('http://evil.com/');
    const listing = attempt('https://articulo.mercadolibre.com.ar/MLA-1');
    const ownPage = attempt('app://mostrador/index.html');
    for (const event of [evil, listing, ownPage]) refuseNavigation(event, openExternal);
    for (const event of [evil, listing, ownPage]) expect(event.preventDefault).toHaveBeenCalled();
    expect(openExternal.mock.calls).toEqual([['https://articulo.mercadolibre.com.ar/MLA-1']]);
  });

  it('never opens an app window', () => {
    const openExternal = vi.fn(() => Promise.resolve());
    expect(refuseNewWindow({ url: 'https://www.mercadolivre.com.br/ajuda' }, openExternal)).toEqual({ action: 'deny' });
    expect(refuseNewWindow({ url: 'https://evil.com/' }, openExternal)).toEqual({ action: 'deny' });
    expect(refuseNewWindow({ url: 'file:///etc/passwd' }, openExternal)).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://www.mercadolivre.com.br/ajuda']]);
  });

  it('wires the rules into a web contents', () => {
    const openExternal = vi.fn(() => Promise.resolve());
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    hardenWebContents(contents as unknown as WebContents, openExternal);

    const navigation = attempt('https://evil.com/');
    contents.emit('will-frame-navigate', navigation);
    const redirect = attempt('https://evil.com/r');
    contents.emit('will-redirect', redirect);
    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview, {}, {});
    expect(navigation.preventDefault).toHaveBeenCalled();
    expect(redirect.preventDefault).toHaveBeenCalled();
    expect(webview.preventDefault).toHaveBeenCalled();

    const handler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as (details: { url: string }) => unknown;
    expect(handler({ url: 'https://evil.com/' })).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });
});

describe('permissions', () => {
  it('refuses camera, microphone, geolocation and the rest', () => {
    for (const permission of ['media', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen', 'midi', 'pointerLock']) {
      expect(isPermissionAllowed(permission, 'app://mostrador/')).toBe(false);
    }
  });

  it('lets only our own pages show notifications', () => {
    expect(isPermissionAllowed('notifications', 'app://mostrador/')).toBe(true);
    expect(isPermissionAllowed('notifications', 'app://mostrador/index.html#/questions')).toBe(true);
    for (const origin of ['https://evil.com', 'http://127.0.0.1:5173', 'file:///tmp/x.html', 'app://other/']) {
      expect(isPermissionAllowed('notifications', origin)).toBe(false);
    }
  });

  it('lets only our own pages write plain text to the clipboard', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://mostrador')).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://evil.com')).toBe(false);
  });

  it('installs handlers that answer no on the session', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn() };
    hardenSession(session as unknown as Session);
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      contents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl: string },
    ) => void;
    const callback = vi.fn();
    request({}, 'media', callback, { requestingUrl: 'app://mostrador/index.html' });
    expect(callback).toHaveBeenCalledWith(false);
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (contents: unknown, permission: string, origin: string) => boolean;
    expect(check(null, 'geolocation', 'app://mostrador')).toBe(false);
    const device = session.setDevicePermissionHandler.mock.calls[0]?.[0] as () => boolean;
    expect(device()).toBe(false);
  });
});
