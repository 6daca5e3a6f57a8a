/**
 * Listings and Questions against a real synced cache: the listings table shows the cached listings
 * (search, status filter, variations that expand), Questions puts the unanswered first with their
 * listing, and axe finds nothing serious on either screen with data. When the host cannot read the
 * cache, each data screen says so in the same words and reads again when the seller retries.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { listingsLocales } from '../../renderer/features/listings/locales';
import { questionsLocales } from '../../renderer/features/questions/locales';
import es from '../../renderer/i18n/locales/es';
import { seriousAxeViolations } from './axe';
import { useSyncedDemoStore } from './data-fixtures';
import { AppPage } from './pages/app-page';

const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');
const listingsEs = listingsLocales.es;
const questionsEs = questionsLocales.es;
const countText = (template: { count_one: string; count_other: string }, count: number) =>
  (count === 1 ? template.count_one : template.count_other).replace('{{n}}', new Intl.NumberFormat('es-AR').format(count));

test.describe.configure({ mode: 'serial' });

const store = useSyncedDemoStore();

test('Listings shows the cached listings; search, status filter and variations work', async ({ page }) => {
  const app = new AppPage(page, store().host);
  await app.open();
  await app.goTo('listings', es);
  const { total } = await store().api('listings.query', { limit: 1 });
  expect(total).toBe(60);
  const count = page.getByTestId('listings-count');
  await expect(count).toHaveText(countText(listingsEs, total));
  const rows = page.getByTestId('listing-row');
  await expect(rows.first()).toBeVisible();

  const filters = page.getByRole('search');
  const paused = await store().api('listings.query', { statuses: ['paused'], limit: 500 });
  await filters.getByLabel(listingsEs.statusFilter).selectOption('paused');
  await expect(count).toHaveText(countText(listingsEs, paused.total));
  if (paused.rows.some((row) => row.subStatus.includes('out_of_stock'))) {
    await expect(page.getByTestId('listings-table')).toContainText(listingsEs.outOfStock);
  }
  await filters.getByLabel(listingsEs.statusFilter).selectOption('');

  const withSku = (await store().api('listings.query', { limit: 500 })).rows.find((row) => row.sku);
  await filters.getByLabel(listingsEs.search).fill(withSku?.sku ?? '');
  const bySku = await store().api('listings.query', { search: withSku?.sku ?? '', limit: 1 });
  await expect(count).toHaveText(countText(listingsEs, bySku.total));
  await expect(rows.first()).toContainText(withSku?.sku ?? '');
  await filters.getByLabel(listingsEs.search).fill('');

  const withVariations = (await store().api('listings.query', { limit: 500 })).rows.find((row) => row.variations.length > 1);
  if (!withVariations) throw new Error('the demo store has no listing with variations');
  await filters.getByLabel(listingsEs.search).fill(withVariations.id);
  const toggle = page.getByRole('button', { name: listingsEs.showVariations.replace('{{title}}', withVariations.title) });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const variations = page.getByRole('table', { name: listingsEs.variationsOf.replace('{{title}}', withVariations.title) });
  await expect(variations.getByRole('row')).toHaveCount(withVariations.variations.length + 1);

  expect(await seriousAxeViolations(page)).toEqual([]);
  await filters.getByLabel(listingsEs.search).fill('');
  await expect(count).toHaveText(countText(listingsEs, total));
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'listings-demo.png') });
});

test('Questions lists the unanswered first, with their listing and when they were asked', async ({ page }) => {
  const app = new AppPage(page, store().host);
  await app.open();
  await app.goTo('questions', es);
  const cached = await store().api('questions.query', { limit: 500 });
  expect(cached.unanswered).toBeGreaterThan(0);
  await expect(page.getByTestId('questions-summary')).toHaveText(
    questionsEs.summary.replace('{{unanswered}}', String(cached.unanswered)).replace('{{total}}', String(cached.total)),
  );
  const unanswered = page.getByTestId('questions-unanswered').getByTestId('question');
  await expect(unanswered).toHaveCount(cached.unanswered);
  const first = cached.rows[0];
  await expect(unanswered.first()).toContainText(first?.text ?? '');
  await expect(unanswered.first()).toContainText(first?.itemTitle ?? '');
  await expect(unanswered.first()).toContainText(/Preguntaron (hace|ayer|anteayer)/);
  const answered = cached.rows.find((row) => row.answerText);
  if (answered?.answerText) await expect(page.getByTestId('questions-answered')).toContainText(answered.answerText);

  expect(await seriousAxeViolations(page)).toEqual([]);
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'questions-demo.png') });
});

/** Makes the host answer `method` with the error it sends when the cache cannot be read, until healed. */
async function failing(page: Page, method: string): Promise<{ heal(): void; calls(): number }> {
  let broken = true;
  let calls = 0;
  await page.route(`**/rpc/${method}`, async (route) => {
    calls += 1;
    if (!broken) return route.fallback();
    await route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ code: 'internal', message: 'The cache could not be read.' }) });
  });
  return { heal: () => (broken = false), calls: () => calls };
}

test('Questions says when the cache cannot be read, and retrying reads it again', async ({ page }) => {
  const host = await failing(page, 'questions.query');
  const app = new AppPage(page, store().host);
  await app.open();
  await app.goTo('questions', es);
  const loadError = page.getByTestId('load-error');
  await expect(loadError.getByRole('alert')).toHaveText(es.errors.internal);
  await expect(page.getByTestId('question')).toHaveCount(0);
  await expect(page.getByTestId('questions-summary')).toHaveText('');
  expect(host.calls()).toBeGreaterThan(0);

  // Still failing: the retry asks again and the message stays.
  const before = host.calls();
  await loadError.getByRole('button', { name: es.app.retry }).click();
  await expect.poll(() => host.calls()).toBeGreaterThan(before);
  await expect(loadError.getByRole('alert')).toHaveText(es.errors.internal);

  host.heal();
  await loadError.getByRole('button', { name: es.app.retry }).click();
  await expect(loadError).toHaveCount(0);
  const cached = await store().api('questions.query', { limit: 1 });
  await expect(page.getByTestId('questions-summary')).toHaveText(
    questionsEs.summary.replace('{{unanswered}}', String(cached.unanswered)).replace('{{total}}', String(cached.total)),
  );
  await expect(page.getByTestId('questions-unanswered').getByTestId('question').first()).toContainText(cached.rows[0]?.text ?? '');
});

test('Listings and Orders show the same load error, and retrying reads again', async ({ page }) => {
  const app = new AppPage(page, store().host);
  const listings = await failing(page, 'listings.query');
  const orders = await failing(page, 'orders.query');
  await app.open();
  const loadError = page.getByTestId('load-error');
  await expect(loadError.getByRole('alert')).toHaveText(es.errors.internal);
  orders.heal();
  await loadError.getByRole('button', { name: es.app.retry }).click();
  await expect(loadError).toHaveCount(0);
  await expect(page.getByTestId('order-row').first()).toBeVisible();

  await app.goTo('listings', es);
  await expect(loadError.getByRole('alert')).toHaveText(es.errors.internal);
  await expect(page.getByTestId('listing-row')).toHaveCount(0);
  listings.heal();
  await loadError.getByRole('button', { name: es.app.retry }).click();
  await expect(loadError).toHaveCount(0);
  await expect(page.getByTestId('listings-count')).toHaveText(countText(listingsEs, 60));
});
