/**
 * The demo store: when no Mercado Libre app is configured, Mostrador starts the Mercado Libre
 * simulator in-process with seeded data and signs in to it through the same OAuth flow a real
 * account uses. It lives on loopback only and dies with the app. Its /__sim/ admin API is off: the app
 * needs only the API and the authorization page, and nothing else on the machine should be able to
 * read the demo app's secret or mint tokens.
 */
import crypto from 'node:crypto';
import net from 'node:net';
import type { DemoStoreApp } from '../accounts/meli-app';
import type { SiteId } from '../../shared/settings';

export interface DemoStore {
  app: DemoStoreApp;
  url: string;
  close(): Promise<void>;
}

/** A port nobody listens on right now, for the demo app's registered loopback redirect URI. */
async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The sites the demo store has a seller of its own on (operators sign in for someone else's store). */
function sampleSites(sellers: readonly { site_id: SiteId; operator_of: number | null }[]): SiteId[] {
  return [...new Set(sellers.filter((seller) => seller.operator_of === null).map((seller) => seller.site_id))];
}

export async function startDemoStore(options: { marketActivity?: boolean } = {}): Promise<DemoStore> {
  const { startSimulator } = await import('./simulator/server');
  const redirectUri = `http://127.0.0.1:${await freeLoopbackPort()}/callback`;
  const app = {
    client_id: '7310000000000001',
    client_secret: `demo-${crypto.randomBytes(24).toString('base64url')}`,
    name: 'Mostrador (tienda demo)',
    redirect_uris: [redirectUri],
    pkce: true,
  };
  const sim = await startSimulator({ seed: 1, size: 'demo', marketActivity: options.marketActivity ?? true, apps: [app], admin: false });
  return {
    url: sim.url,
    app: { apiUrl: sim.url, authUrl: sim.url, clientId: app.client_id, clientSecret: app.client_secret, redirectUri, sites: sampleSites(sim.sellers) },
    close: () => sim.close(),
  };
}
