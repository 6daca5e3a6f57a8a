/**
 * The Stock screen's No SKU and Log views, in Chromium against the simulator: a listing and a
 * variation whose SKUs were removed on Mercado Libre are listed; assigning a new SKU to the listing
 * sends it to Mercado Libre (the simulator's listing carries it, every other attribute kept) and it
 * leaves the list; the Log shows the assignment and an applied change with its outbox state.
 * Screenshots of both views at 1280 and 1000 px in es, pt-BR and en, with axe at no serious finding.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { ItemRecord } from '../../electron/demo/simulator/model';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/server';
import { stockLocales } from '../../renderer/features/stock/locales';
import { outboxLocales } from '../../renderer/features/outbox/locales';
import es from '../../renderer/i18n/locales/es';
import { seriousAxeViolations } from './axe';
import { startDataStore, type DataStore } from './data-fixtures';
import { AppPage } from './pages/app-page';

const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');
const LANGUAGES = ['es', 'pt-BR', 'en'] as const;
const stockEs = stockLocales.es;

test.describe.configure({ mode: 'serial' });

let store: DataStore | undefined;
let bare: ItemRecord | undefined;
let bareVariation: ItemRecord | undefined;

const withoutSku = (attributes: ItemRecord['attributes']) => attributes.filter((attribute) => attribute.id !== 'SELLER_SKU');

test.beforeAll(async () => {
  test.setTimeout(90_000);
  store = await startDataStore();
  // Before the first sync: a plain listing and one variation of another lose their SKU on Mercado Libre.
  const items = store.sim.state.world.itemsBySeller.get(DEMO_SELLER_ID) ?? [];
  bare = items.find((item) => item.status === 'active' && item.variations.length === 0 && item.shipping.logistic_type !== 'fulfillment' && item.attributes.length > 1);
  bareVariation = items.find((item) => item.status === 'active' && item.variations.length >= 2 && item.shipping.logistic_type !== 'fulfillment');
  const variation = bareVariation?.variations[0];
  if (!bare || !bareVariation || !variation) throw new Error('the demo store lacks a listing kind');
  bare.seller_custom_field = null;
  bare.attributes = withoutSku(bare.attributes);
  variation.seller_custom_field = null;
  variation.attributes = withoutSku(variation.attributes);
  await store.connectDemoSeller();
  await store.waitForSyncIdle();
});

test.afterAll(async () => {
  await store?.close();
});

function ready(): { store: DataStore; bare: ItemRecord; bareVariation: ItemRecord } {
  if (!store || !bare || !bareVariation) throw new Error('the store has not started');
  return { store, bare, bareVariation };
}

async function openStock(page: Page): Promise<AppPage> {
  await page.setViewportSize({ width: 1280, height: 800 });
  const app = new AppPage(page, ready().store.host);
  await app.open();
  await app.goTo('stock', es);
  await expect(page.getByTestId('stock-summary')).not.toBeEmpty();
  return app;
}

/** Screenshots at 1280 and 1000 px in each language (checked by a word of that language); back to es after. */
async function shootInLanguages(page: Page, name: string, expected: (copy: (typeof stockLocales)['es']) => string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const language of LANGUAGES) {
    await ready().store.api('settings.set', { language });
    await expect(page.getByRole('main')).toContainText(expected(stockLocales[language]));
    for (const width of [1280, 1000]) {
      await page.setViewportSize({ width, height: 800 });
      const buffer = await page.screenshot({ path: path.join(SHOTS, `stock-${name}-${language}-${width}.png`) });
      expect(buffer.length, `${name} ${language} ${width}`).toBeGreaterThan(25_000);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0);
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await ready().store.api('settings.set', { language: 'es' });
  await expect(page.getByRole('main')).toContainText(expected(stockEs));
}

test('the No SKU view lists listings and variations without a SKU; assigning one sends it to Mercado Libre', async ({ page }) => {
  test.setTimeout(180_000);
  const { store, bare, bareVariation } = ready();
  const otherAttributes = bare.attributes.map((attribute) => [attribute.id, attribute.value_name]);
  await openStock(page);
  await page.getByTestId('stock-view-unlinked').click();
  await expect(page.getByTestId('stock-view-unlinked')).toHaveAttribute('aria-pressed', 'true');
  const rows = page.getByTestId('stock-unlinked-row');
  const row = rows.and(page.locator(`[data-item="${bare.id}"]`));
  await expect(row).toContainText(bare.title);
  await expect(rows.and(page.locator(`[data-item="${bareVariation.id}"][data-variation="${bareVariation.variations[0]?.id}"]`))).toBeVisible();
  await expect(page.getByTestId('stock-summary')).toHaveText(stockEs.unlinkedCount_other.replace('{{count}}', '2'));
  expect(await seriousAxeViolations(page), 'axe on the No SKU view').toEqual([]);
  await shootInLanguages(page, 'no-sku', (copy) => copy.assign);

  await row.getByTestId('stock-assign-input').fill('MOCHILA-E2E-01');
  await row.getByTestId('stock-assign').click();
  await expect(page.getByTestId('stock-notice')).toContainText('MOCHILA-E2E-01');
  await expect(row).toHaveCount(0);
  await expect(page.getByTestId('stock-summary')).toHaveText(stockEs.unlinkedCount_one.replace('{{count}}', '1'));
  await expect.poll(() => store.sim.state.world.itemsBySeller.get(DEMO_SELLER_ID)?.find((item) => item.id === bare.id)?.seller_custom_field, { timeout: 20_000 }).toBe('MOCHILA-E2E-01');
  const sent = store.sim.state.world.itemsBySeller.get(DEMO_SELLER_ID)?.find((item) => item.id === bare.id);
  expect(sent?.attributes.filter((attribute) => attribute.id !== 'SELLER_SKU').map((attribute) => [attribute.id, attribute.value_name])).toEqual(otherAttributes);
  expect(sent?.attributes.find((attribute) => attribute.id === 'SELLER_SKU')?.value_name).toBe('MOCHILA-E2E-01');

  // The new SKU is in the inventory with what Mercado Libre shows.
  await page.getByTestId('stock-view-skus').click();
  await page.getByRole('searchbox').fill('MOCHILA-E2E-01');
  await expect(page.locator('[data-testid="stock-row"][data-sku="MOCHILA-E2E-01"] [data-testid="stock-on-hand"]')).toHaveText(String(bare.available_quantity));
});

test('the Log view shows each stock change with before → after, why and the outbox state', async ({ page }) => {
  test.setTimeout(180_000);
  const { store, bare } = ready();
  // The simulator applies each PUT to a copy of the listing: read it again each time.
  const quantity = () => store.sim.state.world.itemsBySeller.get(DEMO_SELLER_ID)?.find((item) => item.id === bare.id)?.available_quantity ?? -1;
  const before = quantity();
  const shown = before + 4;
  await store.api('stock.set', { sku: 'MOCHILA-E2E-01', onHand: shown });
  const plan = await store.api('stock.plan', { skus: ['MOCHILA-E2E-01'] });
  await store.api('stock.apply', { planId: plan.planId });
  await expect.poll(quantity, { timeout: 20_000 }).toBe(shown);

  await openStock(page);
  await page.getByTestId('stock-view-log').click();
  const applied = page.getByTestId('stock-log-entry').and(page.locator(`[data-kind="apply"][data-item="${bare.id}"]`));
  await expect(applied).toContainText(stockEs.log.kind.apply);
  await expect(applied).toContainText(bare.title);
  await expect(applied.getByTestId('stock-log-change')).toHaveText(`${before} → ${shown}`);
  await expect(applied).toContainText(stockEs.reason.sale_or_restock);
  await expect(applied.getByTestId('stock-log-state')).toHaveText(outboxLocales.es.state.done);
  const assigned = page.getByTestId('stock-log-entry').and(page.locator(`[data-kind="assign"][data-item="${bare.id}"]`));
  await expect(assigned).toContainText(stockEs.log.newSku);
  await expect(assigned.getByTestId('stock-log-state')).toHaveText(outboxLocales.es.state.done);

  // Automatic changes only: none were made.
  await page.getByTestId('stock-log-automatic').check();
  await expect(page.getByTestId('empty-state')).toContainText(stockEs.log.noneTitle);
  await page.getByTestId('stock-log-automatic').uncheck();
  await expect(applied).toBeVisible();
  expect(await seriousAxeViolations(page), 'axe on the Log view').toEqual([]);
  await shootInLanguages(page, 'log', (copy) => copy.log.kind.apply);
});

test("a plan for three variations of one listing is one change on the Pending changes page, each variation's before → after shown", async ({ page }) => {
  test.setTimeout(120_000);
  const { store, bareVariation } = ready();
  const current = () => store.sim.state.world.itemsBySeller.get(DEMO_SELLER_ID)?.find((item) => item.id === bareVariation.id);
  // The first variation lost its SKU; the others keep theirs.
  const withSku = (current()?.variations ?? []).filter((variation) => variation.seller_custom_field !== null).slice(0, 3);
  expect(withSku.length).toBeGreaterThanOrEqual(1);
  const wanted = new Map(withSku.map((variation, index) => [variation.id, variation.available_quantity + 3 + index]));
  for (const variation of withSku) await store.api('stock.set', { sku: variation.seller_custom_field ?? '', onHand: wanted.get(variation.id) ?? 0 });
  const putsBefore = store.sim.state.log.filter((entry) => entry.method === 'PUT' && entry.path === `/items/${bareVariation.id}`).length;
  const plan = await store.api('stock.plan', { skus: withSku.map((variation) => variation.seller_custom_field ?? '') });
  expect(plan.changes.filter((change) => change.itemId === bareVariation.id)).toHaveLength(withSku.length);
  await store.api('stock.apply', { planId: plan.planId });
  await expect.poll(() => withSku.map((variation) => current()?.variations.find((candidate) => candidate.id === variation.id)?.available_quantity), { timeout: 20_000 }).toEqual([...wanted.values()]);
  expect(store.sim.state.log.filter((entry) => entry.method === 'PUT' && entry.path === `/items/${bareVariation.id}`).length - putsBefore, 'one PUT for the listing').toBe(1);

  const app = await openStock(page);
  await app.goTo('changes', es);
  await page.getByRole('combobox').selectOption('all');
  const entry = page.getByTestId('outbox-entry').and(page.locator(`[data-item="${bareVariation.id}"]`)).first();
  await expect(entry.getByTestId('outbox-change')).toHaveCount(withSku.length);
  for (const variation of withSku) await expect(entry.locator(`[data-testid="outbox-change"][data-variation="${variation.id}"]`)).toContainText(`→ ${wanted.get(variation.id)}`);
  expect(await seriousAxeViolations(page), 'axe on Pending changes').toEqual([]);
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'outbox-variations-es-1280.png') });
});
