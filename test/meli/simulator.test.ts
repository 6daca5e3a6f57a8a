// The endpoint functions against the Mercado Libre simulator over real HTTP: every documented shape
// parses, and a 429 storm is ridden out without the caller seeing a failure or a write landing twice.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { createMeliClient, type MeliClientOptions } from '../../electron/meli/client';
import { createMeliApi } from '../../electron/meli/endpoints';
import { meliErrorDetails } from '../../electron/meli/errors';
import { DEMO_SELLER_ID, startSimulator } from '../../electron/demo/simulator/server';

const TEST_NOW = Date.UTC(2026, 2, 16, 15, 0, 0);
const sim = await startSimulator({ seed: 7, now: TEST_NOW });
afterAll(() => sim.close());
const seller = DEMO_SELLER_ID;
const world = sim.state.world;
let token = sim.token(seller).access_token;

interface LogEntry { method: string; path: string; status: number }

async function admin(method: string, path: string, body?: unknown): Promise<unknown> {
  return sim.admin(`/__sim${path}`, { method, body });
}

async function simLog(): Promise<LogEntry[]> {
  return ((await admin('GET', '/requests')) as { requests: LogEntry[] }).requests;
}

function apiFor(overrides: Partial<MeliClientOptions> = {}) {
  const client = createMeliClient({ apiUrl: sim.url, getAccessToken: async () => token, budget: { requestsPerSecond: 50, concurrency: 4 }, ...overrides });
  return { client, api: createMeliApi(client) };
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeEach(async () => {
  await admin('PUT', '/config', { rateLimit: { perApp: null, perSeller: null, retryAfterSeconds: null }, faults: { serverErrorRate: 0, dropRate: 0 } });
  await admin('DELETE', '/requests');
});

describe('endpoints against the simulator', () => {
  it('reads the seller, and searches items by offset and by scan', async () => {
    const { api } = apiFor();
    const me = await api.users.me(seller);
    expect(me).toMatchObject({ id: seller });
    const first = await api.items.search(seller, { sellerId: seller, limit: 100 });
    expect(first.ids.length).toBeGreaterThan(0);
    const scanned: string[] = [];
    for await (const page of api.items.scan(seller, { sellerId: seller, limit: 100 })) scanned.push(...page);
    expect(scanned.length).toBe(first.paging.total);
    expect(new Set(scanned).size).toBe(scanned.length);
  });

  it('multigets in both shapes, failures included, and edits an item and its description', async () => {
    const { api } = apiFor();
    const ids = [...world.items.values()].filter((item) => item.seller_id === seller).slice(0, 19).map((item) => item.id);
    for (const answer of [await api.items.multiget(seller, [...ids, 'MLA1']), await api.items.bulk(seller, [...ids, 'MLA1'])]) {
      expect(answer.filter((entry) => entry.ok).map((entry) => entry.id)).toEqual(ids);
      expect(answer[19]).toMatchObject({ ok: false, id: 'MLA1', status: 404 });
    }
    const target = [...world.items.values()].find((item) => item.seller_id === seller && item.status === 'active' && item.shipping.logistic_type !== 'fulfillment');
    const itemId = target?.id ?? '';
    const updated = await api.items.update(seller, itemId, { price: 1234.5 });
    expect(updated).toMatchObject({ id: itemId, price: 1234.5 });
    await admin('POST', '/faults/next', { item_conflict: 1 });
    expect((await rejection(api.items.update(seller, itemId, { price: 1300 }))).code).toBe('conflict');
    await api.items.updateDescription(seller, itemId, 'Nueva descripción');
    expect((await api.items.description(seller, itemId)).plain_text).toBe('Nueva descripción');
    expect((await api.catalog.category(null, updated.category_id ?? '')).id).toBe(updated.category_id);
    const fees = await api.catalog.listingPrices(seller, { siteId: 'MLA', price: 1000, categoryId: updated.category_id });
    expect(fees.length).toBeGreaterThan(0);
  });

  it('searches orders, flags a 206 answer as partial, and keeps notes', async () => {
    const { api } = apiFor();
    const page = await api.orders.search(seller, { sellerId: seller, limit: 51 });
    expect(page.orders).toHaveLength(51);
    const orderId = page.orders[0]?.id ?? 0;
    expect(typeof orderId).toBe('number');
    expect(await api.orders.get(seller, orderId)).toMatchObject({ partial: false, missing: [] });
    await admin('POST', '/faults/next', { order_partial: 1 });
    const partial = await api.orders.get(seller, orderId);
    expect(partial).toMatchObject({ partial: true, missing: ['buyer'] });
    expect(partial.order.buyer).toBeUndefined();

    const note = await api.orders.addNote(seller, orderId, 'Envolver para regalo');
    await api.orders.updateNote(seller, orderId, note.id, 'Envolver para regalo, sin factura');
    expect((await api.orders.notes(seller, orderId)).map((n) => n.note)).toContain('Envolver para regalo, sin factura');
    await api.orders.deleteNote(seller, orderId, note.id);
    expect((await api.orders.notes(seller, orderId)).some((n) => n.id === note.id)).toBe(false);
  });

  it('answers a question once; answering again is a refusal the seller can read', async () => {
    const { api } = apiFor();
    const { questions } = await api.questions.search(seller, { sellerId: seller, status: 'UNANSWERED', limit: 5 });
    const question = questions[0];
    expect(question?.status).toBe('UNANSWERED');
    const answered = await api.questions.answer(seller, question?.id ?? 0, 'Sí, hay stock.');
    expect(answered).toMatchObject({ status: 'ANSWERED', answer: { text: 'Sí, hay stock.' } });
    const again = await rejection(api.questions.answer(seller, question?.id ?? 0, 'Otra vez'));
    expect(meliErrorDetails(again)).toMatchObject({ status: 400, meliError: 'not_unanswered_question', unclear: false });
  });

  it('reads a shipment, downloads labels as bytes, and maps a label refusal', async () => {
    const { api } = apiFor();
    const shipments = [...world.shipments.values()].filter((s) => s.seller_id === seller);
    const ready = shipments.filter((s) => s.mode === 'me2' && s.status === 'ready_to_ship' && s.substatus === 'ready_to_print');
    const detail = await api.shipments.get(seller, ready[0]?.id ?? 0);
    expect(detail.shipment.status).toBe('ready_to_ship');
    expect(detail.logisticType).toBe(ready[0]?.logistic_type);
    const pdf = await api.shipments.labels(seller, [ready[0]?.id ?? 0], 'pdf');
    expect(pdf.contentType).toBe('application/pdf');
    expect(pdf.bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const zip = await api.shipments.labels(seller, [ready[1]?.id ?? 0], 'zpl2');
    expect(zip.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const delivered = shipments.find((s) => s.status === 'delivered');
    const refused = await rejection(api.shipments.labels(seller, [delivered?.id ?? 0], 'pdf'));
    expect(refused.code).not.toBe('internal');
    expect(meliErrorDetails(refused)?.status).toBeGreaterThanOrEqual(400);
  });

  it('reads and sends post-sale messages', async () => {
    const { api } = apiFor();
    const order = [...world.orders.values()].find((o) => o.seller_id === seller && o.status === 'paid' && !world.conversations.has(o.pack_id ?? o.id));
    const packId = order?.pack_id ?? order?.id ?? 0;
    const sent = await api.messages.send(seller, { packId, sellerId: seller, buyerId: order?.buyer.id ?? 0, text: 'Gracias por tu compra' });
    const conversation = await api.messages.conversation(seller, packId, seller);
    expect(conversation.blocked).toBe(false);
    expect(conversation.messages.map((m) => m.text)).toContain('Gracias por tu compra');
    if (sent) expect(sent.fromUserId).toBe(seller);
  });
});

describe('expired tokens', () => {
  it('asks for a fresh token once after the simulator expires the current one, and carries on', async () => {
    let asked = 0;
    const { client, api } = apiFor({
      onUnauthorized: async () => {
        asked += 1;
        token = ((await admin('POST', '/token', { user_id: seller })) as { access_token: string }).access_token;
      },
    });
    await admin('POST', '/tokens/expire', { user_id: seller });
    expect((await api.users.me(seller)).id).toBe(seller);
    expect(asked).toBe(1);
    expect(client.stats(seller)).toMatchObject({ requests: 2, retries: 1, failures: 0 });
  });
});

describe('429 storms', () => {
  it('rides out a run of 429s: every call succeeds and every write lands once', async () => {
    const { client, api } = apiFor({ retry: { baseDelayMs: 20, maxDelayMs: 200, maxAttempts: 7 } });
    const orderIds = [...world.orders.values()].filter((o) => o.seller_id === seller).slice(0, 6).map((o) => o.id);
    const before = await Promise.all(orderIds.map((id) => api.orders.notes(seller, id)));
    await admin('DELETE', '/requests');
    await admin('POST', '/faults/next', { rate_limited: 30 });

    const reads = Array.from({ length: 14 }, (_, index) => api.users.get(seller, seller).then(() => index));
    const writes = orderIds.map((id) => api.orders.addNote(seller, id, `Nota de prueba ${id}`));
    await Promise.all([...reads, ...writes]);

    const after = await Promise.all(orderIds.map((id) => api.orders.notes(seller, id)));
    after.forEach((notes, index) => expect(notes.length - (before[index]?.length ?? 0)).toBe(1));
    const log = (await simLog()).filter((entry) => entry.status === 429);
    expect(log).toHaveLength(30);
    expect(client.stats(seller).rateLimited).toBe(30);
    expect(client.stats(seller).failures).toBe(0);
  });

  it('rides out a rate-limit window far below what the caller asks for', async () => {
    // The simulator allows 4 requests a second per app and answers the other documented 429 body
    // with Retry-After; the client is configured too fast on purpose.
    await admin('PUT', '/config', { rateLimit: { perApp: { limit: 4, windowMs: 1000 }, body: 'local_rate_limited', retryAfterSeconds: 1 } });
    const { client, api } = apiFor({ budget: { requestsPerSecond: 20, concurrency: 6 } });
    const started = Date.now();
    const users = await Promise.all(Array.from({ length: 12 }, () => api.users.get(seller, seller)));
    expect(users.every((user) => user.id === seller)).toBe(true);
    const stats = client.stats(seller);
    const log = await simLog();
    console.info(`429 storm: 12 calls, ${stats.requests} requests, ${stats.rateLimited} answered 429, ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(stats.rateLimited).toBeGreaterThan(0);
    expect(log.filter((entry) => entry.status === 429)).toHaveLength(stats.rateLimited);
    expect(stats.failures).toBe(0);
  });
});
