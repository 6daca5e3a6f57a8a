/**
 * The app works from the keyboard alone: the skip links are the first Tab stops, the navigation follows,
 * Enter and Space open sections, F6 moves between navigation, content and the status bar, sort headers
 * keep focus (Enter again reverses), and whatever has focus shows a visible outline.
 */
import type { Page } from '@playwright/test';
import { ordersLocales } from '../../renderer/features/orders/locales';
import es from '../../renderer/i18n/locales/es';

const orders = ordersLocales.es;
import { useSyncedDemoStore } from './data-fixtures';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { describeFocus, scrollY, type FocusInfo } from './in-page';

/** What has focus now and how its focus ring is drawn. */
function focused(page: Page): Promise<FocusInfo> {
  return page.evaluate(describeFocus);
}

function expectVisibleRing(info: FocusInfo): void {
  expect(info.outlineStyle).not.toBe('none');
  expect(info.outlineWidth).toBeGreaterThanOrEqual(2);
  expect(info.outlineColor).not.toMatch(/rgba\(\d+, \d+, \d+, 0\)|transparent/);
}

test('Tab reaches the skip link first, and it moves focus into the main content', async ({ app, page }) => {
  await page.keyboard.press('Tab');
  const skip = await focused(page);
  expect(skip.text).toBe(es.app.skipToContent);
  expect(skip.inViewport).toBe(true);
  expectVisibleRing(skip);

  await page.keyboard.press('Enter');
  await expect(app.main).toBeFocused();
  await expect(page).toHaveURL(/#\/orders$/); // The skip link must not clobber the section in the hash.
});

test('Tab walks the navigation; Enter and Space open sections; focus stays visible', async ({ app, page }) => {
  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab'); // skip to the status bar
  expect((await focused(page)).text).toBe(es.app.skipToStatus);
  await page.keyboard.press('Tab');
  const first = await focused(page);
  expect(first.section).toBe('orders');
  expectVisibleRing(first);

  const order: string[] = [];
  for (let step = 0; step < 6; step += 1) {
    await page.keyboard.press('Tab');
    const info = await focused(page);
    order.push(info.section ?? info.tag);
    expectVisibleRing(info);
  }
  expect(order).toEqual(['listings', 'stock', 'questions', 'labels', 'changes', 'settings']);

  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab'); // back on Questions
  await page.keyboard.press('Enter');
  await expect(app.heading).toHaveText(es.nav.questions);
  await expect(page).toHaveURL(/#\/questions$/);
  expectVisibleRing(await focused(page));

  await page.keyboard.press('Shift+Tab'); // Stock
  await page.keyboard.press(' ');
  await expect(app.heading).toHaveText(es.nav.stock);
  expect(await page.evaluate(scrollY)).toBe(0); // Space navigated instead of scrolling.
});

/** Presses Tab until focus lands on what `matches` accepts; every stop on the way must show its ring. */
async function tabUntil(page: Page, matches: (info: FocusInfo) => boolean, maxSteps = 15): Promise<FocusInfo> {
  const visited: string[] = [];
  for (let step = 0; step < maxSteps; step += 1) {
    await page.keyboard.press('Tab');
    const info = await focused(page);
    expectVisibleRing(info);
    if (matches(info)) return info;
    visited.push(`${info.tag} "${info.text.slice(0, 30)}"`);
  }
  throw new Error(`Tab never reached the target; it visited: ${visited.join(', ')}`);
}

test('Settings can be changed without a mouse', async ({ app, page }) => {
  await app.navLink('settings').focus();
  await page.keyboard.press('Enter');
  await expect(app.heading).toHaveText(es.nav.settings);

  // From the nav, Tab moves into the page and reaches the language selector, then the sync interval.
  await tabUntil(page, (info) => info.tag === 'select');
  await tabUntil(page, (info) => info.tag === 'input');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('30');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('settings-sync').getByTestId('save-message')).toHaveText(es.settings.saved);
  expect((await app.api('settings.get')).body).toMatchObject({ syncIntervalMinutes: 30 });
});

test('F6 cycles navigation, content and status bar; the second skip link lands in the status bar', async ({ app, page }) => {
  await app.main.focus();
  await page.keyboard.press('F6');
  await expect(app.statusBar.locator(':focus')).toHaveCount(1); // main → status bar, on its first control
  expectVisibleRing(await focused(page));
  await page.keyboard.press('F6');
  await expect(app.nav.locator(':focus')).toHaveCount(1); // status bar → navigation (wraps around)
  expect((await focused(page)).section).toBe('orders'); // the current section's link
  await page.keyboard.press('F6');
  await expect(app.main).toBeFocused();
  await page.keyboard.press('Shift+F6');
  await expect(app.nav.locator(':focus')).toHaveCount(1);

  await page.keyboard.press('Shift+Tab'); // from the first section link back to the skip links
  expect((await focused(page)).text).toBe(es.app.skipToStatus);
  await page.keyboard.press('Enter');
  await expect(app.statusBar.locator(':focus')).toHaveCount(1);
});

test.describe('with synced orders', () => {
  const store = useSyncedDemoStore();

  test('a sort header keeps focus after Enter, Enter again reverses; F6 reaches the status bar from a row', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const app = new AppPage(page, store().host);
    await app.open();
    const rows = page.getByTestId('order-row');
    await expect(rows.first()).toBeVisible();
    const header = page.getByRole('columnheader', { name: orders.column.total });
    const sort = header.getByRole('button');
    await sort.focus();
    for (const direction of ['descending', 'ascending', 'descending']) {
      await page.keyboard.press('Enter');
      await expect(header).toHaveAttribute('aria-sort', direction);
      await expect(sort).toBeFocused();
      await expect(rows.first()).not.toContainText(orders.loadingRow);
      expectVisibleRing(await focused(page));
    }
    const buyer = page.getByRole('columnheader', { name: orders.column.buyer });
    await buyer.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(buyer).toHaveAttribute('aria-sort', 'ascending');
    await page.keyboard.press('Enter');
    await expect(buyer).toHaveAttribute('aria-sort', 'descending');
    await expect(buyer.getByRole('button')).toBeFocused();

    // From deep in the table, one key reaches the status bar, without tabbing past every row.
    await rows.nth(3).getByRole('button').focus();
    await page.keyboard.press('F6');
    await expect(app.statusBar.locator(':focus')).toHaveCount(1);
    expect((await focused(page)).inViewport).toBe(true);
  });
});
