// Listing edits through the outbox, against the simulator over real HTTP into a real SQLite file:
// queued durably before anything is sent, sent once, the local copy shows the pending value until
// Mercado Libre confirms it, rules refuse bad edits with nothing queued, and clashes become conflicts.
import { afterEach, describe, expect, it } from 'vitest';
import type { ListingsPage } from '../../shared/listings';
import type { OutboxEntry } from '../../shared/outbox';
import { call, type SimHost } from '../helpers/sim-host';
import { plainItems, putsTo, sellerItems, syncedRig } from './outbox-rig';

let rig: SimHost | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

async function entry(target: SimHost, id: number): Promise<OutboxEntry> {
  const found = (await call<OutboxEntry[]>(target.host, 'outbox.list', {})).find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no outbox entry ${id}`);
  return found;
}

async function refusal(target: SimHost, input: unknown): Promise<{ code: string; rule?: string }> {
  const result = await target.host.dispatch('listings.edit', input);
  if (result.ok) throw new Error(`expected a refusal for ${JSON.stringify(input)}`);
  const issues = (result.error.details as { issues?: Array<{ rule?: string }> } | undefined)?.issues ?? [];
  return { code: result.error.code, ...(issues[0]?.rule ? { rule: issues[0].rule } : {}) };
}

describe('listing edits', () => {
  it('queues a price edit, shows it as pending offline-style, then sends it once and confirms it locally', async () => {
    rig = await syncedRig({ outbox: { autoStart: false } });
    const item = plainItems(rig)[0];
    if (!item) throw new Error('no plain item');
    const price = Math.round(item.price * 1.1) + 0.5;
    const { outboxId } = await call<{ outboxId: number }>(rig.host, 'listings.edit', { itemId: item.id, changes: { price } });

    // Durable before anything is sent: the entry is in the database, the row shows it as pending.
    expect((await entry(rig, outboxId)).state).toBe('pending');
    const before = await call<ListingsPage>(rig.host, 'listings.query', { search: item.id });
    expect(before.rows[0]?.pending).toEqual([expect.objectContaining({ outboxId, state: 'pending', changes: { price } })]);
    expect(await call(rig.host, 'outbox.counts')).toEqual({ waiting: 1, conflicts: 0, failed: 0 });
    expect(putsTo(rig, item.id)).toBe(0);

    rig.host.outbox.worker.start();
    await rig.host.outbox.worker.idle();
    expect((await entry(rig, outboxId)).state).toBe('done');
    expect(item.price).toBe(price);
    expect(putsTo(rig, item.id)).toBe(1);
    const after = await call<ListingsPage>(rig.host, 'listings.query', { search: item.id });
    expect(after.rows[0]).toMatchObject({ price, pending: [] });
    expect(rig.events.some((event) => event.event === 'outbox.changed')).toBe(true);
  });

  it('edits title, status, stock, SKU and description, keeping every other attribute', async () => {
    rig = await syncedRig();
    const item = plainItems(rig, { unsold: true })[0];
    if (!item) throw new Error('no unsold plain item');
    const otherAttributes = item.attributes.filter((attribute) => attribute.id !== 'SELLER_SKU').map((attribute) => attribute.id);
    await call(rig.host, 'listings.edit', { itemId: item.id, changes: { title: 'Mochila urbana 20 L gris', availableQuantity: 7, sku: 'MOCH-20-GR' } });
    await call(rig.host, 'listings.edit', { itemId: item.id, changes: { description: 'Tela impermeable.\nDos bolsillos.' } });
    await call(rig.host, 'listings.edit', { itemId: item.id, changes: { status: 'paused' } });
    await rig.host.outbox.worker.idle();
    await rig.host.outbox.worker.kick();
    expect(item).toMatchObject({ title: 'Mochila urbana 20 L gris', available_quantity: 7, status: 'paused' });
    expect(item.description.plain_text).toBe('Tela impermeable.\nDos bolsillos.');
    expect(item.attributes.find((attribute) => attribute.id === 'SELLER_SKU')?.value_name).toBe('MOCH-20-GR');
    expect(item.attributes.filter((attribute) => attribute.id !== 'SELLER_SKU').map((attribute) => attribute.id)).toEqual(otherAttributes);
    const entries = await call<OutboxEntry[]>(rig.host, 'outbox.list', {});
    expect(entries.map((candidate) => candidate.state)).toEqual(['done', 'done', 'done']);
  });

  it("edits one variation's price and stock, listing every variation so none is deleted", async () => {
    rig = await syncedRig();
    const item = sellerItems(rig).find((candidate) => candidate.status === 'active' && candidate.variations.length >= 2 && candidate.shipping.logistic_type !== 'fulfillment');
    if (!item) throw new Error('no item with variations');
    const ids = item.variations.map((variation) => variation.id);
    const target = item.variations[1];
    if (!target) throw new Error('no second variation');
    await call(rig.host, 'listings.edit', { itemId: item.id, variationId: target.id, changes: { availableQuantity: 3, price: target.price + 100 } });
    await rig.host.outbox.worker.idle();
    await rig.host.outbox.worker.kick();
    expect(item.variations.map((variation) => variation.id)).toEqual(ids);
    expect(item.variations[1]).toMatchObject({ available_quantity: 3 });
    const put = rig.sim.state.log.filter((logged) => logged.method === 'PUT' && logged.path === `/items/${item.id}`);
    expect(put).toHaveLength(1);
  });

  it('refuses what the rules forbid with a typed error and queues nothing', async () => {
    rig = await syncedRig({ outbox: { autoStart: false } });
    const items = sellerItems(rig);
    const sold = plainItems(rig).find((item) => item.sold_quantity > 0);
    const fulfilment = items.find((item) => item.shipping.logistic_type === 'fulfillment' && item.status !== 'closed');
    const plain = plainItems(rig, { unsold: true })[0];
    const withVariations = items.find((item) => item.variations.length > 0 && item.status === 'active');
    if (!sold || !plain || !withVariations) throw new Error('demo store lacks a listing kind');
    expect(await refusal(rig, { itemId: sold.id, changes: { title: 'Nuevo título' } })).toEqual({ code: 'invalid_input', rule: 'title_has_sales' });
    expect(await refusal(rig, { itemId: plain.id, changes: { title: 'x'.repeat(61) } })).toEqual({ code: 'invalid_input', rule: 'title_too_long' });
    expect(await refusal(rig, { itemId: plain.id, changes: { status: 'closed' } })).toEqual({ code: 'invalid_input', rule: 'close_unconfirmed' });
    expect(await refusal(rig, { itemId: withVariations.id, changes: { price: 10 } })).toEqual({ code: 'invalid_input', rule: 'has_variations' });
    expect(await refusal(rig, { itemId: withVariations.id, variationId: 1, changes: { price: 10 } })).toEqual({ code: 'invalid_input', rule: 'variation_unknown' });
    if (fulfilment) expect(await refusal(rig, { itemId: fulfilment.id, changes: { availableQuantity: 5 } })).toEqual({ code: 'invalid_input', rule: 'fulfilment_stock' });
    for (const changes of [{ price: -1 }, { price: 10.001 }, { availableQuantity: -2 }, { availableQuantity: 1.5 }, {}, { colour: 'red' }]) {
      expect((await refusal(rig, { itemId: plain.id, changes })).code, JSON.stringify(changes)).toBe('invalid_input');
    }
    expect(await refusal(rig, { itemId: 'MLA999999999', changes: { price: 10 } })).toEqual({ code: 'not_found' });
    expect(await call(rig.host, 'outbox.list', {})).toEqual([]);
  });

  it('turns a change made on Mercado Libre meanwhile into a conflict; keep mine sends it, take theirs drops it', async () => {
    rig = await syncedRig({ outbox: { autoStart: false } });
    const [first, second] = plainItems(rig);
    if (!first || !second) throw new Error('need two plain items');
    const mine = await call<{ outboxId: number }>(rig.host, 'listings.edit', { itemId: first.id, changes: { price: 1111 } });
    const theirs = await call<{ outboxId: number }>(rig.host, 'listings.edit', { itemId: second.id, changes: { price: 2222 } });
    // Someone edits both prices on Mercado Libre's site before the outbox sends.
    first.price = 999;
    second.price = 888;
    rig.host.outbox.worker.start();
    await rig.host.outbox.worker.idle();
    const conflict = await entry(rig, mine.outboxId);
    expect(conflict.state).toBe('conflict');
    expect(conflict.conflict).toEqual([{ field: 'price', variationId: null, base: expect.any(Number), mine: 1111, theirs: 999 }]);
    expect(putsTo(rig, first.id)).toBe(0);

    await call(rig.host, 'outbox.resolve', { id: mine.outboxId, keep: 'mine' });
    await call(rig.host, 'outbox.resolve', { id: theirs.outboxId, keep: 'theirs' });
    await rig.host.outbox.worker.idle();
    expect(first.price).toBe(1111);
    expect(second.price).toBe(888);
    expect((await entry(rig, mine.outboxId)).state).toBe('done');
    expect((await entry(rig, theirs.outboxId)).state).toBe('discarded');
    expect(putsTo(rig, second.id)).toBe(0);
  });

  it('re-reads and retries once after a 409, and never applies twice when the answer is lost', async () => {
    rig = await syncedRig({ outbox: { autoStart: false } });
    const [first, second] = plainItems(rig);
    if (!first || !second) throw new Error('need two plain items');
    await rig.sim.admin('/__sim/faults/next', { method: 'POST', body: { item_conflict: 1 } });
    await call(rig.host, 'listings.edit', { itemId: first.id, changes: { price: 1234 } });
    rig.host.outbox.worker.start();
    await rig.host.outbox.worker.idle();
    expect(first.price).toBe(1234);
    expect(putsTo(rig, first.id)).toBe(2);

    // The PUT is applied but its answer never arrives: the outbox reads the listing and sees it done.
    await rig.sim.admin('/__sim/faults/next', { method: 'POST', body: { drop_after_write: 1 } });
    const lost = await call<{ outboxId: number }>(rig.host, 'listings.edit', { itemId: second.id, changes: { price: 4321 } });
    for (let round = 0; round < 20 && (await entry(rig, lost.outboxId)).state !== 'done'; round += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      await rig.host.outbox.worker.kick();
    }
    expect((await entry(rig, lost.outboxId)).state).toBe('done');
    expect(second.price).toBe(4321);
    expect(putsTo(rig, second.id)).toBe(1);
  });

  it('keeps a refused change with the reason, and lets the seller retry or discard it', async () => {
    rig = await syncedRig({ outbox: { autoStart: false } });
    const item = plainItems(rig)[0];
    if (!item) throw new Error('no plain item');
    const { outboxId } = await call<{ outboxId: number }>(rig.host, 'listings.edit', { itemId: item.id, changes: { price: 1500 } });
    // Closed on Mercado Libre meanwhile: the simulator refuses edits of closed listings.
    item.status = 'closed';
    rig.host.outbox.worker.start();
    await rig.host.outbox.worker.idle();
    const failed = await entry(rig, outboxId);
    expect(failed.state).toBe('failed');
    expect(failed.lastError?.message).toMatch(/Mercado Libre/);
    expect(failed.payload).toMatchObject({ changes: { price: 1500 } });
    const discarded = await call<OutboxEntry>(rig.host, 'outbox.discard', { id: outboxId });
    expect(discarded.state).toBe('discarded');
    const again = await rig.host.dispatch('outbox.retry', { id: outboxId });
    expect(again.ok ? null : again.error.code).toBe('conflict');
    expect((await rig.host.dispatch('outbox.retry', { id: 99999 })).ok).toBe(false);
  });

  it('sends a change that waited out a long pause as soon as Mercado Libre is reachable again', async () => {
    rig = await syncedRig({ outbox: { baseDelayMs: 600_000 } });
    const item = plainItems(rig)[0];
    if (!item) throw new Error('no plain item');
    // Every attempt of the client's read fails (7 tries), so the outbox waits out a pause.
    await rig.sim.admin('/__sim/faults/next', { method: 'POST', body: { server_error: 7 } });
    const { outboxId } = await call<{ outboxId: number }>(rig.host, 'listings.edit', { itemId: item.id, changes: { price: 3210 } });
    await rig.host.outbox.worker.idle();
    const waiting = await entry(rig, outboxId);
    expect(waiting.state).toBe('pending');
    expect(Date.parse(waiting.nextAttemptAt ?? '')).toBeGreaterThan(Date.now() + 60_000);
    rig.host.events.emit('sync.status', { online: false, accounts: [] });
    rig.host.events.emit('sync.status', { online: true, accounts: [] });
    await rig.host.outbox.worker.idle();
    expect((await entry(rig, outboxId)).state).toBe('done');
    expect(item.price).toBe(3210);
  });
});
