/**
 * The listing editor's form logic: Save sends only what the seller changed, a field left alone follows
 * the listing when it changes underneath (a sale's stock is never sent back stale), a queued edit is
 * what the form starts from, and prices read the way the store's site writes them.
 */
import { describe, expect, it } from 'vitest';
import type { ListingRow } from '../../shared/listings';
import { draftOf, editCalls, rebaseDraft, shownValue } from '../../renderer/features/listings/listing-draft';
import { siteMoney } from '../../renderer/features/listings/site-money';

const ars = siteMoney('MLA');

function row(overrides: Partial<ListingRow> = {}): ListingRow {
  return {
    id: 'MLA1410000001',
    userId: 241000101,
    title: 'Mochila urbana 20 L',
    status: 'active',
    subStatus: [],
    price: 11790,
    currencyId: 'ARS',
    available: 44,
    sold: 0,
    sku: 'MOCH-20',
    thumbnail: null,
    permalink: null,
    logisticType: 'cross_docking',
    variations: [],
    pending: [],
    ...overrides,
  };
}

describe('editCalls', () => {
  it('sends only the fields the seller changed, in one call', () => {
    const listing = row();
    const initial = draftOf(listing, ars, 'Tela impermeable.');
    const draft = { ...initial, price: '12.500,50', title: '  Mochila urbana 20 L gris ' };
    expect(editCalls(listing, draft, initial, ars)).toEqual({ calls: [{ variationId: null, changes: { price: 12500.5, title: 'Mochila urbana 20 L gris' } }], issues: {} });
    expect(editCalls(listing, initial, initial, ars).calls).toEqual([]);
  });

  it('makes one call per edited variation and none for the listing when only variations changed', () => {
    const listing = row({
      variations: [
        { id: 11, attributes: 'Rojo', sku: null, available: 3, sold: 0, price: 100 },
        { id: 12, attributes: 'Azul', sku: null, available: 5, sold: 0, price: 100 },
      ],
    });
    const initial = draftOf(listing, ars, null);
    const draft = { ...initial, variations: { ...initial.variations, 12: { price: '120', stock: '7' } } };
    expect(editCalls(listing, draft, initial, ars).calls).toEqual([{ variationId: 12, changes: { price: 120, availableQuantity: 7 } }]);
  });

  it('refuses a price or stock that is not a number before anything is sent, and never sends Full stock', () => {
    const listing = row();
    const initial = draftOf(listing, ars, null);
    expect(editCalls(listing, { ...initial, price: 'doce', stock: '1,5' }, initial, ars)).toEqual({ calls: [], issues: { price: 'invalid_price', availableQuantity: 'invalid_stock' } });
    const full = row({ logisticType: 'fulfillment' });
    const fullInitial = draftOf(full, ars, null);
    expect(editCalls(full, { ...fullInitial, stock: '9' }, fullInitial, ars).calls).toEqual([]);
  });
});

describe('rebaseDraft', () => {
  it('moves untouched fields to the listing’s new values and keeps what the seller typed', () => {
    const before = draftOf(row(), ars, null);
    const typed = { ...before, title: 'Título nuevo' };
    const after = draftOf(row({ available: 43, sold: 1 }), ars, 'Descripción leída');
    const next = rebaseDraft(before, typed, after);
    expect(next).toMatchObject({ title: 'Título nuevo', stock: '43', description: 'Descripción leída' });
    // The stale stock is not sent: only the title counts as changed.
    expect(editCalls(row({ available: 43, sold: 1 }), next, after, ars).calls).toEqual([{ variationId: null, changes: { title: 'Título nuevo' } }]);
  });
});

describe('queued edits', () => {
  it('show their value until Mercado Libre confirms them, the newest winning', () => {
    const listing = row({
      pending: [
        { outboxId: 1, state: 'pending', variationId: null, changes: { price: 12000 } },
        { outboxId: 2, state: 'conflict', variationId: null, changes: { price: 13000 } },
        { outboxId: 3, state: 'done', variationId: null, changes: { price: 14000 } },
      ],
    });
    expect(shownValue(listing, 'price', listing.price)).toBe(13000);
    expect(draftOf(listing, ars, null).price).toBe('13000');
  });
});

describe('siteMoney', () => {
  it('reads prices as each site writes them', () => {
    expect(ars.parse('12.345,50')).toBe(12345.5);
    expect(ars.parse('$ 1.500')).toBe(1500);
    expect(ars.parse('10.5')).toBe(10.5);
    expect(ars.parse('abc')).toBeNull();
    expect(siteMoney('MLB').parse('R$ 1.234,56')).toBe(1234.56);
    expect(siteMoney('MLM').parse('1,234.56')).toBe(1234.56);
    expect(ars.toInput(1234.5)).toBe('1234,50');
    expect(ars.format(1234.5, 'ARS')).toBe('$\u00a01.234,50');
  });
});
