/**
 * The app works from the keyboard alone: the skip link is the first Tab stop, the navigation follows,
 * Enter and Space open sections, and whatever has focus shows a visible outline.
 */
import type { Page } from '@playwright/test';
import es from '../../renderer/i18n/locales/es';
import { expect, test } from './fixtures';
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
