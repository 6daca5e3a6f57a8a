/**
 * Labels end to end in Chromium through the web host, against the simulator: select shipments →
 * download → preview (drawn locally) → print to a real CUPS queue whose device is
 * socket://127.0.0.1:PORT, where a loopback listener stands in for the printer and must receive
 * exactly the expected ZPL, once; the same batch again with the simulator stopped; then straight to a
 * network printer added by address. Screenshots of the screen and the preview are kept.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import es from '../../renderer/i18n/locales/es';
import { labelsLocales } from '../../renderer/features/labels/locales';
import { startFakePrinter, type FakePrinter } from '../printing/fake-printer';
import { startDataStore, type DataStore } from './data-fixtures';
import { AppPage } from './pages/app-page';

const t = labelsLocales.es;
const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');
const lpadmin = ['/usr/sbin/lpadmin', '/usr/bin/lpadmin'].find((file) => fs.existsSync(file)) ?? null;

test.describe.configure({ mode: 'serial' });
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

test('select, download, preview and print to a CUPS queue: the printer gets the ZPL once', async ({ page }) => {
  await openLabels(page);
  const rows = page.getByTestId('labels-table').locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  const ids = (await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-testid')?.replace('label-row-', ''))))).slice(0, 3);
  // Selected in reverse list order: printing follows the selection.
  chosen = [...ids].reverse();
  for (const id of chosen) await page.getByTestId(`label-row-${id}`).getByRole('checkbox').check();
  await expect(page.getByTestId('labels-selected')).toHaveText(t.selected.replace('{{count}}', '3'));
  await page.getByTestId('labels-fetch').click();
  await expect(page.getByTestId('labels-notice')).toHaveText(t.fetchResult.replace('{{ok}}', '3').replace('{{failed}}', '0'));
  await expect(page.getByTestId(`label-row-${chosen[0]}`).getByTestId('label-substatus')).toHaveText(t.substatus.printed, { timeout: 10_000 });

  await page.getByTestId(`label-row-${chosen[0]}`).getByRole('button', { name: t.preview }).click();
  const image = page.getByTestId('labels-preview').locator('img');
  await expect(image).toBeVisible({ timeout: 30_000 });
  expect(await image.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([813, 1220]);
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'labels-screen.png'), fullPage: true });
  await page.getByTestId('labels-preview').screenshot({ path: path.join(SHOTS, 'labels-preview.png') });
  await page.getByTestId('labels-printers').screenshot({ path: path.join(SHOTS, 'labels-printer-profile.png') });

  await page.getByTestId('labels-printer').selectOption(`cups:${queue}`);
  await page.getByTestId('labels-print').click();
  await expect(page.getByTestId('labels-job')).toContainText(t.job.sent.replace('{{total}}', '3'), { timeout: 20_000 });
  const [received] = await printer.waitForJobs(1);
  expect(received?.toString('utf8')).toBe(await expectedZpl(chosen));
});

test('the same batch prints again with Mercado Libre stopped, then straight to a network printer', async ({ page }) => {
  await openLabels(page);
  await page.getByTestId('labels-show').selectOption('kept');
  for (const id of chosen) await page.getByTestId(`label-row-${id}`).getByRole('checkbox').check();
  const expected = await expectedZpl(chosen);
  await store.sim.close();
  await page.getByTestId('labels-printer').selectOption(`cups:${queue}`);
  await page.getByTestId('labels-print').click();
  await expect(page.getByTestId('labels-job')).toContainText(t.job.sent.replace('{{total}}', '3'), { timeout: 20_000 });
  const jobs = await printer.waitForJobs(2);
  expect(jobs[1]?.toString('utf8')).toBe(expected);

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
    const received = await direct.waitForJobs(3);
    expect(received.map((b) => b.toString('utf8')).join('')).toBe(expected);
    // Nothing printed twice on either printer.
    await page.waitForTimeout(1000);
    expect(printer.jobs).toHaveLength(2);
    expect(direct.jobs).toHaveLength(3);
  } finally {
    await direct.close();
  }
});
