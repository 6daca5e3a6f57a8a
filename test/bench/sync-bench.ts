/**
 * `npm run bench`: the sync against the simulator's large store (10 000 listings, 50 000 orders) with
 * latency and a per-app rate limit, compared with the lower bound of API calls and of time; a naive
 * client (one request per listing) for comparison; the Orders query over the cached 50 000 orders.
 * Prints figures and, as its last line, one JSON object.
 *   npx tsx test/bench/sync-bench.ts [--rate 50] [--latency 20-80] [--skip-naive] [--size large|demo]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { listAccounts, upsertAccount } from '../../electron/accounts/accounts-repository';
import { createHost } from '../../electron/host';
import { DEFAULT_BUDGET, type RequestInfo } from '../../electron/meli/client';
import { queryOrders } from '../../electron/orders/orders-query';
import { createConfBackend } from '../../electron/settings/conf-backend';
import { runPool } from '../../electron/sync/pool';
import { createSyncService } from '../../electron/sync/sync-service';
import { OrdersQuery } from '../../shared/orders';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/data/sellers';
import { startSimProcess } from '../helpers/sim-cli';
import { benchBulkEdit } from './edit-bench';
import { labelsBench } from './labels-bench';
import { benchStock } from './stock-bench';

const { values } = parseArgs({ options: { size: { type: 'string', default: 'large' }, rate: { type: 'string', default: '50' }, latency: { type: 'string', default: '20-80' }, 'skip-naive': { type: 'boolean', default: false } } });
const rate = Number(values.rate);
const [minMs, maxMs] = (values.latency ?? '20-80').split('-').map(Number) as [number, number];
const app = { client_id: '9900000000000001', client_secret: 'bench-secret-0123456789', name: 'Mostrador bench', pkce: false, redirect_uris: ['http://127.0.0.1:9/callback'] };
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mostrador-bench-'));
const seconds = (ms: number) => (ms / 1000).toFixed(1);

console.log(`Starting the simulator (${values.size} store) in its own process…`);
// Its own process: the simulator must not share a core with the client it is measuring.
const simProcess = await startSimProcess(['--size', values.size === 'demo' ? 'demo' : 'large', '--seed', '1'], 180_000);
const simUrl = simProcess.url;
const admin = async (method: string, adminPath: string, body?: unknown) => {
  const headers = { 'content-type': 'application/json', 'x-sim-admin': simProcess.adminToken };
  const response = await fetch(`${simUrl}${adminPath}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  if (!response.ok) throw new Error(`${method} ${adminPath} answered ${response.status}`);
  return response.json() as Promise<unknown>;
};
await admin('POST', '/__sim/apps', app);
await admin('PUT', '/__sim/config', { latency: { minMs, maxMs, spikeRate: 0.01, spikeMs: 400 }, rateLimit: { perApp: { limit: rate, windowMs: 1000 }, perSeller: null, body: 'local_rate_limited', retryAfterSeconds: null } });
const token = (await admin('POST', '/__sim/token', { user_id: DEMO_SELLER_ID, client_id: app.client_id })) as Parameters<ReturnType<typeof createHost>['accounts']['tokens']['save']>[0];
const apiLog = async () => ((await admin('GET', '/__sim/requests')) as { requests: Array<{ method: string; path: string; status: number; query?: Record<string, string> }> }).requests.filter((entry) => !entry.path.startsWith('/__sim'));
const apiCalls = async () => (await apiLog()).length;
/** Light multigets (only a few attributes): the checks for listings changed elsewhere. */
const isLightCheck = (entry: { path: string; query?: Record<string, string> }) => (entry.path === '/items' || entry.path === '/items/bulk') && typeof entry.query?.attributes === 'string';
const clearLog = () => admin('DELETE', '/__sim/requests');
console.log(`Rate limit ${rate}/s per app; latency ${minMs}–${maxMs} ms (1% spikes of 400 ms)`);

// Queue waits of the seller's own calls made while the full sync runs (first attempts only).
const interactiveWaits: number[] = [];
let interactiveAttempts = 0;
let labelCallListener: ((info: RequestInfo) => void) | null = null;
const onMeliRequest = (info: RequestInfo) => {
  if (info.path === '/shipment_labels') labelCallListener?.(info);
  if (info.priority !== 'interactive') return;
  interactiveAttempts += 1;
  if (info.attempt === 1) interactiveWaits.push(info.queuedMs);
};
const host = createHost({
  mode: 'browser',
  settingsBackend: createConfBackend,
  budget: { requestsPerSecond: rate, concurrency: 8 },
  onMeliRequest,
  log: () => undefined,
  env: { MOSTRADOR_DATA_DIR: dataDir, MELI_API_URL: simUrl, MELI_AUTH_URL: simUrl, MELI_CLIENT_ID: app.client_id, MELI_CLIENT_SECRET: app.client_secret, MELI_REDIRECT_URI: app.redirect_uris[0] },
});
upsertAccount(host.db, { userId: DEMO_SELLER_ID, nickname: 'BENCH', siteId: 'MLA', raw: {} });
host.accounts.tokens.save(token);

// Listings the seller opens during the sync (read before the measured run).
const openedIds = (await host.api().items.search(DEMO_SELLER_ID, { sellerId: DEMO_SELLER_ID, limit: 100 })).ids;
interactiveWaits.length = 0;
interactiveAttempts = 0;
await clearLog();
let lastPrint = 0;
const unsubscribe = host.events.subscribe((event, payload) => {
  if (event !== 'sync.progress' || Date.now() - lastPrint < 5000) return;
  lastPrint = Date.now();
  const progress = payload as { step: string; done: number; total: number | null };
  console.log(`  … ${progress.step} ${progress.done}/${progress.total ?? '?'}`);
});
const started = performance.now();
let syncing = true;
const fullSync = host.sync.syncAccount(DEMO_SELLER_ID).finally(() => {
  syncing = false;
});
// Up to 60 seller actions at random moments of the sync (opening a listing, or its description), 3.75 s
// apart on average so they reach its every step: enough for a p95 that is not the single worst call,
// and still well under 1% of the budget.
const INTERACTIVE_CALLS = 60;
const seller = (async () => {
  const api = host.api();
  for (let index = 0; index < INTERACTIVE_CALLS && syncing; index += 1) {
    await new Promise((resolve) => setTimeout(resolve, 500 + Math.random() * 6500));
    if (!syncing) break;
    const id = openedIds[Math.floor(Math.random() * openedIds.length)] ?? '';
    await (index % 2 === 0 ? api.items.get(DEMO_SELLER_ID, id) : api.items.description(DEMO_SELLER_ID, id));
  }
})();
await fullSync;
const wallMs = performance.now() - started;
await seller;
unsubscribe();
// The seller's calls shared the budget; they are not the sync's.
const sentAll = await apiCalls();
const calls = sentAll - interactiveAttempts;
// The lower bound, from the cache (which the sync tests prove equal to the store).
const count = (sql: string) => (host.db.prepare(sql).get() as { n: number }).n;
const items = count('SELECT count(*) AS n FROM items');
const orderCount = count('SELECT count(*) AS n FROM orders');
const openShipments = count("SELECT count(DISTINCT shipping_id) AS n FROM orders WHERE shipping_id IS NOT NULL AND status != 'cancelled' AND delivered = 0");
const minimum = Math.ceil(items / 100) + Math.ceil(items / 20) + Math.ceil(orderCount / 50) + openShipments;
console.log(`Store: ${items} listings, ${orderCount} orders, ${openShipments} open shipments`);
console.log(`Minimum calls: ⌈${items}/100⌉ + ⌈${items}/20⌉ + ⌈${orderCount}/50⌉ + ${openShipments} = ${minimum}`);
const boundMs = (sentAll / rate) * 1000;
console.log(`Full sync: ${calls} calls (${(calls / minimum).toFixed(3)} × minimum), ${seconds(wallMs)} s (${(wallMs / boundMs).toFixed(3)} × the ${seconds(boundMs)} s rate-limit bound of its calls and the seller's)`);
const waits = [...interactiveWaits].sort((a, b) => a - b);
const interactiveP95 = waits[Math.min(waits.length - 1, Math.floor(0.95 * waits.length))] ?? Number.NaN;
console.log(`Seller's calls during the sync: ${waits.length}, queue wait p50 ${waits[Math.floor(waits.length / 2)] ?? Number.NaN} ms, p95 ${interactiveP95} ms, max ${waits.at(-1) ?? Number.NaN} ms`);

await clearLog();
await host.sync.syncAccount(DEMO_SELLER_ID);
const incrementalLog = await apiLog();
// The quiet check itself, and apart from it the light checks owed since the listings were read (the
// shipments and questions after them take minutes here; in steady polling they are quiet_hour_calls).
const lightAfterFull = incrementalLog.filter(isLightCheck).length;
const incremental = incrementalLog.length - lightAfterFull;
console.log(`Incremental sync with nothing changed: ${incremental} calls, plus ${lightAfterFull} light checks of listings`);

// One hour of polling at the default 2-minute interval with nothing changing, on a stepped clock:
// the quiet checks plus the light multigets that look for listings changed elsewhere.
let pollClock = Date.now();
const poller = createSyncService({ db: host.db, api: host.api, events: host.events, accounts: () => listAccounts(host.db), intervalMinutes: () => 2, now: () => new Date(pollClock) });
await clearLog();
const hourStart = pollClock;
for (let minute = 2; minute <= 60; minute += 2) {
  pollClock = hourStart + minute * 60_000;
  await poller.syncAccount(DEMO_SELLER_ID);
}
await poller.stop();
const quietHourCalls = await apiCalls();
// The share of the budget a seller's app has by default (the bench itself runs a faster one).
const quietHourShare = quietHourCalls / (DEFAULT_BUDGET.requestsPerSecond * 3600);
console.log(`An hour of quiet polling: ${quietHourCalls} calls, ${(100 * quietHourShare).toFixed(1)}% of a ${DEFAULT_BUDGET.requestsPerSecond}/s budget`);

// The naive client: the same sync, but each listing read with its own GET /items/{id}.
let naiveCalls = Number.NaN;
let naiveWallRatio = Number.NaN;
if (!values['skip-naive']) {
  const api = host.api();
  const ids = host.db.prepare('SELECT id FROM items').pluck().all() as string[];
  await clearLog();
  const naiveStarted = performance.now();
  const controller = new AbortController();
  await runPool(ids, 8, controller.signal, async (id) => {
    await api.items.get(DEMO_SELLER_ID, id);
  });
  const naiveItemsMs = performance.now() - naiveStarted;
  const naiveItemCalls = await apiCalls();
  const multigetCalls = Math.ceil(items / 20);
  naiveCalls = calls - multigetCalls + naiveItemCalls;
  const naiveWallMs = wallMs - (multigetCalls / rate) * 1000 + naiveItemsMs;
  naiveWallRatio = naiveWallMs / ((naiveCalls / rate) * 1000);
  console.log(`Naive client (one GET per listing): ${naiveCalls} calls (${(naiveCalls / minimum).toFixed(3)} × minimum), about ${seconds(naiveWallMs)} s`);
}

// The Orders screen's query over the cached orders: filters, search and sort as a seller uses them.
const queries: Array<Parameters<typeof OrdersQuery.parse>[0]> = [
  { sort: 'date_desc', limit: 100 },
  { statuses: ['paid'], sort: 'date_desc', limit: 100 },
  { shipping: ['label_ready'], sort: 'date_asc', limit: 100 },
  { search: 'zapatilla', sort: 'date_desc', limit: 100 },
  { search: 'remera negra', statuses: ['paid', 'cancelled'], sort: 'total_desc', limit: 100 },
  { from: new Date(Date.now() - 30 * 86_400_000).toISOString(), shipping: ['ready_to_ship', 'shipped'], sort: 'buyer_asc', limit: 100 },
  { sort: 'date_desc', offset: 25_000, limit: 100 },
];
const times: number[] = [];
for (let round = 0; round < 30; round += 1) {
  for (const query of queries) {
    const begin = performance.now();
    queryOrders(host.db, OrdersQuery.parse(query));
    times.push(performance.now() - begin);
  }
}
times.sort((a, b) => a - b);
const percentile = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? Number.NaN;
const cached = (host.db.prepare('SELECT count(*) AS n FROM orders').get() as { n: number }).n;
console.log(`Orders query over ${cached} cached orders: p50 ${percentile(50).toFixed(2)} ms, p95 ${percentile(95).toFixed(2)} ms (${times.length} queries)`);

host.db.pragma('wal_checkpoint(TRUNCATE)');
const dbBytes = fs.readdirSync(dataDir).filter((name) => name.startsWith('mostrador.sqlite')).reduce((sum, name) => sum + fs.statSync(path.join(dataDir, name)).size, 0);
console.log(`Database: ${(dbBytes / 1e6).toFixed(1)} MB`);

const edits = await benchBulkEdit(host, { rate, apiLog, clearLog });
const labels = await labelsBench({ host, rate, admin, apiCalls, clearLog, onLabelCall: (listener) => (labelCallListener = listener) });
const stock = await benchStock(host, { apiLog, clearLog });

host.close();
simProcess.stop();
fs.rmSync(dataDir, { recursive: true, force: true });
const round3 = (value: number) => Math.round(value * 1000) / 1000;
console.log(
  JSON.stringify({
    calls_ratio: round3(calls / minimum),
    wall_ratio: round3(wallMs / boundMs),
    incremental_calls: incremental,
    incremental_light_calls: lightAfterFull,
    naive_calls_ratio: round3(naiveCalls / minimum),
    naive_wall_ratio: round3(naiveWallRatio),
    query_p50_ms: round3(percentile(50)),
    query_p95_ms: round3(percentile(95)),
    db_mb: Math.round(dbBytes / 1e5) / 10,
    interactive_wait_p95_ms: Math.round(interactiveP95),
    quiet_hour_calls: quietHourCalls,
    quiet_hour_budget_share: round3(quietHourShare),
    ...edits,
    ...labels,
    ...stock,
  }),
);
