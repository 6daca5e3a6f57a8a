/**
 * Listings and Questions against a real synced cache: the listings table shows the cached listings
 * (search, status filter, variations that expand), Questions puts the unanswered first with their
 * listing, and axe finds nothing serious on either screen with data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
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
