/**
 * How the authorization code comes back to this computer, decided by the registered redirect URI:
 * - loopback: the URI is http://127.0.0.1|localhost:PORT/path — we listen there directly;
 * - forward:  the URI is an HTTPS page (build/forward.html) that forwards code+state to the port
 *             carried in `state`; we listen on a free port at /callback;
 * Pasting the final address works in both.
 */
export type RedirectPlan =
  | { mode: 'loopback'; port: number; path: string; redirectUri: (port: number) => string }
  | { mode: 'forward'; port: 0; path: '/callback'; redirectUri: () => string };

export function planRedirect(redirectUri: string): RedirectPlan {
  const url = new URL(redirectUri);
  const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
  if (loopback && url.protocol === 'http:') {
    const fixedPort = url.port ? Number(url.port) : 80;
    return {
      mode: 'loopback',
      // Port 0 in the configured URI means "any free port" (RFC 8252 §7.3 lets loopback ports vary).
      port: fixedPort,
      path: url.pathname || '/',
      redirectUri: (port) => {
        const actual = new URL(redirectUri);
        actual.port = String(port);
        return actual.toString();
      },
    };
  }
  return { mode: 'forward', port: 0, path: '/callback', redirectUri: () => redirectUri };
}
