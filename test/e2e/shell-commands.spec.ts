/**
 * The menu's commands and new-order notifications end to end in Chromium, against the simulator. The
 * desktop shell's `shell.command` reaches the window the same way through the local API (`shell.run`,
 * emitted by main like a menu click): Next question opens the question waiting longest with the focus in
 * its answer box, then the next one; Print opens the Labels print flow. In browser mode the same commands
 * have Alt+Shift shortcuts, and a sale made on Mercado Libre raises a real Web Notification (permission
 * granted to the page) whose click opens the order.
 */
import { expect, test, type Page } from '@playwright/test';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/server';
import { ordersLocales } from '../../renderer/features/orders/locales';
import es from '../../renderer/i18n/locales/es';
import { seriousAxeViolations } from './axe';
import { useSyncedDemoStore } from './data-fixtures';
import { AppPage } from './pages/app-page';

test.describe.configure({ mode: 'serial' });
const store = useSyncedDemoStore();

async function openApp(page: Page): Promise<AppPage> {
  const app = new AppPage(page, store().host);
  await app.open();
  return app;
}

async function unanswered(): Promise<Array<{ id: number; text: string }>> {
  return (await store().api('questions.query', { statuses: ['UNANSWERED'], limit: 3 })).rows;
}

test('Next question from the menu opens the question waiting longest, focused for the answer, then the next', async ({ page }) => {
  const app = await openApp(page);
  await expect(app.heading).toHaveText(es.nav.orders);
  const [first, second] = await unanswered();
  if (!first || !second) throw new Error('fewer than two unanswered questions');

  await store().api('shell.run', { command: 'next-question' });
  await expect(app.heading).toHaveText(es.nav.questions);
  const panel = page.getByTestId('question-panel');
  await expect(panel.getByTestId('open-question-text')).toHaveText(first.text);
  await expect(panel.getByTestId('answer-text')).toBeFocused();

  // Typing goes straight into the answer; the next command moves on to the next unanswered question.
  await page.keyboard.type('Hola');
  await expect(panel.getByTestId('answer-text')).toHaveValue('Hola');
  await store().api('shell.run', { command: 'next-question' });
  await expect(panel.getByTestId('open-question-text')).toHaveText(second.text);
  await expect(panel.getByTestId('answer-text')).toBeFocused();
  await expect(panel.getByTestId('answer-text')).toHaveValue('');
  expect(await seriousAxeViolations(page)).toEqual([]);

  // Bad input is refused before anything reaches the window.
  expect((await app.api('shell.run', { command: 'format-disk' })).status).toBe(400);
});

test('Print from the menu opens the Labels print flow; Alt+Shift+N and Alt+Shift+P do the same in the browser', async ({ page }) => {
  const app = await openApp(page);
  await store().api('shell.run', { command: 'print' });
  await expect(app.heading).toHaveText(es.nav.labels);
  await expect(page.getByTestId('labels-printbar')).toBeVisible();

  const [first] = await unanswered();
  await page.keyboard.press('Alt+Shift+KeyN');
  await expect(app.heading).toHaveText(es.nav.questions);
  await expect(page.getByTestId('question-panel').getByTestId('open-question-text')).toHaveText(first?.text ?? '');
  await expect(page.getByTestId('question-panel').getByTestId('answer-text')).toBeFocused();
  await page.keyboard.press('Alt+Shift+KeyP');
  await expect(app.heading).toHaveText(es.nav.labels);
});

test("on a Mac the shortcuts leave a text box to type Option+Shift's characters, and work outside it", async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'platform', { get: () => 'MacIntel', configurable: true }));
  const app = await openApp(page);
  await page.keyboard.press('Alt+Shift+KeyN');
  await expect(app.heading).toHaveText(es.nav.questions);
  const answer = page.getByTestId('question-panel').getByTestId('answer-text');
  await expect(answer).toBeFocused();
  // In the answer box the key is the seller's ("∏" on a Mac keyboard), not Print.
  const kept = await answer.evaluate((box) => {
    const event = new KeyboardEvent('keydown', { key: '∏', code: 'KeyP', altKey: true, shiftKey: true, bubbles: true, cancelable: true });
    box.dispatchEvent(event);
    return !event.defaultPrevented;
  });
  expect(kept).toBe(true);
  await page.waitForTimeout(300);
  await expect(app.heading).toHaveText(es.nav.questions);
  await answer.blur();
  await page.keyboard.press('Alt+Shift+KeyP');
  await expect(app.heading).toHaveText(es.nav.labels);
});

/** Records every Web Notification the page shows (the real one is still created), and lets the test click it. */
function recordNotifications(): void {
  const shown: Array<{ title: string; body: string; click(): void }> = [];
  const Real = window.Notification;
  class Recorded extends Real {
    constructor(title: string, options?: NotificationOptions) {
      super(title, options);
      shown.push({ title, body: options?.body ?? '', click: () => this.onclick?.call(this, new Event('click')) });
    }
  }
  Object.defineProperty(window, 'Notification', { value: Recorded, configurable: true });
  Object.defineProperty(window, '__notifications', { value: shown });
}

const shownNotifications = (page: Page) => page.evaluate(() => (window as unknown as { __notifications: Array<{ title: string; body: string }> }).__notifications.map(({ title, body }) => ({ title, body })));

test('a sale on Mercado Libre raises one notification after Alt+Shift+S syncs, and its click opens the order', async ({ page, context }) => {
  test.setTimeout(60_000);
  const { sim } = store();
  await context.grantPermissions(['notifications']);
  await page.addInitScript(recordNotifications);
  const app = await openApp(page);
  expect(await page.evaluate(() => Notification.permission)).toBe('granted');
  await app.goTo('listings', es);

  const [sale] = (await sim.admin('/__sim/sales', { method: 'POST', body: { seller_id: DEMO_SELLER_ID } })) as Array<{ id: number; order_items: Array<{ item: { title: string } }> }>;
  if (!sale) throw new Error('the simulator made no sale');
  const title = sale.order_items[0]?.item.title ?? '';
  await page.keyboard.press('Alt+Shift+KeyS');
  await expect.poll(() => shownNotifications(page), { timeout: 30_000 }).toEqual([{ title: ordersLocales.es.newOrders_one, body: expect.stringContaining(title) }]);

  await page.evaluate(() => (window as unknown as { __notifications: Array<{ click(): void }> }).__notifications[0]?.click());
  await expect(app.heading).toHaveText(es.nav.orders);
  await expect(page.getByTestId('order-detail')).toContainText(String(sale.id));

  // The same order read again by the next sync is no news.
  await store().api('sync.now', {});
  await store().waitForSyncIdle();
  expect(await shownNotifications(page)).toHaveLength(1);
});
