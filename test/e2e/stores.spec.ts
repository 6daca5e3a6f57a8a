/**
 * Connect, stores and offline as a seller meets them, in Chromium against the real host:
 * - with no account every section's empty state offers Connect (and says the demo store is in use),
 *   which opens the dialog naming the supported sites and marking those the demo store lacks;
 * - with three stores the status bar's "All stores" adds a store column to Orders and Listings, the
 *   UI language stays put, and the choice survives a restart of the host;
 * - with Mercado Libre out of reach a banner says how old the data is and what still works, connecting
 *   says so at once, and the banner goes when the connection is back.
 * Screenshots at 1280 and 1000 px in es, pt-BR and en are kept in test-results/screenshots/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { accountMessages } from '../../renderer/features/accounts/locales';
import { listingsLocales } from '../../renderer/features/listings/locales';
import { syncLocales } from '../../renderer/features/sync/locales';
import en from '../../renderer/i18n/locales/en';
import es from '../../renderer/i18n/locales/es';
import ptBR from '../../renderer/i18n/locales/pt-BR';
import type { Language } from '../../shared/settings';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/server';
import { seriousAxeViolations } from './axe';
import { startDataStore, useGatedDemoStore, type DataStore } from './data-fixtures';
import { test as appTest } from './fixtures';
import { AppPage, SECTIONS } from './pages/app-page';

const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');
const LANGUAGES = [
  ['es', es],
  ['pt-BR', ptBR],
  ['en', en],
] as const;
const WIDTHS = [1280, 1000] as const;
const LOJA_DO_SUL = 241000202;
const TIENDA_AZTECA = 241000303;
const A = accountMessages.es;

async function shoot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** Every language and width: switch the UI language through the local API, wait for it, then shoot. */
async function shootEverywhere(page: Page, app: AppPage, name: string, section: keyof typeof es.nav, ready: (language: Language) => Promise<void>): Promise<void> {
  for (const [language, messages] of LANGUAGES) {
    await app.api('settings.set', { language });
    await expect(app.heading).toHaveText(messages.nav[section]);
    await ready(language);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      await shoot(page, `${name}-${language}-${width}`);
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await app.api('settings.set', { language: null });
}

/** The status bar's connect action shows its words whole (not "+", not clipped) at this width. */
async function connectLinkReadable(page: Page): Promise<boolean> {
  return page.getByTestId('status-connect').locator('.link-button__text').evaluate((text) => {
    const box = text.getBoundingClientRect();
    return box.width > 40 && text.scrollWidth <= Math.ceil(box.width) && getComputedStyle(text).clip !== 'rect(0px, 0px, 0px, 0px)';
  });
}

appTest.describe('with no account connected (the demo store)', () => {
  appTest('every section offers Connect, which opens the dialog with the supported sites marked', async ({ app, page }) => {
    appTest.setTimeout(90_000);
    const connect = app.emptyState.getByRole('button', { name: A.connect.action });
    for (const section of SECTIONS.filter((id) => id !== 'settings')) {
      await app.goTo(section, es);
      await expect(connect, `${section} offers Connect`).toBeVisible();
      await expect(app.emptyState.getByTestId('empty-connect-demo')).toHaveText(A.connect.demoNote);
    }

    await app.goTo('orders', es);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      expect(await connectLinkReadable(page), `the status-bar connect link at ${width} px`).toBe(true);
      await expect(app.statusBar.getByTestId('status-connect')).toContainText(A.connect.actionShort);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await shootEverywhere(page, app, 'stores-empty-orders', 'orders', async (language) => {
      await expect(app.emptyState.getByRole('button', { name: accountMessages[language].connect.action })).toBeVisible();
    });
    expect(await seriousAxeViolations(page)).toEqual([]);

    await connect.click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const site = dialog.getByLabel(A.connect.site);
    await expect(site).toBeFocused();
    // The demo store has sample stores in Argentina, Brazil and Mexico; the other sites are listed but cannot be chosen.
    await expect(site.locator('option:not([disabled])')).toHaveText([A.sites.MLA, A.sites.MLB, A.sites.MLM]);
    await expect(site.locator('option[disabled]')).toHaveText(['MLC', 'MCO', 'MLU', 'MPE'].map((id) => A.connect.siteUnreachable.replace('{{site}}', A.sites[id as keyof typeof A.sites])));
    await expect(dialog).toContainText('Mostrador funciona con Mercado Libre de Argentina, Brasil, México, Chile, Colombia, Uruguay y Perú');
    await expect(dialog).toContainText('la tienda demo tiene tiendas de ejemplo de Argentina, Brasil y México');
    await shoot(page, 'stores-connect-dialog-es-1280');
    expect(await seriousAxeViolations(page, '[data-testid="connect-dialog"]')).toEqual([]);
  });
});

test.describe('with three stores', () => {
  let store: DataStore | undefined;
  const data = () => {
    if (!store) throw new Error('the store has not started');
    return store;
  };
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    store = await startDataStore();
    for (const seller of [DEMO_SELLER_ID, LOJA_DO_SUL, TIENDA_AZTECA]) {
      await store.connectSeller(seller);
      await store.waitForSyncIdle(60_000);
    }
  });
  test.afterAll(async () => {
    await store?.close();
  });

  test('"All stores" shows a store column on Orders and Listings, keeps the language, and survives a restart', async ({ page }) => {
    test.setTimeout(120_000);
    // The last account connected is the chosen one.
    expect((await data().api('settings.get')).activeUserId).toBe(TIENDA_AZTECA);
    let app = new AppPage(page, data().host);
    await app.open();
    const chooser = page.getByTestId('store-chooser');
    await expect(chooser).toHaveValue(String(TIENDA_AZTECA));
    await app.goTo('listings', es);
    const L = listingsLocales;
    const count = page.getByTestId('listings-count');
    const countText = (total: number, language: Language) =>
      (total === 1 ? L[language].count_one : L[language].count_other).replace('{{n}}', new Intl.NumberFormat(language === 'es' ? 'es-AR' : language).format(total));
    const all = (await data().api('listings.query', { limit: 1 })).total;
    const azteca = (await data().api('listings.query', { accountIds: [TIENDA_AZTECA], limit: 1 })).total;
    const sul = (await data().api('listings.query', { accountIds: [LOJA_DO_SUL], limit: 1 })).total;
    expect(azteca).toBeGreaterThan(0);
    expect(all).toBeGreaterThan(azteca + sul);
    await expect(count).toHaveText(countText(azteca, 'es'));
    const table = page.getByTestId('listings-table');
    await expect(table.getByRole('columnheader', { name: A.switcher.column })).toHaveCount(0);

    // A Brazilian store turns the UI Portuguese; "All stores" then leaves the language as it is.
    await chooser.selectOption({ label: 'LOJA.DO.SUL · MLB' });
    await expect(app.heading).toHaveText(ptBR.nav.listings);
    await expect(count).toHaveText(countText(sul, 'pt-BR'));
    await chooser.selectOption({ label: accountMessages['pt-BR'].switcher.all.replace('{{count}}', '3') });
    await expect(count).toHaveText(countText(all, 'pt-BR'));
    await expect(app.heading).toHaveText(ptBR.nav.listings);
    await expect(table.getByRole('columnheader', { name: accountMessages['pt-BR'].switcher.column })).toBeVisible();
    await expect(page.getByTestId('listing-row').first().getByTestId('store-name')).toHaveText(/^(TIENDA\.PAMPA|LOJA\.DO\.SUL|TIENDA\.AZTECA)(MLA|MLB|MLM)$/);
    expect((await data().api('settings.get')).activeUserId).toBe('all');

    await app.goTo('orders', ptBR);
    await expect(page.getByTestId('orders-table').getByRole('columnheader', { name: accountMessages['pt-BR'].switcher.column })).toBeVisible();
    const orders = await data().api('orders.query', { limit: 1 });
    await expect(page.getByTestId('orders-count')).toContainText(new Intl.NumberFormat('pt-BR').format(orders.total));

    // Reopening the app (a new host process, a new port in browser mode) keeps "All stores".
    await data().restartHost();
    app = new AppPage(page, data().host);
    await app.open();
    await expect(page.getByTestId('store-chooser')).toHaveValue('all');
    await app.goTo('listings', ptBR);
    await expect(count).toHaveText(countText(all, 'pt-BR'));
    await expect(table.getByRole('columnheader', { name: accountMessages['pt-BR'].switcher.column })).toBeVisible();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await shootEverywhere(page, app, 'stores-listings-all', 'listings', async (language) => {
      await expect(table.getByRole('columnheader', { name: accountMessages[language].switcher.column })).toBeVisible();
    });
    await app.api('settings.set', { language: 'es' });
    await app.goTo('orders', es);
    await expect(page.getByTestId('order-row').first().getByTestId('store-name')).toBeVisible();
    await shoot(page, 'stores-orders-all-es-1280');
    await page.setViewportSize({ width: 1000, height: 800 });
    await shoot(page, 'stores-orders-all-es-1000');
  });
});

test.describe('with Mercado Libre out of reach', () => {
  const ready = useGatedDemoStore();

  test('a banner says offline with the data time and what still works; connecting says so at once; the banner goes when back', async ({ page }) => {
    test.setTimeout(150_000);
    const { store, gate } = ready();
    const app = new AppPage(page, store.host);
    await app.open();
    const banner = page.getByTestId('offline-banner');
    await expect(page.getByTestId('order-row').first()).toBeVisible();
    await expect(banner).toHaveCount(0);

    await gate.shut();
    const S = syncLocales.es;
    await app.statusBar.getByRole('button', { name: S.syncNow }).click();
    // An unreachable host is given up after three quick tries; the margin covers a slow machine.
    await expect(banner).toBeVisible({ timeout: 60_000 });
    await expect(banner).toContainText(/Sin conexión — datos de \d{1,2}:\d{2}/);
    await expect(banner).toContainText(S.offlineWorks);
    // Under the section's header, and the screen keeps working from the saved copy.
    const [headerBox, bannerBox] = await Promise.all([page.locator('.page-header').boundingBox(), banner.boundingBox()]);
    expect(bannerBox?.y ?? 0).toBeGreaterThan((headerBox?.y ?? 0) + (headerBox?.height ?? 0) - 1);
    await expect(page.getByTestId('order-row').first()).toBeVisible();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await shootEverywhere(page, app, 'stores-offline-banner', 'orders', async (language) => {
      await expect(banner).toContainText(syncLocales[language].offlineWorks);
    });

    // Connecting now cannot work: the dialog says so at once instead of waiting for Mercado Libre.
    await app.statusBar.getByTestId('status-connect').getByRole('button').click();
    const dialog = page.getByRole('dialog');
    const started = Date.now();
    await dialog.getByRole('button', { name: A.connect.start, exact: true }).click();
    await expect(dialog.getByTestId('connect-error')).toHaveText(A.reasons.offline, { timeout: 8_000 });
    expect(Date.now() - started).toBeLessThan(8_000);
    await dialog.getByRole('button', { name: A.connect.close }).click();

    await gate.open();
    await app.statusBar.getByRole('button', { name: S.syncNow }).click();
    await expect(banner).toHaveCount(0, { timeout: 60_000 });
  });
});
