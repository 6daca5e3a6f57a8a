/**
 * Listing edits end to end, in Chromium against the simulator behind a gate the test can shut: a price
 * saved while Mercado Libre cannot be reached shows as pending, survives an app restart and arrives
 * exactly once when the connection is back; a change made on Mercado Libre meanwhile becomes a
 * conflict shown with both values and settled with "keep mine"; a title refused by the rules (the
 * listing sold while it was being edited) is explained beside the field and nothing is queued.
 * Screenshots of the editor and of Pending changes in es, pt-BR and en at 1280 and 1000 px.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/server';
import type { ItemRecord } from '../../electron/demo/simulator/model';
import { listingsLocales } from '../../renderer/features/listings/locales';
import { outboxLocales } from '../../renderer/features/outbox/locales';
import en from '../../renderer/i18n/locales/en';
import es from '../../renderer/i18n/locales/es';
import ptBR from '../../renderer/i18n/locales/pt-BR';
import { seriousAxeViolations } from './axe';
import { useGatedDemoStore } from './data-fixtures';
import { AppPage } from './pages/app-page';
import { ListingEditorPanel, ListingsRows, PendingChangesScreen, type Language } from './pages/listing-edits-page';

const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');
const CORE = { es, 'pt-BR': ptBR, en } as const;
const listingsEs = listingsLocales.es;
const outboxEs = outboxLocales.es;
const ars = new Intl.NumberFormat('es-AR', { style: 'currency', currency: 'ARS' });
// Typed the way an Argentine seller types a price: decimal comma, no thousands separator.
const typed = (price: number) => String(price).replace('.', ',');

test.describe.configure({ mode: 'serial' });

const ready = useGatedDemoStore();

/** Active listings without variations or Full: every field of them can be edited. */
function plainItems(): ItemRecord[] {
  return (ready().store.sim.state.world.itemsBySeller.get(DEMO_SELLER_ID) ?? []).filter(
    (item) => item.status === 'active' && item.variations.length === 0 && item.shipping.logistic_type !== 'fulfillment',
  );
}

function putsTo(itemId: string, status?: number): number {
  return ready().store.sim.state.log.filter((entry) => entry.method === 'PUT' && entry.path === `/items/${itemId}` && (status === undefined || entry.status === status)).length;
}

async function openApp(page: Page): Promise<AppPage> {
  await page.setViewportSize({ width: 1280, height: 800 });
  const app = new AppPage(page, ready().store.host);
  await app.open();
  return app;
}

async function openEditor(page: Page, app: AppPage, item: ItemRecord): Promise<ListingEditorPanel> {
  await app.goTo('listings', es);
  const rows = new ListingsRows(page);
  await rows.search.fill(item.id);
  await expect(rows.row(item.id)).toBeVisible();
  await rows.openEditor(item.title);
  const editor = new ListingEditorPanel(page);
  await expect(editor.panel).toBeVisible();
  await expect(editor.price).toBeEnabled();
  return editor;
}

async function useLanguage(page: Page, language: Language, heading: string): Promise<void> {
  await ready().store.api('settings.set', { language });
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(heading);
}

async function shoot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const width of [1280, 1000]) {
    await page.setViewportSize({ width, height: 800 });
    const buffer = await page.screenshot({ path: path.join(SHOTS, `${name}-${width}.png`) });
    expect(buffer.length, `${name}-${width}.png size`).toBeGreaterThan(25_000);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${name} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0);
  }
}

test('a price saved offline shows as pending, survives a restart and reaches Mercado Libre once', async ({ page }) => {
  test.setTimeout(120_000);
  const { store, gate } = ready();
  const item = plainItems()[0];
  if (!item) throw new Error('no plain listing');
  const price = Math.round(item.price * 1.1) + 0.5;
  const app = await openApp(page);
  const editor = await openEditor(page, app, item);
  const rows = new ListingsRows(page);

  await gate.shut(); // Mercado Libre cannot be reached from here on.
  await editor.price.fill(typed(price));
  await expect(editor.panel).toContainText(listingsEs.edit.priceShown.replace('{{formatted}}', ars.format(price)));
  await editor.save.click();
  await expect(editor.panel).toBeHidden(); // Saved: back to the listing's detail, then Esc back to the row.
  await expect(rows.detail).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(rows.detail).toBeHidden();
  await expect(rows.opener(item.title)).toBeFocused(); // Focus went back to the row.
  await expect(rows.pendingMarker(item.id, 'price')).toHaveText(listingsEs.pendingMarker.pending);
  await expect(rows.row(item.id).getByTestId('listing-price')).toContainText(ars.format(price));
  const pending = new PendingChangesScreen(page);
  await expect(pending.statusItem).toHaveText(outboxEs.statusItem_one.replace('{{count}}', '1'));
  expect(await store.api('outbox.list', {})).toEqual([expect.objectContaining({ state: 'pending', payload: expect.objectContaining({ changes: { price } }) })]);

  // The app is closed and opened again, still without a connection: the change is still there.
  await store.restartHost();
  const reopened = new AppPage(page, store.host);
  await reopened.open();
  await reopened.goTo('listings', es);
  await rows.search.fill(item.id);
  await expect(rows.pendingMarker(item.id, 'price')).toBeVisible();
  expect(putsTo(item.id)).toBe(0);

  // Back online: the change goes out once, and the row shows Mercado Libre's confirmed value.
  await gate.open();
  await store.api('sync.now');
  await expect(rows.pendingMarker(item.id, 'price')).toBeHidden({ timeout: 60_000 });
  await expect(rows.row(item.id).getByTestId('listing-price')).toHaveText(ars.format(price));
  expect(item.price).toBe(price);
  expect(putsTo(item.id, 200)).toBe(1);
  expect(putsTo(item.id)).toBe(1);
  await expect(pending.statusItem).toBeHidden();
});

test('a price changed on Mercado Libre meanwhile is a conflict with both values, settled with keep mine', async ({ page }) => {
  test.setTimeout(150_000);
  const { store, gate } = ready();
  const item = plainItems()[1];
  if (!item) throw new Error('no second plain listing');
  const mine = item.price + 1000;
  const theirs = item.price + 500;
  const app = await openApp(page);
  const editor = await openEditor(page, app, item);

  await gate.shut();
  await editor.price.fill(typed(mine));
  await editor.save.click();
  const rows = new ListingsRows(page);
  await expect(rows.pendingMarker(item.id, 'price')).toBeVisible();
  // Someone changes the price on Mercado Libre's site before the change is sent.
  item.price = theirs;
  item.last_updated = store.sim.state.world.now();
  await gate.open();
  await store.api('sync.now');

  const pending = new PendingChangesScreen(page);
  await expect(pending.statusItem).toHaveText(outboxEs.statusConflicts_one.replace('{{count}}', '1'), { timeout: 60_000 });
  await pending.statusItem.getByRole('button').click(); // The status bar's count opens Pending changes.
  await expect(app.heading).toHaveText(es.nav.changes);
  const entry = pending.entryFor(item.id);
  await expect(entry).toHaveAttribute('data-state', 'conflict');
  await expect(entry.getByTestId('outbox-state')).toHaveText(outboxEs.state.conflict);
  await expect(entry.getByTestId('conflict-mine')).toHaveText(ars.format(mine));
  await expect(entry.getByTestId('conflict-theirs')).toHaveText(ars.format(theirs));
  await expect(entry).toContainText(item.title);
  expect(putsTo(item.id)).toBe(0);
  expect(await seriousAxeViolations(page), 'axe on Pending changes with a conflict').toEqual([]);

  for (const language of ['es', 'pt-BR', 'en'] as const) {
    await useLanguage(page, language, CORE[language].nav.changes);
    await expect(entry.getByTestId('outbox-state')).toHaveText(outboxLocales[language].state.conflict);
    await shoot(page, `pending-changes-${language}`);
  }
  await useLanguage(page, 'es', es.nav.changes);
  await page.setViewportSize({ width: 1280, height: 800 });

  await pending.button(entry, 'keepMine').click();
  await expect.poll(() => item.price, { timeout: 60_000 }).toBe(mine);
  await expect(entry).toHaveCount(0); // Done: it leaves the list of what waits.
  expect(putsTo(item.id, 200)).toBe(1);
  await expect(pending.statusItem).toBeHidden();
});

test('a title refused because the listing sold meanwhile is explained beside the field; nothing is queued', async ({ page }) => {
  test.setTimeout(120_000);
  const { store } = ready();
  const item = plainItems().find((candidate) => candidate.sold_quantity === 0);
  if (!item) throw new Error('no unsold plain listing');
  const app = await openApp(page);
  const editor = await openEditor(page, app, item);
  await expect(editor.title).toBeEditable();
  await expect(editor.panel).toContainText(listingsEs.edit.titleCounter.replace('{{count}}', String(item.title.length)).replace('{{max}}', '60'));
  await editor.title.fill('Mochila urbana impermeable 20 litros');

  // A buyer buys it while the seller types; the next sync brings the sale in and the title locks.
  await store.sim.admin('/__sim/sales', { method: 'POST', body: { seller_id: DEMO_SELLER_ID, item_id: item.id, quantity: 1 } });
  await store.api('sync.now');
  await store.waitForSyncIdle();
  await expect(editor.panel).toContainText(listingsEs.edit.titleLocked, { timeout: 20_000 });
  await expect(editor.title).not.toBeEditable();
  // The sale lowered the stock; the untouched field follows it (and is never sent back stale).
  await expect(editor.stock).toHaveValue(String(item.available_quantity));

  await editor.save.click();
  await expect(editor.fieldError(listingsEs.edit.title)).toHaveText(listingsEs.edit.rules.title_has_sales);
  await expect(editor.title).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.title).toHaveAccessibleDescription(new RegExp(listingsEs.edit.rules.title_has_sales));
  expect(await store.api('outbox.list', { target: `item:${item.id}` })).toEqual([]);
  expect(putsTo(item.id)).toBe(0);
  expect(await seriousAxeViolations(page), 'axe on the editor with a refusal').toEqual([]);

  for (const language of ['es', 'pt-BR', 'en'] as const) {
    await useLanguage(page, language, CORE[language].nav.listings);
    await expect(editor.fieldError(listingsLocales[language].edit.title)).toHaveText(listingsLocales[language].edit.rules.title_has_sales);
    await shoot(page, `listing-editor-${language}`);
  }
  await useLanguage(page, 'es', es.nav.listings);

  // The typed title can be dropped in one click; then there is nothing left to save.
  await editor.panel.getByRole('button', { name: listingsEs.edit.titleRestore }).click();
  await expect(editor.title).toHaveValue(item.title);
  await editor.save.click();
  await expect(editor.panel.getByTestId('editor-note')).toHaveText(listingsEs.edit.noChanges);
  expect(await store.api('outbox.list', { target: `item:${item.id}` })).toEqual([]);

  // Esc closes the editor (back to the listing's detail), Esc again the detail; focus is back on the row.
  const rows = new ListingsRows(page);
  await page.keyboard.press('Escape');
  await expect(editor.panel).toBeHidden();
  await expect(rows.detail).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(rows.detail).toBeHidden();
  await expect(rows.opener(item.title)).toBeFocused();
});
