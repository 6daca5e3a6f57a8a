/**
 * Bulk edits end to end, in Chromium against the simulator behind a gate the test can shut: 50 listings
 * checked (one, then Shift on the 50th) get +10 %; the preview shows before → after in the store's
 * money and the closed ones left out with the reason, and queues nothing; Apply shows progress while
 * Mercado Libre cannot be reached, then the summary once it can; one Undo puts every price back on
 * Mercado Libre. "Select all matching" takes the filter; the editor shows the sale fee for a typed
 * price, and offline says so unless that fee was read before. Screenshots of the preview and the
 * progress / summary in es, pt-BR and en at 1280 and 1000 px.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/server';
import type { ItemRecord } from '../../electron/demo/simulator/model';
import { bulkLocales } from '../../renderer/features/listings/bulk-locales';
import { listingsLocales } from '../../renderer/features/listings/locales';
import es from '../../renderer/i18n/locales/es';
import { seriousAxeViolations } from './axe';
import { useGatedDemoStore } from './data-fixtures';
import { AppPage } from './pages/app-page';
import { BulkEdits } from './pages/bulk-edits-page';
import { ListingEditorPanel, ListingsRows, type Language } from './pages/listing-edits-page';

const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');
const LANGUAGES = ['es', 'pt-BR', 'en'] as const;
const bulkEs = bulkLocales.es;
const ars = new Intl.NumberFormat('es-AR', { style: 'currency', currency: 'ARS' });
/** Pesos show cents: +10 % rounds to the cent. */
const tenPercentUp = (price: number) => Math.round(price * 110) / 100;
const say = (template: string, values: Record<string, string | number>) => template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key]));

test.describe.configure({ mode: 'serial' });

const ready = useGatedDemoStore();

function sellerItems(): Map<string, ItemRecord> {
  return new Map((ready().store.sim.state.world.itemsBySeller.get(DEMO_SELLER_ID) ?? []).map((item) => [item.id, item]));
}

/** The prices a bulk edit changes: each variation's, or the listing's own when it has none. */
function pricesOf(item: ItemRecord): number[] {
  return item.variations.length > 0 ? item.variations.map((variation) => variation.price) : [item.price];
}

function putCount(): number {
  return ready().store.sim.state.log.filter((entry) => entry.method === 'PUT' && entry.path.startsWith('/items/')).length;
}

async function openListings(page: Page): Promise<AppPage> {
  await page.setViewportSize({ width: 1280, height: 800 });
  const app = new AppPage(page, ready().store.host);
  await app.open();
  await app.goTo('listings', es);
  return app;
}

async function useLanguage(language: Language): Promise<void> {
  await ready().store.api('settings.set', { language });
}

async function shoot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const width of [1280, 1000]) {
    await page.setViewportSize({ width, height: 800 });
    const buffer = await page.screenshot({ path: path.join(SHOTS, `${name}-${width}.png`) });
    expect(buffer.length, `${name}-${width}.png size`).toBeGreaterThan(25_000);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${name} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** Screenshots of the dialog in each language, checked by a string of that language; back to es after. */
async function shootInLanguages(page: Page, bulk: BulkEdits, name: string, expected: (copy: (typeof bulkLocales)['es']) => string): Promise<void> {
  for (const language of LANGUAGES) {
    await useLanguage(language);
    await expect(bulk.dialog).toContainText(expected(bulkLocales[language]));
    await shoot(page, `${name}-${language}`);
  }
  await useLanguage('es');
  await expect(bulk.dialog).toContainText(expected(bulkEs));
}

test('+10 % on 50 listings: previewed, applied with progress, summed up and undone whole', async ({ page }) => {
  test.setTimeout(240_000);
  const { store, gate } = ready();
  const items = sellerItems();
  const { rows } = await store.api('listings.query', { sort: 'title_asc', limit: 50 });
  expect(rows).toHaveLength(50);
  const chosen = rows.map((row) => {
    const item = items.get(row.id);
    if (!item) throw new Error(`${row.id} is not on the simulator`);
    return item;
  });
  const original = new Map(chosen.map((item) => [item.id, pricesOf(item)]));
  const closed = chosen.filter((item) => item.status === 'closed');
  const rowsOf = (item: ItemRecord) => Math.max(1, item.variations.length);
  const changing = chosen.filter((item) => item.status !== 'closed').reduce((sum, item) => sum + rowsOf(item), 0);
  const skipping = closed.reduce((sum, item) => sum + rowsOf(item), 0);
  expect(closed.length, 'the selection includes closed listings, to be left out').toBeGreaterThan(0);

  await openListings(page);
  const bulk = new BulkEdits(page);
  const first = rows[0];
  const last = rows[49];
  if (!first || !last) throw new Error('no rows');
  // The first row, then Shift on the 50th: the 48 between come along.
  await bulk.check(first.id).check();
  await expect(bulk.selected).toHaveText(say(bulkEs.selected_one, { n: 1 }));
  await bulk.scrollTo(49);
  await bulk.check(last.id).click({ modifiers: ['Shift'] });
  await expect(bulk.selected).toHaveText(say(bulkEs.selected_other, { n: 50 }));
  await shoot(page, 'bulk-bar-es');

  await bulk.action().selectOption({ label: bulkEs.actions.price_up });
  await bulk.value('percent').fill('10');
  await bulk.button('preview').click();
  await expect(bulk.dialog).toBeVisible();
  await expect(bulk.change).toHaveText(say(bulkEs.change.price_percent, { signed: '+10' }));
  await expect(bulk.counts).toContainText(say(bulkEs.changing_other, { n: changing }));
  await expect(bulk.counts).toContainText(say(bulkEs.skipping_other, { n: skipping }));
  await expect(bulk.counts).toContainText(say(bulkEs.inListings_other, { n: chosen.length - closed.length }));
  await expect(bulk.changingRows).toHaveCount(changing);
  await expect(bulk.skippedRows).toHaveCount(skipping);
  // Before → after in the store's money, for a listing without variations.
  const plain = chosen.find((item) => item.status !== 'closed' && item.variations.length === 0);
  if (!plain) throw new Error('no plain listing in the selection');
  const plainRow = bulk.changingRows.and(page.locator(`[data-item="${plain.id}"]`));
  await expect(plainRow.getByTestId('bulk-before')).toHaveText(ars.format(plain.price));
  await expect(plainRow.getByTestId('bulk-after')).toHaveText(`→ ${ars.format(tenPercentUp(plain.price))}`);
  for (const item of closed) {
    await expect(bulk.skippedRows.and(page.locator(`[data-item="${item.id}"]`)).first()).toContainText(bulkEs.reasons.listing_closed);
  }
  await expect(bulk.apply).toHaveText(say(bulkEs.apply_other, { count: changing }));
  // The preview queued nothing.
  expect(await store.api('outbox.counts')).toMatchObject({ waiting: 0 });
  expect(await seriousAxeViolations(page), 'axe on the bulk preview').toEqual([]);
  await shootInLanguages(page, bulk, 'bulk-preview', (copy) => copy.reasons.listing_closed);

  // Applied while Mercado Libre cannot be reached: the progress waits at 0 and says the rest keeps going.
  const putsBefore = putCount();
  await gate.shut();
  await bulk.apply.click();
  await expect(bulk.progress).toHaveAttribute('data-state', 'running');
  await expect(bulk.progressText).toHaveText(say(bulkEs.progress, { done: 0, total: changing }));
  await expect(bulk.dialog.getByRole('progressbar')).toBeVisible();
  expect(await store.api('outbox.counts')).toMatchObject({ waiting: changing });
  await shootInLanguages(page, bulk, 'bulk-progress', (copy) => copy.progressTitle);

  await gate.open();
  await store.api('sync.now');
  await expect(bulk.progress).toHaveAttribute('data-state', 'done', { timeout: 120_000 });
  const summary = [say(bulkEs.changed_other, { n: changing }), say(bulkEs.leftOut_other, { n: skipping }), say(bulkEs.failed_other, { n: 0 })].join(', ');
  await expect(bulk.summary).toHaveText(summary);
  expect(putCount() - putsBefore, 'one PUT per change').toBe(changing);
  for (const item of chosen) {
    const before = original.get(item.id) ?? [];
    expect(pricesOf(item), item.id).toEqual(item.status === 'closed' ? before : before.map(tenPercentUp));
  }
  await shootInLanguages(page, bulk, 'bulk-summary', (copy) => copy.summaryTitle);

  // One undo for the whole batch: Mercado Libre has the original prices again.
  await bulk.button('undo').click();
  await expect(bulk.dialog).toContainText(bulkEs.undoneTitle, { timeout: 120_000 });
  await expect(bulk.summary).toHaveText([say(bulkEs.undone_other, { n: changing }), say(bulkEs.failed_other, { n: 0 })].join(', '));
  for (const item of chosen) expect(pricesOf(item), item.id).toEqual(original.get(item.id));
  await expect(bulk.button('undo')).toHaveCount(0);
  await bulk.button('close').click();
  await expect(bulk.dialog).toBeHidden();
  await expect(bulk.selectAll).toHaveText(say(bulkEs.selectAll_other, { n: items.size }));
});

test('"select all matching" takes the filter; going back from the preview queues nothing', async ({ page }) => {
  test.setTimeout(120_000);
  const { store } = ready();
  const paused = [...sellerItems().values()].filter((item) => item.status === 'paused');
  expect(paused.length).toBeGreaterThan(1);
  await openListings(page);
  const listings = new ListingsRows(page);
  await page.getByRole('search').getByLabel(listingsLocales.es.statusFilter).selectOption({ label: listingsLocales.es.status.paused });
  await expect(page.getByTestId('listings-count')).toHaveText(say(listingsLocales.es.count_other, { n: paused.length }));
  const bulk = new BulkEdits(page);
  await bulk.selectAll.click();
  await expect(bulk.selected).toHaveText(say(bulkEs.allSelected_other, { n: paused.length }));
  await expect(bulk.check(paused[0]?.id ?? '')).toBeChecked();
  await bulk.action().selectOption({ label: bulkEs.actions.activate });
  await bulk.button('preview').click();
  await expect(bulk.change).toHaveText(bulkEs.change.status_active);
  await expect(bulk.changingRows.or(bulk.skippedRows)).toHaveCount(paused.length);
  const before = await store.api('outbox.list', {});
  await bulk.button('back').click();
  await expect(bulk.dialog).toBeHidden();
  expect(await store.api('outbox.list', {})).toEqual(before);
  // Going back keeps the selection; clearing it leaves the filter as it was.
  await expect(bulk.selected).toHaveText(say(bulkEs.allSelected_other, { n: paused.length }));
  await bulk.bar.getByRole('button', { name: bulkEs.clear }).click();
  await expect(bulk.selectAll).toBeVisible();
  await expect(listings.row(paused[0]?.id ?? '')).toBeVisible();
});

test("the editor shows Mercado Libre's fee for a typed price, and offline only when read before", async ({ page }) => {
  test.setTimeout(120_000);
  const { store, gate } = ready();
  const item = [...sellerItems().values()].find((candidate) => candidate.status === 'active' && candidate.variations.length === 0 && candidate.shipping.logistic_type !== 'fulfillment');
  if (!item) throw new Error('no plain listing');
  const copy = listingsLocales.es.edit;
  const queuedBefore = await store.api('outbox.list', { target: `item:${item.id}` });
  await openListings(page);
  const listings = new ListingsRows(page);
  await listings.search.fill(item.id);
  await listings.openEditor(item.title);
  const editor = new ListingEditorPanel(page);
  await expect(editor.price).toBeEnabled();
  await expect(editor.panel.getByTestId('fee-preview')).toHaveCount(0); // Not asked for until the price changes.

  const price = Math.round(item.price) + 1000;
  await editor.price.fill(String(price));
  const fee = await store.api('listings.fees', { itemId: item.id, price });
  await expect(editor.panel.getByTestId('fee-preview')).toHaveText(say(copy.fee, { fee: ars.format(fee.saleFee), net: ars.format(fee.net) }));
  expect(fee.net).toBeCloseTo(price - fee.saleFee, 2);

  await gate.shut();
  await editor.price.fill(String(price + 1));
  await expect(editor.panel.getByTestId('fee-preview')).toHaveText(copy.feeOffline, { timeout: 30_000 });
  // A fee read before for this price still shows offline.
  await editor.price.fill(String(price));
  await expect(editor.panel.getByTestId('fee-preview')).toHaveText(say(copy.fee, { fee: ars.format(fee.saleFee), net: ars.format(fee.net) }));
  await gate.open();
  await page.keyboard.press('Escape');
  await expect(editor.panel).toBeHidden();
  expect(await store.api('outbox.list', { target: `item:${item.id}` }), 'the fee preview queues nothing').toEqual(queuedBefore);
});
