/**
 * A real data store for the cache screens' end-to-end tests: a Mercado Libre simulator started in the
 * test process, a browser-mode host pointed at it as a seller's own Mercado Libre app would be, and the
 * demo seller connected through the local API the way the sign-in page does it (authorization page,
 * approve, redirect to the host's loopback listener). The host syncs a new account by itself.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { SyncStatus } from '../../shared/sync';
import { DEMO_SELLER_ID, startSimulator, type Simulator } from '../../electron/demo/simulator/server';
import { startHost, type RunningHost } from './host';
import { startGate, type Gate } from './sim-gate';

// The same app shape the service tests register (test/helpers/sim-host.ts), which cannot be imported
// here because it pulls in vitest.
const TEST_APP = { client_id: '4400000000000001', client_secret: 'test-secret-0123456789abcdef', name: 'Mostrador e2e', pkce: true };

export interface DataStore {
  sim: Simulator;
  /** The running host (a new one after `restartHost`). */
  readonly host: RunningHost;
  /** Stops the host and starts a new process on the same data directory, as reopening the app does. */
  restartHost(): Promise<RunningHost>;
  api<M extends MethodName>(method: M, input?: MethodInput<M>): Promise<MethodOutput<M>>;
  /** Connects the demo seller; the host starts its first sync at once. */
  connectDemoSeller(): Promise<void>;
  /** Connects another seeded seller (e.g. 241000202, LOJA.DO.SUL on MLB). */
  connectSeller(userId: number): Promise<void>;
  /** Waits until no sync runs and the first one is complete; returns the status then. */
  waitForSyncIdle(timeoutMs?: number): Promise<SyncStatus>;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface DataStoreOptions {
  /** The API address the host is given, e.g. a gate in front of the simulator that a test can close. */
  apiUrl?(sim: Simulator): Promise<string>;
}

export async function startDataStore(seed = 7, options: DataStoreOptions = {}): Promise<DataStore> {
  const redirectUri = `http://127.0.0.1:${await freePort()}/callback`;
  const sim = await startSimulator({ seed, marketActivity: false, apps: [{ ...TEST_APP, redirect_uris: [redirectUri] }] });
  // The store owns the data directory, so a restarted host finds the same database and credentials.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mostrador-e2e-'));
  let host: RunningHost;
  let env: Record<string, string>;
  try {
    env = {
      MELI_API_URL: options.apiUrl ? await options.apiUrl(sim) : sim.url,
      MELI_AUTH_URL: sim.url,
      MELI_CLIENT_ID: TEST_APP.client_id,
      MELI_CLIENT_SECRET: TEST_APP.client_secret,
      MELI_REDIRECT_URI: redirectUri,
    };
    host = await startHost({ env, dataDir });
  } catch (error) {
    await sim.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }

  async function api<M extends MethodName>(method: M, input?: MethodInput<M>): Promise<MethodOutput<M>> {
    const response = await fetch(`${host.url}/rpc/${method}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
      body: input === undefined ? '' : JSON.stringify(input),
    });
    const body: unknown = await response.json();
    if (!response.ok) throw new Error(`${method} answered ${response.status}: ${JSON.stringify(body)}`);
    return body as MethodOutput<M>;
  }

  async function connectSeller(userId: number): Promise<void> {
    const start = await api('accounts.connect.start', { siteId: 'MLA' });
    const callback = await decideOnAuthorizationPage(start.authorizationUrl, userId);
    const answer = await fetch(callback);
    expect(answer.status, 'the loopback listener accepted the redirect').toBe(200);
  }

  return {
    sim,
    get host() {
      return host;
    },
    async restartHost() {
      await host.stop();
      host = await startHost({ env, dataDir });
      return host;
    },
    api,
    connectDemoSeller: () => connectSeller(DEMO_SELLER_ID),
    connectSeller,
    async waitForSyncIdle(timeoutMs = 40_000) {
      let last: SyncStatus | null = null;
      await expect
        .poll(
          async () => {
            last = await api('sync.status');
            return last.accounts.length > 0 && last.accounts.every((account) => account.state !== 'running' && account.firstSyncDone);
          },
          { timeout: timeoutMs, intervals: [250] },
        )
        .toBe(true);
      if (!last) throw new Error('no sync status');
      return last;
    },
    async close() {
      await host.stop();
      await sim.close().catch(() => undefined);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Plays the seller on the simulator's authorization page: picks the account and approves. */
async function decideOnAuthorizationPage(authorizationUrl: string, userId: number): Promise<string> {
  const page = await fetch(authorizationUrl);
  const html = await page.text();
  if (page.status !== 200) throw new Error(`authorization page answered ${page.status}: ${html.slice(0, 200)}`);
  const form = new URLSearchParams();
  for (const match of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) {
    form.set(match[1] as string, unescapeHtml(match[2] as string));
  }
  form.set('user_id', String(userId));
  form.set('decision', 'approve');
  const answer = await fetch(new URL('/authorization/decision', authorizationUrl), { method: 'POST', body: form, redirect: 'manual' });
  const location = answer.headers.get('location');
  if (answer.status !== 302 || !location) throw new Error(`decision answered ${answer.status}`);
  return location;
}

function unescapeHtml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Parses CSV text (RFC 4180 quoting, any delimiter) into records, for checking an export. */
export function parseCsv(text: string, delimiter: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

/**
 * For a spec file whose tests share one store: registers hooks that start it, connect the demo seller
 * and wait for the first sync before the tests, and close it after. Returns the store's getter.
 */
export function useSyncedDemoStore(): () => DataStore {
  let store: DataStore | undefined;
  test.beforeAll(async () => {
    test.setTimeout(60_000);
    store = await startDataStore();
    await store.connectDemoSeller();
    await store.waitForSyncIdle();
  });
  test.afterAll(async () => {
    await store?.close();
  });
  return () => {
    if (!store) throw new Error('the shared store has not started');
    return store;
  };
}

/**
 * Like useSyncedDemoStore, with a gate between the host and the simulator, so a test can make Mercado
 * Libre unreachable (gate.shut()) and reachable again (gate.open()). Returns the pair's getter.
 */
export function useGatedDemoStore(): () => { store: DataStore; gate: Gate } {
  let store: DataStore | undefined;
  let gate: Gate | undefined;
  test.beforeAll(async () => {
    test.setTimeout(90_000);
    store = await startDataStore(7, {
      apiUrl: async (sim) => {
        gate = await startGate(sim.port);
        return gate.url;
      },
    });
    await store.connectDemoSeller();
    await store.waitForSyncIdle();
  });
  test.afterAll(async () => {
    await store?.close();
    await gate?.shut();
  });
  return () => {
    if (!store || !gate) throw new Error('the store has not started');
    return { store, gate };
  };
}
