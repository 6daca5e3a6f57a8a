/**
 * Test rig for sign-in and sync: a real simulator on loopback and a real host (SQLite file, vault,
 * settings) configured through the environment to use it, as a seller's own Mercado Libre app would be.
 */
import net from 'node:net';
import { createHost, type Host, type HostOptions } from '../../electron/host';
import { createConfBackend } from '../../electron/settings/conf-backend';
import type { EventName } from '../../shared/contract';
import { startSimulator, type Simulator, type SimulatorOptions } from '../../electron/demo/simulator/server';
import { tempDir } from './temp-dir';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export const TEST_APP = { client_id: '4400000000000001', client_secret: 'test-secret-0123456789abcdef', name: 'Mostrador tests', pkce: true };

export interface SimHost {
  sim: Simulator;
  host: Host;
  dataDir: string;
  redirectUri: string;
  logs: string[];
  events: Array<{ event: EventName; payload: unknown }>;
  close(): Promise<void>;
}

export interface SimHostOptions {
  redirectUri?: string;
  sim?: SimulatorOptions;
  dataDir?: string;
  hostEnv?: NodeJS.ProcessEnv;
  /** The outbox worker: held (autoStart false) to look at queued entries, or with short pauses. */
  outbox?: HostOptions['outbox'];
}

export async function startSimHost(options: SimHostOptions = {}): Promise<SimHost> {
  const loopback = `http://127.0.0.1:${await freePort()}/callback`;
  const redirectUri = options.redirectUri ?? loopback;
  const sim = await startSimulator({ seed: 7, marketActivity: false, ...options.sim, apps: [{ ...TEST_APP, redirect_uris: [loopback, 'https://mostrador.example/oauth/callback'] }] });
  const dataDir = options.dataDir ?? tempDir();
  const logs: string[] = [];
  const host = createHost({
    mode: 'browser',
    settingsBackend: createConfBackend,
    // Tests are not polite to the simulator: a fast budget keeps them short.
    budget: { requestsPerSecond: 200, concurrency: 8 },
    retry: { baseDelayMs: 20, maxDelayMs: 200 },
    log: (line) => logs.push(line),
    outbox: { baseDelayMs: 20, ...options.outbox },
    env: {
      MOSTRADOR_DATA_DIR: dataDir,
      MELI_API_URL: sim.url,
      MELI_AUTH_URL: sim.url,
      MELI_CLIENT_ID: TEST_APP.client_id,
      MELI_CLIENT_SECRET: TEST_APP.client_secret,
      MELI_REDIRECT_URI: redirectUri,
      ...options.hostEnv,
    },
  });
  const events: SimHost['events'] = [];
  host.events.subscribe((event, payload) => events.push({ event, payload }));
  return {
    sim,
    host,
    dataDir,
    redirectUri,
    logs,
    events,
    async close() {
      host.close();
      await sim.close();
    },
  };
}

/** Plays the seller on the simulator's authorization page: picks the account and approves (or denies). */
export async function decideOnAuthorizationPage(authorizationUrl: string, userId: number, decision: 'approve' | 'deny' = 'approve'): Promise<string> {
  const page = await fetch(authorizationUrl);
  const html = await page.text();
  if (page.status !== 200) throw new Error(`authorization page answered ${page.status}: ${html.slice(0, 200)}`);
  const form = new URLSearchParams();
  for (const match of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) {
    form.set(match[1] as string, (match[2] as string).replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
  }
  form.set('user_id', String(userId));
  form.set('decision', decision);
  const answer = await fetch(new URL('/authorization/decision', authorizationUrl), {
    method: 'POST',
    body: form,
    redirect: 'manual',
  });
  const location = answer.headers.get('location');
  if (answer.status !== 302 || !location) throw new Error(`decision answered ${answer.status}`);
  return location;
}

export async function call<T = unknown>(host: Host, method: string, input?: unknown): Promise<T> {
  const result = await host.dispatch(method, input);
  if (!result.ok) throw Object.assign(new Error(`${method}: ${result.error.code} ${result.error.message}`), { apiError: result.error });
  return result.value as T;
}

export async function simRequests(sim: Simulator, pathPrefix: string): Promise<Array<{ method: string; path: string; status: number }>> {
  const answer = await sim.admin(`/__sim/requests?path_prefix=${encodeURIComponent(pathPrefix)}`);
  return (answer as { requests: Array<{ method: string; path: string; status: number }> }).requests;
}
