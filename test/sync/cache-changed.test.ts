// Screens re-read only what changed: after each commit the host announces `cache.changed` with the
// account and the entities written, and the rows are already readable when the event arrives.
import { afterEach, describe, expect, it } from 'vitest';
import { upsertAccount } from '../../electron/accounts/accounts-repository';
import type { CacheChanged } from '../../shared/contract';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/server';
import { call, startSimHost, TEST_APP, type SimHost } from '../helpers/sim-host';

let rig: SimHost | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

const TABLE = { orders: 'orders', items: 'items', shipments: 'shipments', questions: 'questions' } as const;

describe('cache.changed', () => {
  it('follows every commit of a sync with the entities it wrote, and a description read with descriptions', async () => {
    rig = await startSimHost();
    const { host } = rig;
    upsertAccount(host.db, { userId: DEMO_SELLER_ID, nickname: 'DEMO', siteId: 'MLA', raw: {} });
    host.accounts.tokens.save(rig.sim.token(DEMO_SELLER_ID, TEST_APP.client_id));

    const changes: CacheChanged[] = [];
    const rowsWhenAnnounced: Record<string, number> = {};
    host.events.on('cache.changed', (change) => {
      changes.push(change);
      for (const entity of change.entities) {
        if (entity in TABLE) {
          const table = TABLE[entity as keyof typeof TABLE];
          rowsWhenAnnounced[entity] = Math.max(rowsWhenAnnounced[entity] ?? 0, host.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number);
        }
      }
    });

    await host.sync.syncAccount(DEMO_SELLER_ID);
    expect(changes.every((change) => change.userId === DEMO_SELLER_ID)).toBe(true);
    expect(new Set(changes.flatMap((change) => change.entities))).toEqual(new Set(['orders', 'items', 'shipments', 'questions']));
    // Each announcement came after its transaction committed: the rows were there to read.
    for (const entity of Object.keys(TABLE)) expect(rowsWhenAnnounced[entity], entity).toBeGreaterThan(0);
    // Several commits, several announcements: screens can show rows while a first sync runs.
    expect(changes.filter((change) => change.entities.includes('orders')).length).toBeGreaterThan(1);

    changes.length = 0;
    const itemId = host.db.prepare('SELECT id FROM items LIMIT 1').pluck().get() as string;
    await call(host, 'listings.description', { itemId });
    expect(changes).toEqual([{ userId: DEMO_SELLER_ID, entities: ['descriptions'] }]);
  });
});
