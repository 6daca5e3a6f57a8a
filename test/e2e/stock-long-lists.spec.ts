/**
 * The Stock screen's long lists, in Chromium against the simulator: with no listing carrying a SKU,
 * the No SKU view draws only the rows in view, every row can be reached by scrolling (no "first 200"
 * cut), and a SKU typed into a row is still there after the row scrolled out of view and back.
 */
import { expect, test } from '@playwright/test';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/server';
import { stockLocales } from '../../renderer/features/stock/locales';
import es from '../../renderer/i18n/locales/es';
import { startDataStore, type DataStore } from './data-fixtures';
import { AppPage } from './pages/app-page';

const stockEs = stockLocales.es;
let store: DataStore | undefined;
let targets = 0;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  store = await startDataStore();
  // Before the first sync: every listing and variation loses its SKU on Mercado Libre.
  for (const item of store.sim.state.world.itemsBySeller.get(DEMO_SELLER_ID) ?? []) {
    if (item.status === 'closed') continue;
    item.seller_custom_field = null;
    item.attributes = item.attributes.filter((attribute) => attribute.id !== 'SELLER_SKU');
    for (const variation of item.variations) {
      variation.seller_custom_field = null;
      variation.attributes = variation.attributes.filter((attribute) => attribute.id !== 'SELLER_SKU');
    }
    targets += Math.max(1, item.variations.length);
  }
  await store.connectDemoSeller();
  await store.waitForSyncIdle();
});

test.afterAll(async () => {
  await store?.close();
});

test('the No SKU view reaches every row by scrolling, drawing only those in view, and keeps what was typed', async ({ page }) => {
  if (!store) throw new Error('the store has not started');
  await page.setViewportSize({ width: 1280, height: 800 });
  const app = new AppPage(page, store.host);
  await app.open();
  await app.goTo('stock', es);
  await page.getByTestId('stock-view-unlinked').click();
  const summary = page.getByTestId('stock-summary');
  await expect(summary).toHaveText(stockEs.unlinkedCount_other.replace('{{count}}', String(targets)));
  const list = page.getByTestId('stock-unlinked');
  const rows = list.getByTestId('stock-unlinked-row');
  await expect(rows.first()).toBeVisible();
  const drawn = await rows.count();
  expect(targets).toBeGreaterThan(40);
  expect(drawn, 'rows drawn while the list is at the top').toBeLessThan(targets);

  const first = rows.first();
  const firstKey = await first.getAttribute('data-item');
  await first.getByTestId('stock-assign-input').fill('TYPED-NOT-SENT');
  await list.evaluate((box) => box.scrollTo({ top: box.scrollHeight }));
  await expect(list.locator(`[aria-posinset="${targets}"]`)).toBeVisible();
  await expect(list.locator(`[data-item="${firstKey}"]`)).toHaveCount(0);
  await list.evaluate((box) => box.scrollTo({ top: 0 }));
  await expect(list.locator(`[aria-posinset="1"]`).getByTestId('stock-assign-input')).toHaveValue('TYPED-NOT-SENT');
});
