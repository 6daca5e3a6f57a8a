/**
 * The security rules every web contents gets: no navigation away from the app, no new windows, no
 * <webview>, no permissions beyond the clipboard and notifications for our own pages (no camera,
 * geolocation…). A click on an allow-listed Mercado
 * Libre link is the one way out, and it goes to the system browser, never into an app window.
 */
import type { Session, WebContents } from 'electron';
import { isAppUrl } from './app-protocol';
import { openExternalIfAllowed } from './external-links';

export type OpenExternal = (url: string) => Promise<void>;

export interface NavigationAttempt {
  readonly url: string;
  preventDefault(): void;
}

/** will-frame-navigate / will-redirect: always cancelled; allow-listed links go to the system browser. */
export function refuseNavigation(event: NavigationAttempt, openExternal: OpenExternal): void {
  event.preventDefault();
  openExternalIfAllowed(event.url, openExternal);
}

/** setWindowOpenHandler: never an app window; allow-listed links go to the system browser. */
export function refuseNewWindow(details: { readonly url: string }, openExternal: OpenExternal): { action: 'deny' } {
  openExternalIfAllowed(details.url, openExternal);
  return { action: 'deny' };
}

/**
 * What our own pages may use: writing plain text to the clipboard (the "copy tracking number" kind of
 * button) and showing notifications; both expose nothing to the page. Everything else, and anything
 * asked by another origin, is refused.
 */
const OWN_PAGE_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write', 'notifications']);

export function isPermissionAllowed(permission: string, requestingOrigin: string): boolean {
  return OWN_PAGE_PERMISSIONS.has(permission) && isAppUrl(requestingOrigin);
}

export function hardenWebContents(contents: WebContents, openExternal: OpenExternal): void {
  contents.on('will-frame-navigate', (event) => refuseNavigation(event, openExternal));
  contents.on('will-redirect', (event) => refuseNavigation(event, openExternal));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler((details) => refuseNewWindow(details, openExternal));
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin),
  );
  session.setDevicePermissionHandler(() => false);
}
