/**
 * The Questions inbox end to end in Chromium against the simulator: a question asked on Mercado Libre
 * (its text holding markup and an <img onerror>) arrives with the next sync, raises a notification whose
 * click opens it, renders inert, and is answered from the keyboard with a template: "answer pending"
 * while Mercado Libre cannot be reached, then answered, with one POST /answers in the simulator's log.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/server';
import { questionsLocales } from '../../renderer/features/questions/locales';
import es from '../../renderer/i18n/locales/es';
import { seriousAxeViolations } from './axe';
import { useSyncedDemoStore } from './data-fixtures';
import { AppPage } from './pages/app-page';

const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');
const q = questionsLocales.es;
const HOSTILE = '<b>¿Tienen</b> stock? <img src=x onerror="window.__pwned = true"> <script>window.__pwned = true</script>';

test.describe.configure({ mode: 'serial' });
const store = useSyncedDemoStore();

/** Stands in for the browser's Notification: records what the page shows, and lets the test click it. */
function fakeNotifications(): void {
  const shown: Array<{ title: string; body: string; click(): void }> = [];
  class RecordedNotification {
    static permission = 'granted';
    static requestPermission = () => Promise.resolve('granted');
    onclick: (() => void) | null = null;
    constructor(title: string, options?: { body?: string }) {
      shown.push({ title, body: options?.body ?? '', click: () => this.onclick?.() });
    }
    close(): void {}
  }
  Object.defineProperty(window, 'Notification', { value: RecordedNotification, configurable: true });
  Object.defineProperty(window, '__notifications', { value: shown });
}

test('a new question arrives with a notification, renders inert, and is answered with a template from the keyboard', async ({ page }) => {
  test.setTimeout(90_000);
  const { sim, api } = store();
  await api('templates.save', { name: 'Stock', language: 'es', text: '{greeting}! Sí, de {title} quedan {stock}.' });
  await page.addInitScript(fakeNotifications);
  const app = new AppPage(page, store().host);
  await app.open();
  await app.goTo('questions', es);
  const unansweredBefore = (await api('questions.query', { statuses: ['UNANSWERED'], limit: 1 })).total;
  await expect(page.getByTestId('questions-nav-count')).toContainText(String(unansweredBefore));
  await expect(page.getByTestId('questions-figures')).toContainText(/mediana \d/);

  // A buyer asks on Mercado Libre; the next sync brings it in.
  const asked = (await sim.admin('/__sim/questions', { method: 'POST', body: { seller_id: DEMO_SELLER_ID, text: HOSTILE } })) as { id: number; item_id: string };
  await api('sync.now', {});
  await expect.poll(() => page.evaluate(() => (window as unknown as { __notifications: Array<{ body: string }> }).__notifications.map((shown) => shown.body)), { timeout: 30_000 }).toEqual([
    expect.stringContaining(HOSTILE),
  ]);
  await expect(page.getByTestId('questions-nav-count')).toContainText(String(unansweredBefore + 1));

  // Clicking the notification opens the question; its markup is shown as text and never runs.
  await page.evaluate(() => (window as unknown as { __notifications: Array<{ click(): void }> }).__notifications[0]?.click());
  const panel = page.getByTestId('question-panel');
  await expect(panel.getByTestId('open-question-text')).toHaveText(HOSTILE);
  await expect(page.locator('[data-question-id="' + asked.id + '"]')).toContainText(HOSTILE);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  await expect(page.locator('.question-panel img[src="x"], .questions-list img[src="x"], main script')).toHaveCount(0);
  await expect(panel.getByTestId('question-listing')).toContainText(q.listingPanel.price);
  await expect(panel).toContainText(q.keys.send.replace('{{send}}', 'Ctrl+Enter'));

  // Alt+1 inserts the first template, filled for this question's listing.
  const item = sim.state.world.itemsBySeller.get(DEMO_SELLER_ID)?.find((candidate) => candidate.id === asked.item_id);
  if (!item) throw new Error('no listing for the question');
  await panel.getByTestId('answer-text').focus();
  await page.keyboard.press('Alt+Digit1');
  const answer = panel.getByTestId('answer-text');
  await expect(answer).toHaveValue(new RegExp(`^(Buenos días|Buenas tardes|Buenas noches)! Sí, de .+ quedan ${item.available_quantity}\\.$`));
  const text = await answer.inputValue();
  await expect(panel).toContainText(q.composer.counter.replace('{{count}}', String(text.length)).replace('{{max}}', '2000'));

  // Mercado Libre out of reach: Ctrl+Enter keeps the answer as pending.
  sim.state.pending.drops = 1_000_000;
  await page.keyboard.press('Control+Enter');
  await expect(panel.getByTestId('answer-pending')).toContainText(q.pending.title);
  await expect(page.locator(`[data-question-id="${asked.id}"]`).getByTestId('question-pending')).toHaveText(q.chips.answerPending);
  expect(await seriousAxeViolations(page)).toEqual([]);
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'questions-answer-pending.png') });

  // Reachable again: the outbox sends it once and the question shows as answered.
  sim.state.pending.drops = 0;
  await expect(panel.getByTestId('open-question-answer')).toContainText(text, { timeout: 45_000 });
  await expect(panel.getByTestId('answer-pending')).toHaveCount(0);
  expect(sim.state.world.questions.get(asked.id)?.answer?.text).toBe(text);
  expect(sim.state.log.filter((entry) => entry.method === 'POST' && entry.path === '/answers').map((entry) => entry.status)).toEqual([200]);
  await expect(page.getByTestId('questions-nav-count')).toContainText(String(unansweredBefore));
  await page.screenshot({ path: path.join(SHOTS, 'questions-answered.png') });
});

test('Alt+↓ and Alt+↑ move through the questions; a blank answer is refused in the seller’s language', async ({ page }) => {
  const app = new AppPage(page, store().host);
  await app.open();
  await app.goTo('questions', es);
  const cached = await store().api('questions.query', { limit: 3 });
  const [first, second] = cached.rows;
  if (!first || !second) throw new Error('fewer than two questions');
  const panel = page.getByTestId('question-panel');
  await expect(panel.getByTestId('open-question-text')).toHaveText(first.text);
  await page.keyboard.press('Alt+ArrowDown');
  await expect(panel.getByTestId('open-question-text')).toHaveText(second.text);
  await page.keyboard.press('Alt+ArrowUp');
  await expect(panel.getByTestId('open-question-text')).toHaveText(first.text);

  await panel.getByTestId('answer-text').fill('   ');
  await panel.getByTestId('answer-send').click();
  await expect(panel.getByTestId('answer-error')).toHaveText(q.rules.answer_empty);
  await panel.getByTestId('answer-text').fill('x'.repeat(2001));
  await page.keyboard.press('Control+Enter');
  await expect(panel.getByTestId('answer-error')).toHaveText(q.rules.answer_too_long.replace('{{max}}', '2000'));
  expect(await store().api('outbox.list', { state: ['pending', 'sending', 'unclear'] })).toEqual([]);
});

test('on a Mac, Control+digit inserts a template and Option+digit types its character; the help says so', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'platform', { get: () => 'MacIntel', configurable: true }));
  const app = new AppPage(page, store().host);
  await app.open();
  await app.goTo('questions', es);
  const panel = page.getByTestId('question-panel');
  const answer = panel.getByTestId('answer-text');
  await expect(answer).toBeVisible();
  await expect(panel).toContainText(q.keys.template.replace('{{digits}}', '⌃1…9'));
  await expect(panel).toContainText(q.keys.send.replace('{{send}}', '⌘+Enter'));
  await answer.fill('');
  // Option+2 is "@" on a Spanish Mac keyboard: it stays the seller's.
  const typed = await answer.evaluate((box) => {
    const event = new KeyboardEvent('keydown', { key: '@', code: 'Digit2', altKey: true, bubbles: true, cancelable: true });
    box.dispatchEvent(event);
    return !event.defaultPrevented;
  });
  expect(typed).toBe(true);
  await expect(answer).toHaveValue('');
  await answer.focus();
  await page.keyboard.press('Control+Digit1');
  await expect(answer).not.toHaveValue('');
  await answer.fill('');
});
