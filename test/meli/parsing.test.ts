// Answers in the documented variants parse to one normalized shape; inputs Mercado Libre would refuse
// are refused before a request is spent.
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { createMeliClient } from '../../electron/meli/client';
import { createMeliApi } from '../../electron/meli/endpoints';
import { meliErrorDetails } from '../../electron/meli/errors';
import { json, startLoopback, type Arrival } from './loopback';

const item = (id: string | number, extra: Record<string, unknown> = {}) => ({ id, title: 'Mate de calabaza', price: 12500, seller_id: '123', custom_field_we_do_not_know: { kept: true }, ...extra });

const answers: Record<string, (arrival: Arrival) => [number, unknown, Record<string, string>?]> = {
  '/users/me': () => [200, { id: '123', nickname: 'TIENDA_MATE', site_id: 'MLA', seller_reputation: { level_id: '5_green', power_seller_status: null } }],
  '/users/456': () => [200, { id: 456, nickname: 'OTRA' }],
  '/items': (a) => [200, (a.query.get('ids') ?? '').split(',').map((id) => (id === 'MLA9' ? { code: 404, body: { message: 'Item with id MLA9 not found', error: 'not_found', status: 404, cause: [] } } : { code: 200, body: item(id) }))],
  '/items/bulk': (a) => [200, (a.query.get('ids') ?? '').split(',').map((id) => (id === 'MLA9' ? { status_code: 404, body: { error: 'not_found', error_description: 'missing' } } : { status_code: '200', body: item(id) }))],
  '/orders/2000001': () => [206, { id: '2000001', status: 'paid', order_items: [{ item: { id: 'MLA1', variation_id: '77' }, quantity: '2', unit_price: 10 }], pack_id: null }, { 'X-Content-Missing': 'buyer, payments' }],
  '/orders/2000002': () => [200, { id: 2000002, status: 'paid', buyer: { id: '999', nickname: 'COMPRADOR' }, shipping: { id: '40001' } }],
  '/orders/2000002/notes': () => [200, [{ order_id: '2000002', results: [{ id: 'n1', note: 'Frágil' }] }]],
  '/questions/search': () => [200, { total: 1, limit: 50, questions: [{ id: '5001', item_id: 'MLA1', seller_id: 123, status: 'UNANSWERED', text: '¿Hay stock?', from: { id: '777' }, answer: null }] }],
  '/users/123/items/search': (a) => {
    const scroll = a.query.get('scroll_id');
    if (scroll === null) return [200, { results: ['MLA1', 'MLA2'], scroll_id: 's-1', paging: { total: 3 } }];
    if (scroll === 's-1') return [200, { results: ['MLA3'], scroll_id: 's-2', paging: { total: 3 } }];
    return [200, { results: null, scroll_id: null, paging: { total: 3 } }];
  },
  '/messages/packs/2000002/sellers/123': () => [200, { paging: { total: 1 }, conversation_status: { status: 'blocked', substatus: 'blocked_by_buyer' }, messages: [{ message_id: 'm1', from: { user_id: '999' }, to: [{ user_id: '123' }], text: { plain: 'Hola' } }] }],
  '/shipments/40001': (a) => [200, { id: '40001', status: 'ready_to_ship', substatus: 'ready_to_print', logistic: { type: 'drop_off', mode: 'me2' }, seen_format_new: a.headers['x-format-new'] ?? null }],
};

const server = await startLoopback((arrival, res) => {
  const answer = answers[arrival.path];
  if (!answer) return json(res, 404, { message: 'not found', error: 'not_found', status: 404 });
  const [status, body, headers] = answer(arrival);
  json(res, status, body, headers);
});
afterAll(() => server.close());
const client = createMeliClient({ apiUrl: server.url, getAccessToken: async () => 'APP_USR-parse', budget: { requestsPerSecond: 100, concurrency: 4 } });
const api = createMeliApi(client);

describe('parsing', () => {
  it('normalizes ids written as numbers or strings', async () => {
    expect((await api.users.me(123)).id).toBe(123);
    expect((await api.users.get(123, 456)).id).toBe(456);
    const { order } = await api.orders.get(123, 2000002);
    expect(order.buyer?.id).toBe(999);
    expect(order.shipping?.id).toBe(40001);
    const { questions } = await api.questions.search(123, { sellerId: 123 });
    expect(questions[0]).toMatchObject({ id: 5001, from: { id: 777 } });
  });

  it('reads both multiget shapes into the same results, keeping unknown fields', async () => {
    const viaItems = await api.items.multiget(123, ['MLA1', 'MLA9', 'MLA2']);
    const viaBulk = await api.items.bulk(123, ['MLA1', 'MLA9', 'MLA2']);
    for (const results of [viaItems, viaBulk]) {
      expect(results.map((r) => [r.ok, r.id, r.status])).toEqual([[true, 'MLA1', 200], [false, 'MLA9', 404], [true, 'MLA2', 200]]);
      const first = results[0];
      expect(first?.ok && first.item.seller_id).toBe(123);
      expect(first?.ok && first.item.custom_field_we_do_not_know).toEqual({ kept: true });
    }
    expect(viaBulk[1]).toMatchObject({ error: 'not_found', message: 'missing' });
  });

  it('flags a 206 order as partial with what is missing', async () => {
    const detail = await api.orders.get(123, 2000001);
    expect(detail).toMatchObject({ partial: true, missing: ['buyer', 'payments'] });
    expect(detail.order.order_items?.[0]).toMatchObject({ quantity: 2, item: { variation_id: 77 } });
  });

  it('follows scroll_id until the scan runs dry', async () => {
    const pages: string[][] = [];
    for await (const page of api.items.scan(123, { sellerId: 123 })) pages.push(page);
    expect(pages).toEqual([['MLA1', 'MLA2'], ['MLA3']]);
    const scans = server.arrivals.filter((a) => a.path === '/users/123/items/search');
    expect(scans.map((a) => a.query.get('search_type'))).toEqual(['scan', 'scan', 'scan']);
  });

  it('reads notes, older message shapes and the newer shipment format', async () => {
    expect(await api.orders.notes(123, 2000002)).toMatchObject([{ id: 'n1', note: 'Frágil' }]);
    const conversation = await api.messages.conversation(123, 2000002, 123);
    expect(conversation).toMatchObject({ blocked: true, blockReason: 'blocked_by_buyer' });
    expect(conversation.messages[0]).toMatchObject({ id: 'm1', fromUserId: 999, toUserId: 123, text: 'Hola' });
    const shipment = await api.shipments.get(123, 40001);
    expect(shipment).toMatchObject({ logisticType: 'drop_off', shipment: { id: 40001, seen_format_new: 'true' } });
  });

  it('turns an unreadable answer into an error instead of a crash later', async () => {
    answers['/items/MLA5'] = () => [200, { title: 'no id' }];
    const error = await api.items.get(123, 'MLA5').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(meliErrorDetails(error)).toMatchObject({ reason: 'unexpected_response', status: 200 });
  });

  it('refuses oversize requests without sending them', async () => {
    const before = server.arrivals.length;
    const ids = Array.from({ length: 21 }, (_, index) => `MLA${index}`);
    await expect(api.items.multiget(123, ids)).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(api.orders.search(123, { sellerId: 123, limit: 52 })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(api.items.search(123, { sellerId: 123, limit: 101 })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(api.questions.answer(123, 1, 'x'.repeat(2001))).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(api.shipments.labels(123, Array.from({ length: 51 }, (_, index) => index), 'pdf')).rejects.toMatchObject({ code: 'invalid_input' });
    expect(server.arrivals.length).toBe(before);
  });
});
