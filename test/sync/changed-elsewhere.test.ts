// Listings changed elsewhere (another tool, or Mercado Libre's site) between full passes: "Sync now"
// always sees them, and polling every 2 minutes sees them within 30 minutes, with a light multiget
// spread over the cycle. Real HTTP to the simulator, a real SQLite file; the sync's clock is stepped.
import { afterEach, describe, expect, it } from 'vitest';
import { listAccounts, upsertAccount } from '../../electron/accounts/accounts-repository';
import { CHECK_CYCLE_MS } from '../../electron/sync/items-check';
import { createSyncService } from '../../electron/sync/sync-service';
import type { SyncProgress } from '../../shared/sync';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/server';
import { cacheDifferences } from '../helpers/cache-consistency';
import { call, simRequests, startSimHost, TEST_APP, type SimHost } from '../helpers/sim-host';

let rig: SimHost | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

async function signedIn(): Promise<SimHost> {
  const target = await startSimHost();
  upsertAccount(target.host.db, { userId: DEMO_SELLER_ID, nickname: 'DEMO', siteId: 'MLA', raw: {} });
  target.host.accounts.tokens.save(target.sim.token(DEMO_SELLER_ID, TEST_APP.client_id));
  return target;
}

/** Another tool, with its own token, changes a listing's price at Mercado Libre. */
async function changeElsewhere(target: SimHost, itemId: string, price: number): Promise<void> {
  const token = target.sim.token(DEMO_SELLER_ID).access_token;
  const response = await fetch(`${target.sim.url}/items/${itemId}`, { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ price }) });
  expect(response.status).toBe(200);
}

const cachedPrice = (target: SimHost, itemId: string) => target.host.db.prepare('SELECT price FROM items WHERE id = ?').pluck().get(itemId) as number;
const openIds = (target: SimHost) => target.host.db.prepare("SELECT id FROM items WHERE status != 'closed' AND logistic_type IS NOT 'fulfillment' ORDER BY id").pluck().all() as string[];

describe('listings changed elsewhere', () => {
  it('are seen by "Sync now" at once, though a quiet poll right after a sync does not look yet', async () => {
    rig = await signedIn();
    await rig.host.sync.syncAccount(DEMO_SELLER_ID);
    const [itemId] = openIds(rig);
    await changeElsewhere(rig, itemId ?? '', 4321);
    await rig.host.sync.syncAccount(DEMO_SELLER_ID);
    expect(cachedPrice(rig, itemId ?? '')).not.toBe(4321);

    await call(rig.host, 'sync.now', {});
    await rig.host.sync.syncAccount(DEMO_SELLER_ID);
    expect(cachedPrice(rig, itemId ?? '')).toBe(4321);
    expect(cacheDifferences(rig.host.db, rig.sim, DEMO_SELLER_ID)).toEqual([]);
  });

  it('are seen by polling within 30 minutes, the checks spread over the cycle', async () => {
    rig = await signedIn();
    let clock = Date.now();
    const { db, api, events } = rig.host;
    const sync = createSyncService({ db, api, events, accounts: () => listAccounts(db), intervalMinutes: () => 2, now: () => new Date(clock) });
    // The orders of a large store take minutes before listings are read: the pass of checks starts then.
    const unsubscribe = events.subscribe((event, payload) => {
      if (event === 'sync.progress' && (payload as SyncProgress).step === 'items' && (payload as SyncProgress).done === 0) clock = Math.max(clock, Date.now() + 15 * 60_000);
    });
    await sync.syncAccount(DEMO_SELLER_ID);
    unsubscribe();
    await fetch(`${rig.sim.url}/__sim/requests`, { method: 'DELETE', headers: { 'x-sim-admin': rig.sim.adminToken } });
    await sync.syncAccount(DEMO_SELLER_ID);
    expect((await simRequests(rig.sim, '/')).length).toBe(4);
    const ids = openIds(rig);
    const first = ids[0] ?? '';
    const last = ids.at(-1) ?? '';
    const seen = new Map<string, number>();
    const changedAt = new Map<string, number>();
    const light: number[] = [];
    const start = clock;
    for (let minute = 2; minute <= 60; minute += 2) {
      clock = start + minute * 60_000;
      await fetch(`${rig.sim.url}/__sim/requests`, { method: 'DELETE', headers: { 'x-sim-admin': rig.sim.adminToken } });
      await sync.syncAccount(DEMO_SELLER_ID);
      light.push((await simRequests(rig.sim, '/items')).length);
      for (const [id, price] of [[first, 111_111], [last, 222_222]] as const) {
        if (changedAt.has(id) && !seen.has(id) && cachedPrice(rig, id) === price) seen.set(id, minute);
      }
      if (minute === 2) {
        await changeElsewhere(rig, last, 222_222);
        changedAt.set(last, minute);
      }
      // The worst case: the first listing changes just after the poll that checked it.
      if (!changedAt.has(first) && (light.at(-1) ?? 0) > 0) {
        await changeElsewhere(rig, first, 111_111);
        changedAt.set(first, minute);
      }
    }
    await sync.stop();
    const after = (id: string) => (seen.get(id) ?? Number.NaN) - (changedAt.get(id) ?? Number.NaN);
    console.info(`seen after: first ${after(first)} min, last ${after(last)} min; multiget calls per poll ${light.join(' ')}`);
    for (const id of [first, last]) {
      expect(seen.get(id), id).toBeDefined();
      expect(after(id)).toBeLessThanOrEqual(30);
    }
    // Spread: no poll makes more than a few calls, and an hour checks every open listing about twice.
    const calls = light.reduce((sum, n) => sum + n, 0);
    expect(Math.max(...light)).toBeLessThanOrEqual(Math.ceil(ids.length / 20));
    expect(calls).toBeLessThanOrEqual(Math.ceil((60 * 60_000) / CHECK_CYCLE_MS + 1) * Math.ceil(ids.length / 20) + 2);
  });
});
