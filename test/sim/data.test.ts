// The seeded store itself: sizes, variety (statuses, modes, packs, variations, shared SKUs,
// fulfillment), sites and currencies, 90 days of history, and the large size for benchmarks.
import { describe, expect, it } from 'vitest';
import { PRODUCTS } from '../../electron/demo/simulator/data/catalog';
import { generateWorld } from '../../electron/demo/simulator/data/generate';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/server';
import { TEST_NOW } from './helpers';

const world = generateWorld({ seed: 7, size: 'demo', now: TEST_NOW });
const items = world.itemsBySeller.get(DEMO_SELLER_ID) ?? [];
const orders = world.ordersBySeller.get(DEMO_SELLER_ID) ?? [];

describe('demo store', () => {
  it('has about 60 listings with variations, shared SKUs and fulfillment items', () => {
    expect(items).toHaveLength(60);
    expect(items.filter((i) => i.variations.length > 0).length).toBeGreaterThanOrEqual(5);
    const skus = new Map<string, number>();
    for (const i of items) skus.set(i.seller_custom_field ?? '', (skus.get(i.seller_custom_field ?? '') ?? 0) + 1);
    expect([...skus.values()].filter((n) => n > 1).length).toBeGreaterThanOrEqual(3);
    expect(items.filter((i) => i.shipping.logistic_type === 'fulfillment').length).toBeGreaterThanOrEqual(2);
    expect(new Set(items.map((i) => i.status))).toEqual(new Set(['active', 'paused', 'closed', 'under_review']));
  });

  it('has about 300 orders over the last 90 days, in every shipping mode, some in packs', () => {
    expect(orders).toHaveLength(300);
    const oldest = Math.min(...orders.map((o) => o.date_created));
    expect(TEST_NOW - oldest).toBeLessThanOrEqual(91 * 86_400_000);
    expect(TEST_NOW - oldest).toBeGreaterThan(60 * 86_400_000);
    expect(Math.max(...orders.map((o) => o.date_created))).toBeLessThanOrEqual(TEST_NOW);
    const modes = new Set(orders.map((o) => world.items.get(o.lines[0]?.item_id ?? '')?.shipping.mode));
    expect(modes).toEqual(new Set(['me2', 'me1', 'custom', 'not_specified']));
    expect(orders.filter((o) => o.pack_id !== null).length).toBeGreaterThanOrEqual(6);
  });

  it('uses each site language and currency', () => {
    const currency = (seller: number) => new Set((world.itemsBySeller.get(seller) ?? []).map((i) => i.currency_id));
    expect(currency(DEMO_SELLER_ID)).toEqual(new Set(['ARS']));
    expect(currency(241000202)).toEqual(new Set(['BRL']));
    expect(currency(241000303)).toEqual(new Set(['MXN']));
    const titled = (seller: number, lang: 'es' | 'pt') => (world.itemsBySeller.get(seller) ?? []).every((i) => PRODUCTS.some((p) => p[lang].some((base) => i.title.startsWith(base))));
    expect(titled(DEMO_SELLER_ID, 'es')).toBe(true);
    expect(titled(241000303, 'es')).toBe(true);
    expect(titled(241000202, 'pt')).toBe(true);
    expect(titled(241000202, 'es')).toBe(false);
  });

  it('about 30 questions for the demo seller, answered and unanswered', () => {
    const questions = [...world.questions.values()].filter((q) => q.seller_id === DEMO_SELLER_ID);
    expect(questions).toHaveLength(30);
    expect(questions.some((q) => q.status === 'ANSWERED')).toBe(true);
    expect(questions.filter((q) => q.status === 'UNANSWERED').length).toBeGreaterThanOrEqual(4);
  });

  it('the same seed gives the same store', () => {
    const again = generateWorld({ seed: 7, size: 'demo', now: TEST_NOW });
    expect(JSON.stringify([...again.orders.values()].slice(0, 50))).toBe(JSON.stringify([...world.orders.values()].slice(0, 50)));
    expect(JSON.stringify([...again.items.values()])).toBe(JSON.stringify([...world.items.values()]));
  });
});

describe('large store', () => {
  it('holds 10 000 listings and 50 000 orders for the demo seller', () => {
    const large = generateWorld({ seed: 1, size: 'large', now: TEST_NOW });
    expect(large.itemsBySeller.get(DEMO_SELLER_ID)).toHaveLength(10_000);
    expect(large.ordersBySeller.get(DEMO_SELLER_ID)).toHaveLength(50_000);
  });
});
