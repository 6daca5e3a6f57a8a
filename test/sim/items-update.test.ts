// Editing listings: every rule of PUT /items/{id} in MELI-API.md and the "sync and modify" guide.
import { describe, expect, it } from 'vitest';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/server';
import { admin, allItems, useSimulator, type ErrorBody, type ItemBody } from './helpers';

const { sim, api } = await useSimulator();
const items = await allItems(api, DEMO_SELLER_ID);
const used = new Set<string>();

/** A fresh listing matching the predicate, never one an earlier test already edited. */
function pick(predicate: (item: ItemBody) => boolean): ItemBody {
  const item = items.find((i) => !used.has(i.id) && predicate(i));
  if (!item) throw new Error('no seeded item fits this test');
  used.add(item.id);
  return item;
}

const plainActive = (i: ItemBody) => i.status === 'active' && i.variations.length === 0 && i.shipping.logistic_type !== 'fulfillment';
const put = (id: string, body: unknown) => api.send<ItemBody & ErrorBody>('PUT', `/items/${id}`, body);
const causeCode = (body: ErrorBody) => body.cause[0]?.code;

describe('PUT /items/{id}', () => {
  it('changes the title while the item has no sales', async () => {
    const item = pick((i) => plainActive(i) && i.sold_quantity === 0);
    const result = await put(item.id, { title: 'Titulo Nuevo Sin Ventas' });
    expect(result.status).toBe(200);
    expect((await api.get<ItemBody>(`/items/${item.id}`)).body.title).toBe('Titulo Nuevo Sin Ventas');
  });

  it('refuses a title change once the item has sales', async () => {
    const item = pick((i) => plainActive(i) && i.sold_quantity > 0);
    const result = await put(item.id, { title: 'Otro titulo' });
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ error: 'validation_error', status: 400 });
    expect(causeCode(result.body)).toBe('item.title.not_modifiable');
  });

  it("refuses a title longer than the category's max_title_length", async () => {
    const item = pick((i) => plainActive(i) && i.sold_quantity === 0);
    const result = await put(item.id, { title: 'x'.repeat(61) });
    expect(causeCode(result.body)).toBe('item.title.length.invalid');
  });

  it('status values are lowercase: "Paused" is refused, "paused" pauses without out_of_stock', async () => {
    const item = pick(plainActive);
    expect((await put(item.id, { status: 'Paused' })).status).toBe(400);
    const paused = await put(item.id, { status: 'paused' });
    expect(paused.body).toMatchObject({ status: 'paused', sub_status: [] });
    expect((await put(item.id, { status: 'active' })).body.status).toBe('active');
  });

  it('closed is final: the item cannot be reactivated or edited', async () => {
    const item = pick(plainActive);
    expect((await put(item.id, { status: 'closed' })).body.status).toBe('closed');
    const reopen = await put(item.id, { status: 'active' });
    expect(reopen.status).toBe(400);
    expect(causeCode(reopen.body)).toBe('item.status.closed');
    expect((await put(item.id, { price: 1234 })).status).toBe(400);
  });

  it('stock 0 pauses with sub_status out_of_stock, and stock back reactivates it', async () => {
    const item = pick(plainActive);
    const empty = await put(item.id, { available_quantity: 0 });
    expect(empty.body).toMatchObject({ status: 'paused', sub_status: ['out_of_stock'], available_quantity: 0 });
    const refilled = await put(item.id, { available_quantity: 7 });
    expect(refilled.body).toMatchObject({ status: 'active', sub_status: [], available_quantity: 7 });
  });

  it('stock back does not reactivate an item the seller paused', async () => {
    const item = pick(plainActive);
    await put(item.id, { status: 'paused' });
    const result = await put(item.id, { available_quantity: item.available_quantity + 3 });
    expect(result.body).toMatchObject({ status: 'paused', sub_status: [] });
  });

  it('variations: listed ids are kept (and updated), an omitted id is deleted', async () => {
    const item = pick((i) => i.status === 'active' && i.variations.length >= 2 && i.shipping.logistic_type !== 'fulfillment');
    const [keep, drop] = item.variations;
    const result = await put(item.id, { variations: [{ id: keep?.id, available_quantity: 8 }] });
    expect(result.status).toBe(200);
    expect(result.body.variations.map((v) => v.id)).toEqual([keep?.id]);
    expect(result.body.variations.some((v) => v.id === drop?.id)).toBe(false);
    expect(result.body.available_quantity).toBe(8);
  });

  it('variations: an unknown variation id is refused and nothing changes', async () => {
    const item = pick((i) => i.status === 'active' && i.variations.length >= 2 && i.shipping.logistic_type !== 'fulfillment');
    const result = await put(item.id, { variations: [{ id: 1 }] });
    expect(causeCode(result.body)).toBe('item.variations.id.invalid');
    expect((await api.get<ItemBody>(`/items/${item.id}`)).body.variations).toHaveLength(item.variations.length);
  });

  it('an item with variations takes stock per variation, not at the top level', async () => {
    const item = pick((i) => i.status === 'active' && i.variations.length >= 1 && i.shipping.logistic_type !== 'fulfillment');
    expect(causeCode((await put(item.id, { available_quantity: 5 })).body)).toBe('item.available_quantity.variations');
    const variation = item.variations[0];
    const single = await api.send<{ id: number; available_quantity: number }>('PUT', `/items/${item.id}/variations/${variation?.id ?? 0}`, { available_quantity: 11 });
    expect(single.body).toMatchObject({ id: variation?.id, available_quantity: 11 });
  });

  it('tags replace the whole list', async () => {
    const item = pick(plainActive);
    const result = await put(item.id, { tags: ['mshops_3x_campaign'] });
    expect(result.body.tags).toEqual(['mshops_3x_campaign']);
  });

  it('attributes replace the whole list', async () => {
    const item = pick(plainActive);
    const result = await put(item.id, { attributes: [{ id: 'SELLER_SKU', value_name: 'NUEVO-SKU' }] });
    expect(result.body.attributes).toEqual([{ id: 'SELLER_SKU', name: 'SELLER_SKU', value_id: null, value_name: 'NUEVO-SKU' }]);
  });

  it('refuses stock changes on fulfillment items but still takes a price', async () => {
    const item = pick((i) => i.shipping.logistic_type === 'fulfillment' && i.status !== 'closed' && i.status !== 'under_review');
    const stock = await put(item.id, item.variations.length > 0
      ? { variations: item.variations.map((v) => ({ id: v.id, available_quantity: v.available_quantity + 1 })) }
      : { available_quantity: item.available_quantity + 1 });
    expect(causeCode(stock.body)).toBe('item.available_quantity.not_modifiable');
    expect((await put(item.id, { price: 5000 })).body.price).toBe(5000);
  });

  it('answers 409 on demand (optimistic locking) without changing the item', async () => {
    const item = pick(plainActive);
    await admin(sim, 'POST', '/faults/next', { item_conflict: 1 });
    const conflict = await put(item.id, { price: 777 });
    expect(conflict.status).toBe(409);
    expect((await api.get<ItemBody>(`/items/${item.id}`)).body.price).toBe(item.price);
    expect((await put(item.id, { price: 777 })).body.price).toBe(777);
  });

  it('a rejected edit changes nothing (the PUT is atomic)', async () => {
    const item = pick(plainActive);
    expect((await put(item.id, { price: 999, status: 'ACTIVE' })).status).toBe(400);
    expect((await api.get<ItemBody>(`/items/${item.id}`)).body.price).toBe(item.price);
  });

  it('the category never changes and the listing type changes only once', async () => {
    const item = pick(plainActive);
    expect(causeCode((await put(item.id, { category_id: 'MLA1714' })).body)).toBe('item.category_id.not_modifiable');
    const other = item.listing_type_id === 'gold_pro' ? 'gold_special' : 'gold_pro';
    expect((await put(item.id, { listing_type_id: other })).body.listing_type_id).toBe(other);
    expect(causeCode((await put(item.id, { listing_type_id: item.listing_type_id })).body)).toBe('item.listing_type_id.not_modifiable');
  });

  it("refuses to edit another seller's item", async () => {
    const search = await api.get<{ results: string[] }>('/users/241000202/items/search');
    expect(search.status).toBe(403);
    const foreign = [...sim.state.world.itemsBySeller.get(241000202) ?? []][0];
    expect((await put(foreign?.id ?? '', { price: 10 })).status).toBe(403);
  });
});

describe('descriptions', () => {
  it('PUT needs ?api_version=2 and then GET shows the new plain_text', async () => {
    const item = pick(plainActive);
    expect((await api.send('PUT', `/items/${item.id}/description`, { plain_text: 'Nueva descripción' })).status).toBe(400);
    const saved = await api.send<{ plain_text: string }>('PUT', `/items/${item.id}/description?api_version=2`, { plain_text: 'Nueva descripción' });
    expect(saved.status).toBe(200);
    expect((await api.get<{ plain_text: string }>(`/items/${item.id}/description`)).body.plain_text).toBe('Nueva descripción');
  });
});
