// Test helpers: start a simulator on port 0 with a fixed "now", sign in, and call it over real HTTP.
import { afterAll } from 'vitest';
import { startSimulator, type Simulator, type SimulatorOptions } from '../../electron/demo/simulator/server';

/** A fixed "today" so generated dates, and therefore every assertion, are the same on every run. */
export const TEST_NOW = Date.UTC(2026, 2, 16, 15, 0, 0);

export interface Reply<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

export interface Client {
  token: string;
  get<T = unknown>(path: string): Promise<Reply<T>>;
  send<T = unknown>(method: string, path: string, body?: unknown): Promise<Reply<T>>;
}

export async function call<T = unknown>(url: string, init: RequestInit = {}): Promise<Reply<T>> {
  const response = await fetch(url, init);
  const type = response.headers.get('content-type') ?? '';
  const body = type.includes('json') ? ((await response.json()) as T) : ((await response.text()) as T);
  return { status: response.status, headers: response.headers, body };
}

export function client(sim: Simulator, token: string): Client {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  return {
    token,
    get: (path) => call(`${sim.url}${path}`, { headers }),
    send: (method, path, body) => call(`${sim.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }),
  };
}

export async function admin<T = unknown>(sim: Simulator, method: string, path: string, body?: unknown): Promise<Reply<T>> {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${sim.adminToken}` };
  return call<T>(`${sim.url}/__sim${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

/** Starts a simulator for the test file and closes it afterwards. */
export async function useSimulator(options: SimulatorOptions = {}): Promise<{ sim: Simulator; api: Client }> {
  const sim = await startSimulator({ seed: 7, now: TEST_NOW, ...options });
  afterAll(() => sim.close());
  return { sim, api: client(sim, sim.token().access_token) };
}

export function form(fields: Record<string, string>): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }, body: new URLSearchParams(fields).toString() };
}

export interface ItemBody {
  id: string;
  title: string;
  price: number;
  status: string;
  sub_status: string[];
  available_quantity: number;
  sold_quantity: number;
  seller_custom_field: string | null;
  category_id: string;
  listing_type_id: string;
  tags: string[];
  attributes: Array<{ id: string; value_name: string | null }>;
  shipping: { mode: string; logistic_type: string };
  variations: Array<{ id: number; available_quantity: number; price: number; seller_custom_field: string | null }>;
}

export interface ErrorBody {
  message: string;
  error: string;
  status: number;
  cause: Array<Record<string, unknown>>;
  error_description?: string;
}

/** Every listing of the demo seller, read through the API (search + multiget). */
export async function allItems(api: Client, sellerId: number): Promise<ItemBody[]> {
  const search = await api.get<{ results: string[] }>(`/users/${sellerId}/items/search?limit=100`);
  const items: ItemBody[] = [];
  for (let i = 0; i < search.body.results.length; i += 20) {
    const chunk = search.body.results.slice(i, i + 20).join(',');
    const multi = await api.get<Array<{ code: number; body: ItemBody }>>(`/items?ids=${chunk}`);
    items.push(...multi.body.map((entry) => entry.body));
  }
  return items;
}
