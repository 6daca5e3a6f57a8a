/**
 * The Orders screen against a real synced cache: the demo seller is connected while the screen is
 * open (progress bar, rows arriving), then search and every filter narrow the table to exactly what
 * `orders.query` counts, an order's detail shows its items and shipment, the CSV export holds every
 * row of the filter, and screenshots of the table and the detail are kept for a person to look at.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import es from '../../renderer/i18n/locales/es';
import type { OrdersQuery } from '../../shared/orders';
import { seriousAxeViolations } from './axe';
import { parseCsv, startDataStore, type DataStore } from './data-fixtures';
import { AppPage } from './pages/app-page';
import { OrdersScreen, ordersEs } from './pages/orders-page';

const LOJA_DO_SUL = 241000202;

const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');

test.describe.configure({ mode: 'serial' });

let store: DataStore;

test.beforeAll(async () => {
  store = await startDataStore();
});

test.afterAll(async () => {
  await store?.close();
});

async function openOrders(page: Page): Promise<OrdersScreen> {
  const app = new AppPage(page, store.host);
  await app.open();
  await expect(app.heading).toHaveText(es.nav.orders);
  return new OrdersScreen(page);
}

/** Status bar items that run into their neighbour, or whose button sticks out of them. */
function statusItemsThatCollide(): string[] {
  const items = [...document.querySelectorAll('.status-bar__items > li')];
  return items.flatMap((item, index) => {
    const box = item.getBoundingClientRect();
    const next = items[index + 1]?.getBoundingClientRect();
    const name = item.getAttribute('data-testid') ?? String(index);
    const problems = next && box.right > next.left + 1 ? [`${name} runs into the next item`] : [];
    for (const control of item.querySelectorAll('select, button')) {
      if (control.getBoundingClientRect().right > box.right + 1) problems.push(`${name}: a control sticks out`);
    }
    return problems;
  });
}

/** Records every text the sync progress bar shows, with the bar's value, however briefly it is on screen. */
function recordSyncProgress(): void {
  const seen = new Set<string>();
  Object.assign(window, { __syncProgressSeen: seen });
  new MutationObserver(() => {
    for (const line of document.querySelectorAll('[data-testid="sync-progress"] .sync-progress__line')) {
      const label = line.querySelector('.sync-progress__label')?.textContent;
      const bar = line.querySelector('progress');
      if (label && bar) seen.add(`${label} @${bar.value}`);
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
}

test('connecting the demo seller fills the Orders screen while a progress bar shows the sync', async ({ page }) => {
  test.setTimeout(60_000);
  await page.addInitScript(recordSyncProgress);
  const app = new AppPage(page, store.host);
  await app.open();
  await expect(app.emptyState).toContainText(es.sections.orders.emptyTitle);

  await store.connectDemoSeller();
  const progress = page.getByRole('progressbar', { name: 'Sincronizando con Mercado Libre' });
  await expect(progress).toBeVisible({ timeout: 10_000 });
  await expect(page.getByTestId('sync-progress').getByRole('button', { name: 'Cancelar' })).toBeVisible();

  const orders = new OrdersScreen(page);
  await expect(orders.rows.first()).toBeVisible({ timeout: 10_000 });
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'orders-syncing.png') });
  await store.waitForSyncIdle();
  const { total } = await store.api('orders.query', { limit: 1 });
  expect(total).toBe(300);
  await expect(orders.count).toHaveText(OrdersScreen.countText(total));
  await expect(progress).toBeHidden();
  await expect(app.statusBar.getByTestId('status-sync')).toContainText(/Sincronizado/);

  // The bar named its steps for the seller, with counts where the size was known ("Pedidos 51/300 ·
  // paso 1 de 4"), and measured the whole sync: step N of 4 starts at (N-1)/4 of the bar, never beyond N/4.
  const seen = await page.evaluate(() => [...((window as unknown as { __syncProgressSeen: Set<string> }).__syncProgressSeen ?? [])]);
  expect(seen.some((text) => /^Pedidos ?(\d+\/\d+|…) · paso 1 de 4 @\d+$/.test(text)), seen.join(' | ')).toBe(true);
  expect(seen.some((text) => /^(Publicaciones|Envíos|Preguntas) ?(\d+\/\d+|…) · paso [234] de 4 @\d+$/.test(text)), seen.join(' | ')).toBe(true);
  for (const text of seen) {
    const [, step, value] = /paso (\d) de 4 @(\d+)$/.exec(text) ?? [];
    expect(Number(value), text).toBeGreaterThanOrEqual((Number(step) - 1) * 25);
    expect(Number(value), text).toBeLessThanOrEqual(Number(step) * 25);
  }
});

test('search and each filter narrow the table to what the cache counts', async ({ page }) => {
  const orders = await openOrders(page);
  const first = (await store.api('orders.query', { limit: 1 })).rows[0];
  if (!first?.buyerNickname) throw new Error('the newest demo order has no buyer');

  const expectCount = async (query: Omit<OrdersQuery, 'limit'>) => {
    const { total } = await store.api('orders.query', { ...query, limit: 1 });
    expect(total, JSON.stringify(query)).toBeGreaterThan(0);
    expect(total, JSON.stringify(query)).toBeLessThan(300);
    await expect(orders.count).toHaveText(OrdersScreen.countText(total));
    return total;
  };

  await orders.search.fill(first.buyerNickname);
  await expectCount({ search: first.buyerNickname });
  await expect(orders.rows.first()).toContainText(first.buyerNickname);
  await orders.clear.click();
  await expect(orders.count).toHaveText(OrdersScreen.countText(300));

  await orders.status.selectOption('cancelled');
  await expectCount({ statuses: ['cancelled'] });
  await expect(orders.rows.first()).toContainText(ordersEs.status.cancelled);
  await orders.clear.click();

  await orders.shipping.selectOption('label_ready');
  const ready = await expectCount({ shipping: ['label_ready'] });
  await expect(orders.rows.filter({ hasText: ordersEs.labelReady })).toHaveCount(Math.min(ready, await orders.rows.count()));
  await orders.shipping.selectOption('delivered');
  await expectCount({ shipping: ['delivered'] });
  await orders.clear.click();

  // The seller's time zone is Buenos Aires (UTC−3, no daylight saving): the picked days are local days.
  const day = (daysAgo: number) => new Date(Date.now() - 3 * 3_600_000 - daysAgo * 86_400_000).toISOString().slice(0, 10);
  // Typed in the UI's pattern (dd/mm/aaaa in Spanish), not the browser's date picker.
  const typed = (iso: string) => iso.split('-').reverse().join('/');
  await expect(orders.from).toHaveAttribute('placeholder', 'dd/mm/aaaa');
  await orders.from.fill('31/02/2026');
  await expect(page.getByRole('alert').filter({ hasText: 'Escribí la fecha como dd/mm/aaaa' })).toBeVisible();
  await orders.from.fill(typed(day(7)));
  await orders.to.fill(typed(day(1)));
  await expectCount({ from: `${day(7)}T00:00:00-03:00`, to: new Date(Date.parse(`${day(1)}T00:00:00-03:00`) + 86_400_000).toISOString() });

  // Sorting by total puts the largest first.
  await orders.clear.click();
  await page.getByRole('button', { name: ordersEs.column.total, exact: true }).click();
  const biggest = (await store.api('orders.query', { sort: 'total_desc', limit: 1 })).rows[0];
  await expect(orders.rows.first()).toContainText(String(biggest?.id));
  await expect(page.getByRole('columnheader', { name: ordersEs.column.total })).toHaveAttribute('aria-sort', 'descending');
});

test('scrolling deep into the table loads later windows of rows', async ({ page }) => {
  const orders = await openOrders(page);
  const oldest = (await store.api('orders.query', { sort: 'date_asc', limit: 1 })).rows[0];
  await page.getByTestId('orders-table').evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  await expect(orders.openButton(oldest?.id ?? 0)).toBeVisible();
  // Virtualized: only the rows in view (and a margin) are in the page, not all 300.
  expect(await orders.rows.count()).toBeLessThan(60);
});

test("an order's detail shows its items, shipment status and history", async ({ page }) => {
  const orders = await openOrders(page);
  const { rows } = await store.api('orders.query', { shipping: ['ready_to_ship'], limit: 1 });
  const row = rows[0];
  if (!row) throw new Error('the demo store has no order ready to ship');
  await orders.search.fill(String(row.id));
  await orders.openButton(row.id).click();
  await expect(orders.detail).toBeVisible();
  await expect(orders.detail.getByRole('heading', { level: 2 })).toHaveText(ordersEs.detail.title.replace('{{id}}', String(row.id)));

  const detail = await store.api('orders.get', { id: row.id });
  for (const line of detail.lines) {
    await expect(orders.detail).toContainText(line.title);
    if (line.sku) await expect(orders.detail).toContainText(line.sku);
  }
  const shipment = orders.detail.getByTestId('order-shipment');
  await expect(shipment).toContainText(ordersEs.shipping.ready_to_ship);
  await expect(shipment).toContainText(
    row.labelReady ? ordersEs.detail.labelAvailable : row.shippingSubstatus === 'printed' ? ordersEs.detail.labelPrinted : ordersEs.detail.labelNotAvailable,
  );
  await expect(orders.detail.getByTestId('shipment-timeline').getByRole('listitem').first()).toContainText(ordersEs.detail.event.date_created);
  await expect(orders.detail).toContainText(row.buyerNickname ?? '');

  expect(await seriousAxeViolations(page)).toEqual([]);
  fs.mkdirSync(SHOTS, { recursive: true });
  await orders.search.fill('');
  await expect(orders.count).toHaveText(OrdersScreen.countText(300));
  await page.screenshot({ path: path.join(SHOTS, 'orders-detail.png') });

  await page.keyboard.press('Escape');
  await expect(orders.detail).toBeHidden();
});

test('the Orders screen with demo data is kept as a screenshot', async ({ page }) => {
  // axe runs on this screen in the detail test above (table and detail panel open together).
  const orders = await openOrders(page);
  await expect(orders.rows.first()).toBeVisible();
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'orders-demo.png') });
});

test('Export CSV downloads every row of the filter, quoted, with a byte-order mark', async ({ page }) => {
  const orders = await openOrders(page);
  const downloading = page.waitForEvent('download');
  await orders.exportButton.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^pedidos-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = fs.readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const records = parseCsv(bytes.subarray(3).toString('utf8'), ';');
  expect(records[0]?.[0]).toBe(ordersEs.csv.date);
  expect(records).toHaveLength(301);
  // Ids are text formulas (="2000…"), so a spreadsheet keeps all 16 digits.
  expect(records.slice(1).every((record) => /^=\d+$/.test(record[1] ?? ''))).toBe(true);
  await expect(orders.exportStatus).toHaveText('Se exportaron 300 pedidos.');

  // A filtered export holds exactly the filter's rows, with the order ids the cache has for it.
  await orders.status.selectOption('paid');
  const paid = await store.api('orders.query', { statuses: ['paid'], limit: 500 });
  await expect(orders.count).toHaveText(OrdersScreen.countText(paid.total));
  const again = page.waitForEvent('download');
  await orders.exportButton.click();
  const filtered = parseCsv(fs.readFileSync(await (await again).path()).subarray(3).toString('utf8'), ';');
  expect(filtered.slice(1).map((record) => Number(record[1]?.slice(1))).sort()).toEqual(paid.rows.map((row) => row.id).sort());
});

test('a second account becomes the chosen store; All stores adds a store column; each order shows its own currency', async ({ page }) => {
  test.setTimeout(60_000);
  await store.connectSeller(LOJA_DO_SUL);
  await store.waitForSyncIdle();
  // The new account becomes the chosen store, and with it Portuguese: keep this check in Spanish.
  expect((await store.api('settings.get')).activeUserId).toBe(LOJA_DO_SUL);
  await store.api('settings.set', { language: 'es' });
  const orders = await openOrders(page);
  const all = await store.api('orders.query', { limit: 1 });
  const brazil = await store.api('orders.query', { accountIds: [LOJA_DO_SUL], limit: 1 });
  expect(brazil.total).toBeGreaterThan(0);
  expect(brazil.total).toBeLessThan(all.total);
  await expect(orders.count).toHaveText(OrdersScreen.countText(brazil.total));
  // Brazilian reais as the Brazilian site writes them, even in a Spanish UI: "R$ 1.234,50".
  await expect(orders.rows.first()).toContainText(/R\$\s[\d.]+,\d{2}/);
  await expect(orders.table.getByRole('columnheader', { name: 'Tienda' })).toHaveCount(0);

  // Two accounts and the sync part fit the status bar down to the narrowest supported window.
  await page.setViewportSize({ width: 1000, height: 700 });
  expect(await page.evaluate(statusItemsThatCollide)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 800 });

  const chooser = page.getByTestId('store-chooser');
  await chooser.selectOption({ label: 'Todas las tiendas (2)' });
  await expect(orders.count).toHaveText(OrdersScreen.countText(all.total));
  await expect(orders.table.getByRole('columnheader', { name: 'Tienda' })).toBeVisible();
  await expect(orders.rows.first().getByTestId('store-name')).toHaveText(/^(TIENDA\.PAMPAMLA|LOJA\.DO\.SULMLB)$/);
});
