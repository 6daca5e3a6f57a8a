/**
 * Labels end to end in Chromium through the web host, against the simulator: select shipments →
 * download → preview (drawn locally) → print to a real CUPS queue whose device is
 * socket://127.0.0.1:PORT, where a loopback listener stands in for the printer and must receive
 * exactly the expected ZPL, once; the same batch again with the simulator stopped; then straight to a
 * network printer added by address; a PDF label previewed as a drawn page; and Print labels from the
 * Orders screen — orders picked with their checkboxes, then the "label ready" filter — to the CUPS queue.
 * Screenshots of the screen and the preview are kept.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import es from '../../renderer/i18n/locales/es';
import { labelsLocales } from '../../renderer/features/labels/locales';
import { ordersLocales } from '../../renderer/features/orders/locales';
import { seriousAxeViolations } from './axe';
import { startFakePrinter, type FakePrinter } from '../printing/fake-printer';
import { startDataStore, type DataStore } from './data-fixtures';
import { AppPage } from './pages/app-page';

const t = labelsLocales.es;
const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');
const lpadmin = ['/usr/sbin/lpadmin', '/usr/bin/lpadmin'].find((file) => fs.existsSync(file)) ?? null;

// Real CUPS, a real download and axe on a shared machine: more than the default 30 s per test.
test.describe.configure({ mode: 'serial', timeout: 90_000 });
test.skip(!lpadmin, 'CUPS is not installed here (lpadmin missing); .ci/run installs cups and cups-bsd.');

let store: DataStore;
let printer: FakePrinter;
let queue: string;

test.beforeAll(async () => {
  store = await startDataStore();
  await store.connectDemoSeller();
  await store.waitForSyncIdle();
  printer = await startFakePrinter();
  queue = `mostrador_e2e_${process.pid}`;
  execFileSync(lpadmin as string, ['-p', queue, '-E', '-v', `socket://127.0.0.1:${printer.port}`, '-m', 'raw'], { stdio: 'pipe' });
});

test.afterAll(async () => {
  if (queue) execFileSync(lpadmin as string, ['-x', queue]);
  await printer?.close();
  await store?.close();
});

async function openLabels(page: Page): Promise<void> {
  const app = new AppPage(page, store.host);
  await app.open();
  await app.goTo('labels', es);
  await page.getByTestId('labels-show').selectOption('ready');
}

async function expectedZpl(ids: number[]): Promise<string> {
  const texts = await Promise.all(ids.map(async (shipmentId) => (await store.api('labels.preview', { shipmentId, format: 'zpl' })).zpl ?? ''));
  return texts.join('');
}

let chosen: number[] = [];

/** Shipment ids of the rows drawn, in list order (once the first row is drawn). */
async function rowIds(page: Page): Promise<number[]> {
  const rows = page.getByTestId('labels-table').locator('[data-testid^="label-row-"]:not([data-testid="label-row-loading"])');
  await expect(rows.first()).toBeVisible();
  return rows.evaluateAll((drawn) => drawn.map((row) => Number(row.getAttribute('data-testid')?.replace('label-row-', ''))));
}

/** Share of sampled pixels of a drawn image that are dark (a blank page has none). */
function inkOf(page: Page, selector: string): Promise<number> {
  return page.locator(selector).first().evaluate((img: HTMLImageElement) => {
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const context = canvas.getContext('2d');
    if (!context) return 0;
    context.drawImage(img, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let dark = 0;
    let seen = 0;
    for (let at = 0; at < data.length; at += 4 * 16) {
      seen += 1;
      if ((data[at] ?? 255) + (data[at + 1] ?? 255) + (data[at + 2] ?? 255) < 200) dark += 1;
    }
    return dark / seen;
  });
}

test('select, download, preview and print to a CUPS queue: the printer gets the ZPL once', async ({ page }) => {
  await openLabels(page);
  await expect(page.getByTestId('labels-table').locator('[data-testid^="label-row-"]').first()).toBeVisible();
  await expect(page.getByTestId('labels-count')).not.toHaveText('');
  const ids = (await rowIds(page)).slice(0, 3);
  // Selected in reverse list order: printing follows the selection.
  chosen = [...ids].reverse();
  for (const id of chosen) await page.getByTestId(`label-row-${id}`).getByRole('checkbox').check();
  await expect(page.getByTestId('labels-selected')).toHaveText(t.selected.replace('{{count}}', '3'));
  await page.getByTestId('labels-fetch').click();
  await expect(page.getByTestId('labels-notice')).toHaveText(t.fetchResult.replace('{{ok}}', '3').replace('{{failed}}', '0'));
  await expect(page.getByTestId(`label-row-${chosen[0]}`).getByTestId('label-substatus')).toHaveText(t.substatus.printed, { timeout: 10_000 });

  await page.getByTestId(`label-row-${chosen[0]}`).getByRole('button', { name: t.previewOf.replace('{{id}}', String(chosen[0])) }).click();
  const image = page.getByTestId('labels-preview').locator('img');
  await expect(image).toBeVisible({ timeout: 30_000 });
  expect(await image.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([813, 1220]);
  expect(await seriousAxeViolations(page)).toEqual([]);
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'labels-screen.png'), fullPage: true });
  await page.getByTestId('labels-preview').screenshot({ path: path.join(SHOTS, 'labels-preview.png') });
  await page.getByTestId('labels-printers').screenshot({ path: path.join(SHOTS, 'labels-printer-profile.png') });

  await page.getByTestId('labels-printer').selectOption(`cups:${queue}`);
  await expect(page.getByTestId('labels-print')).toHaveText(t.printCount.replace('{{count}}', '3'));
  await page.getByTestId('labels-print').click();
  await expect(page.getByTestId('labels-job')).toContainText(t.job.sent.replace('{{total}}', '3'), { timeout: 20_000 });
  const [received] = await printer.waitForJobs(1);
  expect(received?.toString('utf8')).toBe(await expectedZpl(chosen));
});

test('a PDF label previews as a drawn page, at 203 dpi', async ({ page }) => {
  await openLabels(page);
  const [id] = await rowIds(page);
  await page.getByTestId('labels-format').selectOption('pdf');
  await page.getByTestId(`label-row-${id}`).getByRole('checkbox').check();
  await page.getByTestId('labels-fetch').click();
  await expect(page.getByTestId('labels-notice')).toHaveText(t.fetchResult.replace('{{ok}}', '1').replace('{{failed}}', '0'));
  await page.getByTestId(`label-row-${id}`).getByRole('button', { name: t.previewOf.replace('{{id}}', String(id)) }).click();
  const image = page.getByTestId('labels-preview').locator('img');
  await expect(image).toBeVisible({ timeout: 30_000 });
  // 4×6 in (288 × 432 pt) at 203 dpi, with ink on it.
  expect(await image.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([812, 1218]);
  const ink = await inkOf(page, '[data-testid="labels-preview"] img');
  expect(ink).toBeGreaterThan(0.01);
  expect(ink).toBeLessThan(0.6);
  await page.getByTestId('labels-preview').screenshot({ path: path.join(SHOTS, 'labels-preview-pdf.png') });
});

test('Print the labels of orders picked in Orders: the CUPS queue gets them once, in the order they were picked', async ({ page }) => {
  const app = new AppPage(page, store.host);
  await app.open();
  await page.getByLabel(ordersLocales.es.shippingFilter).selectOption('label_ready');
  await expect(page.getByTestId('order-row').first()).toBeVisible();
  // Three orders with a shipment each, picked out of table order: the third, the first, the second.
  const listed = await store.api('orders.query', { shipping: ['label_ready'], sort: 'date_desc', limit: 50 });
  const seen = new Set<number>();
  const rows = listed.rows.filter((row) => row.shippingId !== null && !seen.has(row.shippingId) && seen.add(row.shippingId));
  expect(rows.length).toBeGreaterThanOrEqual(3);
  const order = [rows[2], rows[0], rows[1]].map((row) => row as (typeof rows)[number]);
  for (const row of order) await page.getByLabel(ordersLocales.es.pick.replace('{{id}}', String(row.id))).check();
  await expect(page.getByTestId('orders-picked')).toContainText(t.ordersPicked_other.replace('{{count}}', '3'));
  await expect(page.getByTestId('orders-labels-print')).toHaveText(t.printCount.replace('{{count}}', '3'));
  // Picking never opens the order.
  await expect(page.getByTestId('order-detail')).toHaveCount(0);
  await page.screenshot({ path: path.join(SHOTS, 'orders-picked.png') });
  const before = printer.jobs.length;
  await page.getByTestId('orders-labels-printer').selectOption(`cups:${queue}`);
  await page.getByTestId('orders-labels-print').click();
  await expect(page.getByTestId('orders-labels-job')).toContainText(t.job.sent.replace('{{total}}', '3'), { timeout: 30_000 });
  const expected = await expectedZpl(order.map((row) => row.shippingId as number));
  const received = () => printer.jobs.slice(before).map((b) => b.toString('utf8')).join('');
  await expect.poll(received, { timeout: 20_000 }).toBe(expected);
  await page.waitForTimeout(1000);
  expect(received()).toBe(expected);
  // Clearing the selection goes back to the filter's print bar.
  await page.getByTestId('orders-picked-clear').click();
  await expect(page.getByTestId('orders-picked')).toHaveCount(0);
  await expect(page.getByTestId('orders-labels-print')).toHaveText(t.printLabels);
});

test("Documents for picked orders: a packing slip per order previewed page by page and printed to the CUPS queue as made; a picking list is one page", async ({ page }) => {
  const app = new AppPage(page, store.host);
  await app.open();
  await expect(page.getByTestId('order-row').first()).toBeVisible();
  const listed = await store.api('orders.query', { sort: 'date_desc', limit: 10 });
  const picked = listed.rows.slice(0, 2);
  for (const row of picked) await page.getByLabel(ordersLocales.es.pick.replace('{{id}}', String(row.id))).check();
  await page.getByTestId('orders-documents').click();
  const dialog = page.getByTestId('documents-dialog');
  await expect(dialog.getByRole('heading')).toHaveText(t.documents.title_other.replace('{{count}}', '2'));
  await dialog.getByTestId('documents-printer').selectOption(`cups:${queue}`);
  await expect(dialog.getByTestId('documents-made-for')).toContainText(t.documents.madeFor.replace('{{format}}', 'ZPL').replace('{{size}}', '4×6 in').replace('{{dpi}}', '203'));
  // One page per order, drawn as it will print (4×6 in at 203 dpi).
  const pages = dialog.getByTestId('documents-preview').locator('img');
  await expect(pages).toHaveCount(2, { timeout: 30_000 });
  expect(await pages.first().evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([813, 1220]);
  expect(await inkOf(page, '[data-testid="documents-preview"] img')).toBeGreaterThan(0.005);
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'documents-dialog-es-1280.png') });
  for (const [language, width] of [['pt-BR', 1000], ['en', 1280]] as const) {
    await store.api('settings.set', { language });
    await page.setViewportSize({ width, height: width === 1000 ? 700 : 800 });
    await expect(dialog.getByRole('heading')).toHaveText(labelsLocales[language].documents.title_other.replace('{{count}}', '2'));
    await page.screenshot({ path: path.join(SHOTS, `documents-dialog-${language}-${width}.png`) });
  }
  await store.api('settings.set', { language: 'es' });
  await page.setViewportSize({ width: 1280, height: 800 });
  expect(await seriousAxeViolations(page)).toEqual([]);

  // Printed exactly as made: the document's own ZPL reaches the printer once.
  const documents = await store.api('print.jobs', {});
  const before = printer.jobs.length;
  await dialog.getByTestId('documents-print').click();
  await expect(dialog.getByTestId('documents-job')).toContainText(t.job.sent.replace('{{total}}', '1'), { timeout: 30_000 });
  const [job] = (await store.api('print.jobs', {})).filter((entry) => !documents.some((old) => old.id === entry.id));
  const item = job?.items[0];
  if (item?.kind !== 'document') throw new Error('the job printed no document');
  const made = await store.api('labels.preview', { documentId: item.id });
  const received = await printer.waitForJobs(before + 1);
  expect(received[before]?.toString('utf8')).toBe(made.zpl);
  expect(made.zpl?.match(/\^XA/g)).toHaveLength(2);
  expect(made.zpl).toContain('^CI28');

  await dialog.getByTestId('documents-kind').selectOption('picking_list');
  await expect(pages).toHaveCount(1, { timeout: 30_000 });
  await expect(dialog.getByTestId('documents-pages')).toHaveText(t.documents.pages_one.replace('{{count}}', '1'));
  await dialog.getByRole('button', { name: t.documents.close }).click();
  await expect(dialog).toHaveCount(0);
  await page.getByTestId('orders-picked-clear').click();
});

test('Print labels from Orders with the "label ready" filter: the CUPS queue gets each label once, in table order', async ({ page }) => {
  const app = new AppPage(page, store.host);
  await app.open();
  await page.getByLabel(ordersLocales.es.shippingFilter).selectOption('label_ready');
  await expect(page.getByTestId('orders-labels-printbar')).toBeVisible();
  await expect(page.getByTestId('order-row').first()).toBeVisible();
  // What the filter shows, in the table's order (newest first), one label per shipment.
  const listed = await store.api('orders.query', { shipping: ['label_ready'], sort: 'date_desc', limit: 500 });
  const ids = [...new Set(listed.rows.filter((row) => row.labelReady && row.shippingId !== null).map((row) => row.shippingId as number))];
  expect(ids.length).toBeGreaterThan(3);
  const before = printer.jobs.length;
  await page.getByTestId('orders-labels-printer').selectOption(`cups:${queue}`);
  await page.getByTestId('orders-labels-print').click();
  await expect(page.getByTestId('orders-labels-job')).toContainText(t.job.sent.replace('{{total}}', String(ids.length)), { timeout: 30_000 });
  // A CUPS job per batch of 50 at most; batches that came back early go with the one before them.
  const parts = Math.ceil(ids.length / 50);
  const expected = await expectedZpl(ids);
  const received = () => printer.jobs.slice(before).map((b) => b.toString('utf8')).join('');
  await expect.poll(received, { timeout: 20_000 }).toBe(expected);
  await page.waitForTimeout(1000);
  expect(received()).toBe(expected);
  expect(printer.jobs.length - before).toBeGreaterThanOrEqual(1);
  expect(printer.jobs.length - before).toBeLessThanOrEqual(parts);
  await page.screenshot({ path: path.join(SHOTS, 'orders-print-labels.png') });
});

test('the same batch prints again with Mercado Libre stopped, then straight to a network printer', async ({ page }) => {
  await openLabels(page);
  await page.getByTestId('labels-show').selectOption('kept');
  for (const id of chosen) await page.getByTestId(`label-row-${id}`).getByRole('checkbox').check();
  const expected = await expectedZpl(chosen);
  await store.sim.close();
  const before = printer.jobs.length;
  await page.getByTestId('labels-printer').selectOption(`cups:${queue}`);
  await page.getByTestId('labels-print').click();
  await expect(page.getByTestId('labels-job')).toContainText(t.job.sent.replace('{{total}}', '3'), { timeout: 20_000 });
  const jobs = await printer.waitForJobs(before + 1);
  expect(jobs[before]?.toString('utf8')).toBe(expected);

  const direct = await startFakePrinter();
  try {
    const form = page.getByRole('form', { name: t.addPrinter });
    await form.getByLabel(t.name).fill('Zebra mostrador');
    await form.getByLabel(t.host).fill('127.0.0.1');
    await form.getByLabel(t.port).fill(String(direct.port));
    await form.getByRole('button', { name: t.add }).click();
    // The list is read again after the add (CUPS queues included): give a loaded machine time.
    await expect(page.getByTestId('labels-printer').locator('option', { hasText: 'Zebra mostrador' })).toHaveCount(1, { timeout: 20_000 });
    const value = await page.getByTestId('labels-printer').locator('option', { hasText: 'Zebra mostrador' }).getAttribute('value');
    await page.getByTestId('labels-printer').selectOption(value ?? '');
    await page.getByTestId('labels-print').click();
    await expect(page.getByTestId('labels-job')).toContainText(t.job.sent.replace('{{total}}', '3'), { timeout: 20_000 });
    // One connection for the whole batch, in the order of the selection.
    const received = await direct.waitForJobs(1);
    expect(received.map((b) => b.toString('utf8')).join('')).toBe(expected);
    // Nothing printed twice on either printer.
    await page.waitForTimeout(1000);
    expect(printer.jobs).toHaveLength(before + 1);
    expect(direct.jobs).toHaveLength(1);

    // The profile panel turned to the printer just added. Its test prints what the form says (saved first).
    const panel = page.getByTestId('labels-printers');
    await expect(panel.getByText(t.networkPrinter.replace('{{address}}', `127.0.0.1:${direct.port}`))).toBeVisible();
    await panel.getByLabel(t.darkness).fill('12');
    await panel.getByLabel(t.offsetX).fill('16');
    await panel.getByLabel(t.offsetY).fill('8');
    await panel.getByRole('button', { name: t.test }).click();
    await expect(panel.getByRole('status')).toHaveText(t.testSent.replace('{{printer}}', 'Zebra mostrador'));
    const [, test] = await direct.waitForJobs(2);
    expect(test?.toString('utf8')).toMatch(/^~SD12\n\^XA\^LH16,8/);
    // Choosing PDF and saving keeps the ZPL settings for when ZPL comes back.
    await panel.getByLabel(t.language).selectOption('pdf');
    await expect(panel.getByLabel(t.offsetX)).toHaveCount(0);
    await panel.getByRole('button', { name: t.save }).click();
    await expect(panel.getByRole('status')).toHaveText(t.profileSaved);
    const saved = (await store.api('printers.list', {})).printers.find((p) => p.id === value);
    expect(saved?.profile).toMatchObject({ language: 'pdf', darkness: 12, offsetX: 16, offsetY: 8 });
    await panel.getByLabel(t.language).selectOption('zpl');
    await expect(panel.getByLabel(t.offsetX)).toHaveValue('16');
    await panel.getByRole('button', { name: t.save }).click();
    await expect(panel.getByRole('status')).toHaveText(t.profileSaved);
    // A CUPS queue is said in the seller's words, not lpstat's English line.
    const queueOption = page.getByTestId('labels-printers').locator('option', { hasText: queue });
    await expect(queueOption).toHaveText(new RegExp(`^${queue} · (${Object.values(t.printerState).join('|')})$`));
    fs.mkdirSync(SHOTS, { recursive: true });
    await panel.screenshot({ path: path.join(SHOTS, 'labels-printer-offsets.png') });
  } finally {
    await direct.close();
  }
});
