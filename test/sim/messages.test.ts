// Post-sale messages: reading a conversation (both documented forms), marking read, sending
// (≤ 350 characters) and blocked conversations.
import { describe, expect, it } from 'vitest';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/server';
import { admin, useSimulator, type ErrorBody } from './helpers';

const { sim, api } = await useSimulator();
const world = sim.state.world;

interface PackMessages { paging: { total: number }; conversation_status: { status: string; substatus: string | null }; messages: Array<{ id: string; text: string; from: { user_id: number }; message_date: { read: string | null } }>; seller_max_message_length: number }

const conversations = [...world.messages.entries()].filter(([, list]) => list[0]?.seller_id === DEMO_SELLER_ID);
const activeKey = conversations.find(([key]) => world.conversations.get(key)?.status === 'active')?.[0] ?? 0;
const buyerOf = (key: number) => (world.orders.get(key) ?? world.ordersBySeller.get(DEMO_SELLER_ID)?.find((o) => o.pack_id === key))?.buyer.id ?? 0;
const path = (key: number) => `/messages/packs/${key}/sellers/${DEMO_SELLER_ID}?tag=post_sale`;
const send = (key: number, text: string) => api.send<ErrorBody & { id: string; text: string }>('POST', path(key), { from: { user_id: DEMO_SELLER_ID }, to: { user_id: buyerOf(key) }, text });

describe('reading messages', () => {
  it('reads a pack conversation with its status and the 350-character limit', async () => {
    const result = await api.get<PackMessages>(path(activeKey));
    expect(result.status).toBe(200);
    expect(result.body.paging.total).toBe(world.messages.get(activeKey)?.length);
    expect(result.body.conversation_status).toMatchObject({ status: 'active', substatus: null });
    expect(result.body.seller_max_message_length).toBe(350);
  });

  it('reading marks the buyer messages read (pending_read drops them)', async () => {
    const unreadKey = conversations.find(([, list]) => list.some((m) => m.to_id === DEMO_SELLER_ID && m.read === null))?.[0] ?? 0;
    const orderId = world.messages.get(unreadKey)?.[0]?.order_id;
    const before = await api.get<{ results: Array<{ order_id: string }> }>('/messages/pending_read');
    expect(before.body.results.map((r) => r.order_id)).toContain(String(orderId));
    await api.get(path(unreadKey));
    const after = await api.get<{ results: Array<{ order_id: string }> }>('/messages/pending_read');
    expect(after.body.results.map((r) => r.order_id)).not.toContain(String(orderId));
  });

  it('the documented /messages/orders/{id} form answers results and conversation', async () => {
    const orderId = world.messages.get(activeKey)?.[0]?.order_id ?? 0;
    const result = await api.get<{ results: Array<{ text: { plain: string } }>; conversation: { status: string } }>(`/messages/orders/${orderId}`);
    expect(result.status).toBe(200);
    expect(result.body.results[0]?.text.plain).toBe(world.messages.get(activeKey)?.[0]?.text);
    expect(result.body.conversation.status).toBe('active');
  });

  it('needs tag=post_sale on the packs form', async () => {
    expect((await api.get(`/messages/packs/${activeKey}/sellers/${DEMO_SELLER_ID}`)).status).toBe(400);
  });
});

describe('sending messages', () => {
  it('sends a message of up to 350 characters, which then shows in the conversation', async () => {
    const sent = await send(activeKey, 'Hola, tu paquete sale hoy.');
    expect(sent.status).toBe(201);
    const read = await api.get<PackMessages>(`${path(activeKey)}&limit=50`);
    expect(read.body.messages.map((m) => m.text)).toContain('Hola, tu paquete sale hoy.');
    expect((await send(activeKey, 'x'.repeat(350))).status).toBe(201);
  });

  it('refuses a message longer than 350 characters', async () => {
    const result = await send(activeKey, 'x'.repeat(351));
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ status: 400, error: 'bad_request' });
  });

  it('refuses to send in a conversation blocked by the buyer or by time', async () => {
    const byBuyer = conversations.find(([key]) => world.conversations.get(key)?.substatus === 'blocked_by_buyer')?.[0] ?? 0;
    const blocked = await send(byBuyer, 'Hola');
    expect(blocked.status).toBe(403);
    expect(blocked.body.message).toContain('blocked by buyer');
    expect((await api.get<PackMessages>(path(byBuyer))).body.conversation_status).toMatchObject({ status: 'blocked', substatus: 'blocked_by_buyer' });
    await admin(sim, 'PUT', `/conversations/${activeKey}`, { status: 'blocked', substatus: 'blocked_by_time' });
    const late = await send(activeKey, 'Hola');
    expect(late.status).toBe(403);
    expect(late.body.message).toContain('blocked by time');
  });
});
