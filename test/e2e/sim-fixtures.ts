/**
 * Fixtures for signing in end to end. Without `ownApp` the host runs as a fresh install: no Mercado Libre
 * app, so it starts its in-process demo store with a loopback redirect URI. With `ownApp: true` the test
 * process starts its own simulator with an app registered only at an HTTPS redirect URI (as Mercado Libre
 * requires of real apps) and the host is pointed at it through the environment; the test then carries
 * the authorization back to the app by pasting the address or through build/forward.html.
 * Kept apart from fixtures.ts so the accounts specs own their set-up.
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { startSimulator, type Simulator } from '../../electron/demo/simulator/server';
import { startHost, type RunningHost } from './host';
import { AppPage } from './pages/app-page';

/** The HTTPS redirect URI of the seller's own app; nothing answers there except what a test routes. */
export const HTTPS_REDIRECT = 'https://mostrador.example/oauth/callback';

const OWN_APP = {
  client_id: '4400000000000042',
  client_secret: 'e2e-secret-0123456789abcdef',
  name: 'Mostrador (pruebas)',
  redirect_uris: [HTTPS_REDIRECT],
  pkce: true,
};

interface SimFixtures {
  ownApp: boolean;
  /** Environment for a host without a simulator of the test's own (e.g. an app with no secret yet). */
  extraEnv: Record<string, string>;
  simulator: Simulator | null;
  host: RunningHost;
  app: AppPage;
}

export const test = base.extend<SimFixtures>({
  ownApp: [false, { option: true }],
  extraEnv: [{}, { option: true }],

  simulator: async ({ ownApp }, use) => {
    if (!ownApp) {
      await use(null);
      return;
    }
    const sim = await startSimulator({ seed: 11, size: 'demo', marketActivity: false, apps: [OWN_APP] });
    try {
      await use(sim);
    } finally {
      await sim.close();
    }
  },

  host: async ({ simulator, extraEnv }, use, testInfo) => {
    const env: Record<string, string> = simulator
      ? {
          MELI_API_URL: simulator.url,
          MELI_AUTH_URL: simulator.url,
          MELI_CLIENT_ID: OWN_APP.client_id,
          MELI_CLIENT_SECRET: OWN_APP.client_secret,
          MELI_REDIRECT_URI: HTTPS_REDIRECT,
        }
      : extraEnv;
    const host = await startHost({ env });
    try {
      await use(host);
    } finally {
      const logs = host.logs();
      await host.stop();
      if (testInfo.status !== testInfo.expectedStatus && logs) {
        await testInfo.attach('host-stderr', { body: logs, contentType: 'text/plain' });
      }
    }
  },

  app: async ({ page, host }, use) => {
    const app = new AppPage(page, host);
    await app.open();
    await use(app);
  },
});

/** Runs `action` (which makes the app open Mercado Libre) and returns the tab it opened. */
export async function nextTab(context: BrowserContext, action: () => Promise<void>): Promise<Page> {
  const opened = context.waitForEvent('page');
  await action();
  const tab = await opened;
  await tab.waitForLoadState('domcontentloaded');
  return tab;
}

export { expect };
