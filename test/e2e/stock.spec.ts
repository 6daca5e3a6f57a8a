/**
 * Stock end to end, in Chromium against the simulator: a CSV that raises one SKU's on hand is
 * previewed (nothing changes yet), confirmed, the plan shows the listing's before → after, and once
 * applied Mercado Libre's quantity in the simulator changes.
 */
import { expect, test } from '@playwright/test';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/server';
import { stockLocales } from '../../renderer/features/stock/locales';
import es from '../../renderer/i18n/locales/es';
import { useSyncedDemoStore } from './data-fixtures';
import { AppPage } from './pages/app-page';

const store = useSyncedDemoStore();
const stockEs = stockLocales.es;

test('imports a CSV that raises a SKU, previews it, applies the plan and Mercado Libre shows the new quantity', async ({ page }) => {
  test.setTimeout(60_000);
  const items = store().sim.state.world.itemsBySeller.get(DEMO_SELLER_ID) ?? [];
  const skuCount = (sku: string) => items.filter((item) => item.seller_custom_field === sku).length;
  const item = items.find((entry) => entry.status === 'active' && entry.variations.length === 0 && entry.shipping.logistic_type !== 'fulfillment' && entry.seller_custom_field !== null && skuCount(entry.seller_custom_field) === 1);
  if (!item?.seller_custom_field) throw new Error('no plain listing with its own SKU');
  const sku = item.seller_custom_field;
  const raised = item.available_quantity + 7;

  await page.setViewportSize({ width: 1280, height: 800 });
  const app = new AppPage(page, store().host);
  await app.open();
  await app.goTo('stock', es);
  await expect(page.getByTestId('stock-summary')).not.toBeEmpty();

  await page.getByTestId('stock-import-file').setInputFiles({ name: 'stock.csv', mimeType: 'text/csv', buffer: Buffer.from(`sku;name;on_hand;buffer\n${sku};;${raised};0\nNO-SUCH-SKU;;3;0\n`, 'utf8') });
  const preview = page.getByTestId('stock-import');
  await expect(preview.getByRole('status')).toHaveText(stockEs.importSummary.replace('{{changing}}', '1').replace('{{failing}}', '1'));
  await expect(preview.getByTestId('stock-import-row').nth(1)).toContainText(stockEs.error.unknown_sku);
  expect(item.available_quantity).toBe(raised - 7);
  await preview.getByTestId('stock-import-apply').click();
  await expect(page.getByTestId('stock-notice')).toHaveText(stockEs.imported.replace('{{count}}', '1'));

  await page.getByRole('searchbox').fill(sku);
  await expect(page.locator(`[data-testid="stock-row"][data-sku="${sku}"] [data-testid="stock-on-hand"]`)).toHaveText(String(raised));
  await page.getByTestId('stock-review').click();
  const plan = page.getByTestId('stock-plan');
  await expect(plan.getByTestId('stock-plan-change').filter({ hasText: item.title })).toContainText(`${raised - 7} → ${raised}`);
  await plan.getByTestId('stock-apply').click();
  await expect(page.getByTestId('stock-notice')).toContainText(stockEs.applied.split('{{count}}')[0] ?? '');
  await expect.poll(() => item.available_quantity, { timeout: 20_000 }).toBe(raised);
});
