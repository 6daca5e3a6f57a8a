/**
 * Money by the store's site and words by the UI language, with two stores (TIENDA.PAMPA on MLA, LOJA.DO.SUL
 * on MLB): in every UI language an Argentine total reads "$ 16.790,00" and a Brazilian one "R$ 198,90".
 * Screenshots of Orders and Listings at 1280 and 1000 px in es, pt-BR and en, and of the sync bar mid-sync
 * (overall progress, the step named), go to test-results/screenshots/ for a person to look at.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { listingsLocales } from '../../renderer/features/listings/locales';
import { syncLocales } from '../../renderer/features/sync/locales';
import { seriousAxeViolations } from './axe';
import { startDataStore, type DataStore } from './data-fixtures';
import { LANGUAGES, WIDTHS } from './screen-variants';
import { AppPage } from './pages/app-page';

const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');
const LOJA_DO_SUL = 241000202;
const DEMO_SELLER = 241000101;
/** "$ 16.790,00" (pesos, never "ARS …" or "16,790.00") and "R$ 198,90" (reais, never "BRL …"). */
const PESOS = /^\$\u00a0\d{1,3}(\.\d{3})*,\d{2}$/;
const REAIS = /^R\$\u00a0\d{1,3}(\.\d{3})*,\d{2}$/;

test.describe.configure({ mode: 'serial' });

let store: DataStore | undefined;
const shop = () => {
  if (!store) throw new Error('the store has not started');
  return store;
};

test.beforeAll(async () => {
  test.setTimeout(90_000);
  store = await startDataStore();
  await store.connectDemoSeller();
  await store.waitForSyncIdle();
  await store.connectSeller(LOJA_DO_SUL);
  await store.waitForSyncIdle();
});

test.afterAll(async () => {
  await store?.close();
});

for (const { language, messages } of LANGUAGES) {
  for (const width of WIDTHS) {
    test(`Orders and Listings show each store's money in ${language} at ${width} px (screenshots)`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.setViewportSize({ width, height: width === 1000 ? 700 : 800 });
      await shop().api('settings.set', { language });
      const app = new AppPage(page, shop().host);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await app.open();
      fs.mkdirSync(SHOTS, { recursive: true });

      const totals = page.locator('[data-testid="order-row"] .orders-cell--total');
      await expect(totals.first()).toBeVisible();
      // The store chosen in the status bar decides the rows; "All stores" mixes both sites' money.
      const chooser = page.getByTestId('store-chooser');
      await chooser.selectOption('all');
      await page.screenshot({ path: path.join(SHOTS, `money-orders-${language}-${width}.png`) });
      for (const [userId, shape] of [[LOJA_DO_SUL, REAIS], [DEMO_SELLER, PESOS]] as const) {
        await chooser.selectOption(String(userId));
        await expect(totals.first()).toHaveText(shape);
      }
      await chooser.selectOption('all');

      await app.goTo('listings', messages);
      const prices = page.getByTestId('listing-price');
      await expect(page.getByLabel(listingsLocales[language].tableLabel, { exact: true })).toBeVisible();
      await expect(prices.first()).toBeVisible();
      await page.screenshot({ path: path.join(SHOTS, `money-listings-${language}-${width}.png`) });
      const shown = await prices.allTextContents();
      const main = shown.map((text) => text.trim().split(/\s{2,}|\n/)[0] ?? '');
      expect(main.some((text) => PESOS.test(text)), main.join(' | ')).toBe(true);
      expect(main.some((text) => REAIS.test(text)), main.join(' | ')).toBe(true);
      expect(main.filter((text) => /ARS|BRL/.test(text))).toEqual([]);
      expect(await seriousAxeViolations(page)).toEqual([]);
    });
  }
}

test('the sync bar shows the whole sync mid-way, in each language (screenshots)', async ({ page }) => {
  test.setTimeout(120_000);
  const progress = page.getByTestId('sync-progress-bar');
  for (const { language, messages } of LANGUAGES) {
    await shop().api('settings.set', { language });
    const app = new AppPage(page, shop().host);
    await app.open();
    await expect(app.heading).toHaveText(messages.nav.orders);
    // Slow answers keep the sync on screen long enough to be seen between steps.
    await shop().sim.admin('/__sim/config', { method: 'PUT', body: { latency: { minMs: 150, maxMs: 150 } } });
    // As the seller does it: the status bar's button (which also reads the status back at once, so the
    // bar shows even before the page's event stream is up).
    await page.getByRole('button', { name: syncLocales[language].syncNow, exact: true }).click();
    const step = { es: /paso [2-4] de 4/, 'pt-BR': /etapa [2-4] de 4/, en: /step [2-4] of 4/ }[language];
    await expect(page.getByTestId('sync-progress')).toContainText(step, { timeout: 30_000 });
    // Read together: step N of 4 sits between (N-1)/4 and N/4 of the bar.
    const seen = await progress.first().evaluate((bar: HTMLProgressElement) => ({ value: bar.value, label: bar.getAttribute('aria-valuetext') ?? '' }));
    const number = Number(/(\d) (?:de|of) 4/.exec(seen.label)?.[1]);
    expect(seen.value, seen.label).toBeGreaterThanOrEqual((number - 1) * 25);
    expect(seen.value, seen.label).toBeLessThanOrEqual(number * 25);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: width === 1000 ? 700 : 800 });
      await page.screenshot({ path: path.join(SHOTS, `sync-bar-${language}-${width}.png`) });
    }
    await shop().sim.admin('/__sim/config', { method: 'PUT', body: { latency: { minMs: 0, maxMs: 0 } } });
    await shop().waitForSyncIdle(60_000);
  }
});
