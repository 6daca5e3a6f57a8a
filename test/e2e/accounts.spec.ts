/**
 * Signing in with Mercado Libre, end to end in Chromium: the app opens the simulator's authorization
 * page in a new tab, the seller approves (or refuses), and the outcome reaches the app through each of
 * the three ways back — the direct loopback redirect, the HTTPS forwarding page (build/forward.html) and
 * pasting the final address. Also: a second account and removing one, the messages for an operator
 * account, a refusal and no connection, reconnecting an account whose access was withdrawn, the app's
 * secret key, keyboard and axe on the dialog, and screenshots a person looks at.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import type { SiteId } from '../../shared/settings';
import { DEMO_SELLER_ID, OPERATOR_USER_ID, SEEDED_SELLERS, type Simulator } from '../../electron/demo/simulator/server';
import { seriousAxeViolations } from './axe';
import { A, AccountsCard, AuthorizationTab, ConnectDialog } from './pages/accounts-page';
import es from '../../renderer/i18n/locales/es';
import { expect, HTTPS_REDIRECT, nextTab, test } from './sim-fixtures';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SHOTS = path.join(ROOT, 'test-results/screenshots');
const FORWARD_PAGE = fs.readFileSync(path.join(ROOT, 'build/forward.html'), 'utf8');

/** Waits that span the other tab, the host and the simulator: generous, as the machine may be busy. */
const ACROSS_TABS = { timeout: 15_000 };

function seller(id: number) {
  const found = SEEDED_SELLERS.find((item) => item.id === id);
  if (!found) throw new Error(`no seeded seller ${id}`);
  return found;
}
const PAMPA = seller(DEMO_SELLER_ID);

/** The test's own simulator (ownApp: true); its admin() rejects unless the simulator answers 2xx. */
function own(simulator: Simulator | null): Simulator {
  if (!simulator) throw new Error('this test needs its own simulator (ownApp: true)');
  return simulator;
}
const SUL = SEEDED_SELLERS.find((item) => item.site_id === 'MLB' && item.operator_of === null) ?? PAMPA;

function connectedMessage(nickname: string, site: keyof typeof A.sites): string {
  return A.connect.connected.replace('{{nickname}}', nickname).replace('{{site}}', A.sites[site]);
}

/** Pairs of neighbouring status bar items whose boxes overlap, and controls sticking out of their item. */
function overlappingStatusItems(): string[] {
  const items = [...document.querySelectorAll('.status-bar__items > li')];
  const found: string[] = [];
  items.forEach((item, index) => {
    const box = item.getBoundingClientRect();
    const next = items[index + 1]?.getBoundingClientRect();
    if (next && box.right > next.left + 1) found.push(`${item.getAttribute('data-testid')} runs into the next item`);
    for (const control of item.querySelectorAll('select, button')) {
      if (control.getBoundingClientRect().right > box.right + 1) found.push(`${item.getAttribute('data-testid')} control sticks out`);
    }
  });
  return found;
}

async function shoot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

// Each test starts its own host (and demo store or simulator); on a busy two-core machine that plus a
// sync running after sign-in needs more than the suite's default 30 s.
test.describe.configure({ timeout: 60_000 });

async function connectThroughDemoStore(page: Page, context: BrowserContext, siteId: SiteId, userId: number): Promise<void> {
  const dialog = new ConnectDialog(page);
  if (!(await dialog.dialog.isVisible())) await dialog.open(siteId);
  else await dialog.site.selectOption(siteId);
  const tab = await nextTab(context, () => dialog.connect.click());
  await new AuthorizationTab(tab).approveAs(userId);
  // The host writes this page in the language of its accounts' site, so a Brazilian account may get Portuguese.
  await expect(tab.getByText(/Ya podés cerrar esta pestaña|Você já pode fechar esta aba/)).toBeVisible(ACROSS_TABS);
  await tab.close();
}

test('direct loopback: Connect opens Mercado Libre, the seller approves, the app shows the account', async ({ app, page, context }) => {
  const dialog = new ConnectDialog(page);
  await dialog.open('MLA');
  await shoot(page, 'connect-dialog');

  const tab = await nextTab(context, () => dialog.connect.click());
  await expect(dialog.dialog.getByRole('heading')).toHaveText(A.connect.waitingTitle);
  await expect(dialog.countdown).toHaveText(/^[45]:\d\d$/);
  await dialog.pasteToggle.click();
  // The demo store's app enforces PKCE, so the code alone is accepted too.
  await expect(dialog.dialog).toContainText(A.connect.pasteCodeToo);
  expect(await seriousAxeViolations(page, '[data-testid="connect-dialog"]')).toEqual([]);
  await shoot(page, 'connect-dialog-waiting');

  await new AuthorizationTab(tab).approveAs(PAMPA.id);
  await expect(tab.getByText('Ya podés cerrar esta pestaña')).toBeVisible(ACROSS_TABS);
  await expect(dialog.dialog).toHaveCount(0);
  await expect(page.getByTestId('account-message')).toHaveText(connectedMessage(PAMPA.nickname, 'MLA'));
  await expect(app.statusBar.getByTestId('status-account')).toContainText(`${PAMPA.nickname} · MLA`);
  await app.goTo('settings', es);
  await expect(new AccountsCard(page).row(PAMPA.nickname).getByTestId('account-site')).toHaveText('Argentina · MLA');

  // The app's secret key: typed into a password field, stored by the host, never shown back.
  const meli = page.getByTestId('settings-meli');
  await expect(meli.getByTestId('meli-demo-state')).toHaveText(A.meliApp.demoInUse);
  const secret = meli.getByLabel(A.meliApp.secret);
  await expect(secret).toHaveAttribute('type', 'password');
  await secret.fill('short');
  await meli.getByRole('button', { name: A.meliApp.secretSave }).click();
  await expect(meli.getByRole('alert')).toHaveText(A.meliApp.secretInvalid);
  await secret.fill('a-secret-of-my-own-app');
  await meli.getByRole('button', { name: A.meliApp.secretSave }).click();
  await expect(meli.getByTestId('secret-message')).toHaveText(es.settings.saved);
  await expect(secret).toHaveValue('');
  await meli.evaluate((card) => card.scrollIntoView({ block: 'center' }));
  await shoot(page, 'settings-meli-app');
  expect(JSON.stringify((await app.api('meliApp.status')).body)).not.toContain('a-secret-of-my-own-app');
});

test('a second account is added from Settings, shown beside the first, then removed', async ({ app, page, context }) => {
  // The account connected last becomes the one in use, and a Brazilian one would turn the UI Portuguese:
  // this test reads Spanish throughout.
  await app.api('settings.set', { language: 'es' });
  await app.goTo('settings', es);
  const accounts = new AccountsCard(page);
  await accounts.card.getByRole('button', { name: A.connect.action }).click();
  await connectThroughDemoStore(page, context, 'MLA', PAMPA.id);
  await expect(accounts.rows).toHaveCount(1);

  await accounts.card.getByRole('button', { name: A.list.add }).click();
  await connectThroughDemoStore(page, context, 'MLB', SUL.id);
  await expect(page.getByTestId('account-message')).toHaveText(connectedMessage(SUL.nickname, 'MLB'));
  await expect(accounts.rows).toHaveCount(2);
  await expect(accounts.row(SUL.nickname).getByTestId('account-site')).toHaveText('Brasil · MLB');
  // Several accounts: the status bar lets the seller see and switch between them, or choose all; the
  // account just connected is the one in use.
  const switcher = app.statusBar.getByRole('combobox', { name: A.switcher.label });
  await expect(switcher.getByRole('option')).toHaveText([A.switcher.all.replace("{{count}}", "2"), `${SUL.nickname} · MLB`, `${PAMPA.nickname} · MLA`]);
  await expect(switcher).toHaveValue(String(SUL.id));
  await page.getByTestId('account-message').getByRole('button', { name: A.connect.dismiss }).click();
  expect(await seriousAxeViolations(page, '[data-testid="settings-accounts"]')).toEqual([]);
  await accounts.card.evaluate((card) => card.scrollIntoView({ block: 'center' }));
  await shoot(page, 'settings-two-accounts');
  // Down to the narrowest supported window the chooser gives way (it shrinks) instead of running under
  // the items beside it.
  await page.setViewportSize({ width: 1000, height: 700 });
  expect(await page.evaluate(overlappingStatusItems)).toEqual([]);
  await shoot(page, 'settings-two-accounts-1000');
  await page.setViewportSize({ width: 1280, height: 800 });

  // Remove: the confirmation says what will happen, the message afterwards what did.
  await accounts.row(SUL.nickname).getByRole('button', { name: A.list.removeLabel.replace('{{nickname}}', SUL.nickname) }).click();
  const confirm = page.getByRole('dialog');
  await expect(confirm).toContainText(A.remove.revokes);
  await expect(confirm).toContainText(A.remove.deletes);
  await shoot(page, 'remove-account-dialog');
  await confirm.getByRole('button', { name: A.remove.confirm }).click();
  await expect(accounts.card.getByTestId('remove-result')).toHaveText(A.remove.doneRevoked.replace('{{nickname}}', SUL.nickname));
  await expect(accounts.rows).toHaveCount(1);
  await expect(accounts.row(PAMPA.nickname)).toBeVisible();
  await expect(switcher).toHaveCount(0);
  expect((await app.api('accounts.list')).body).toEqual([expect.objectContaining({ userId: PAMPA.id, siteId: 'MLA' })]);
});

test('an operator account and a refusal each get their own message; Try again and Esc work from the keyboard', async ({ app, page, context }) => {
  const dialog = new ConnectDialog(page);
  await dialog.open('MLA');
  const tab = await nextTab(context, () => dialog.connect.click());
  await new AuthorizationTab(tab).approveAs(OPERATOR_USER_ID);
  await expect(dialog.error).toHaveText(A.reasons.operator_account, ACROSS_TABS);
  await expect(dialog.tryAgain).toBeFocused();
  await shoot(page, 'connect-dialog-failed');
  await tab.close();

  // Try again (Enter on the focused button) opens Mercado Libre again; this time the seller refuses.
  const again = await nextTab(context, () => page.keyboard.press('Enter'));
  await new AuthorizationTab(again).deny();
  await expect(dialog.error).toHaveText(A.reasons.access_denied, ACROSS_TABS);
  await again.close();

  // Esc closes the dialog (cancelling) and focus returns to what opened it.
  await page.keyboard.press('Escape');
  await expect(dialog.dialog).toHaveCount(0);
  await expect(dialog.openFromStatusBar).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.site).toBeFocused();
  // Focus is trapped: Tab and Shift+Tab go round the dialog's controls, never into the page behind it.
  for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key);
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null), key).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog.dialog).toHaveCount(0);
  expect((await app.api('accounts.list')).body).toEqual([]);
});

test.describe("with the seller's own app (HTTPS redirect URI)", () => {
  test.use({ ownApp: true });

  test('paste: the final address pasted into the app connects the account; no connection says so', async ({ app, page, context, simulator }) => {
    // Nothing runs at the registered HTTPS address here: the tab lands on a plain page, as it would on a
    // redirect URI the seller never set up.
    await context.route(`${HTTPS_REDIRECT}*`, (route) => route.fulfill({ contentType: 'text/html', body: '<p>Not found</p>' }));
    const dialog = new ConnectDialog(page);
    const approveAndReadAddress = async (start: () => Promise<void>) => {
      const tab = await nextTab(context, start);
      await new AuthorizationTab(tab).approveAs(DEMO_SELLER_ID);
      await tab.waitForURL(`${HTTPS_REDIRECT}?**`);
      const address = tab.url();
      await tab.close();
      expect(address).toContain('code=');
      return address;
    };
    await dialog.open('MLA');
    const first = await approveAndReadAddress(() => dialog.connect.click());

    await dialog.pasteToggle.click();
    // This app has no PKCE turned on: only the whole address (with state) is accepted, and the dialog says so.
    await expect(dialog.dialog).toContainText(A.connect.pasteWholeOnly);
    await dialog.pasteInput.fill(new URL(first).searchParams.get('code') ?? '');
    await dialog.pasteSubmit.click();
    await expect(dialog.dialog.getByRole('alert')).toHaveText(A.connect.pasteNeedsState);
    await dialog.pasteInput.fill(`${HTTPS_REDIRECT}?state=nothing`);
    await dialog.pasteSubmit.click();
    await expect(dialog.dialog.getByRole('alert')).toHaveText(A.connect.pasteInvalid);

    // Mercado Libre cannot be reached when the code is exchanged: the seller is told, and tries again.
    await own(simulator).admin('/__sim/faults/next', { method: 'POST', body: { drop: 1 } });
    await dialog.pasteInput.fill(first);
    await dialog.pasteSubmit.click();
    await expect(dialog.error).toHaveText(A.reasons.offline, ACROSS_TABS);

    const second = await approveAndReadAddress(() => dialog.tryAgain.click());
    await dialog.pasteToggle.click();
    await dialog.pasteInput.fill(second);
    await dialog.pasteSubmit.click();
    await expect(page.getByTestId('account-message')).toHaveText(connectedMessage(PAMPA.nickname, 'MLA'));
    await expect(dialog.dialog).toHaveCount(0);
    await expect(app.statusBar.getByTestId('status-account')).toContainText(`${PAMPA.nickname} · MLA`);
  });

  test('forwarding page: build/forward.html hands the code back; an account that needs to sign in again is reconnected', async ({ app, page, context, simulator }) => {
    await context.route(`${HTTPS_REDIRECT}*`, (route) => route.fulfill({ contentType: 'text/html', body: FORWARD_PAGE }));
    const dialog = new ConnectDialog(page);
    await dialog.open('MLA');
    const tab = await nextTab(context, () => dialog.connect.click());
    await expect(dialog.dialog).toContainText(A.connect.forwardNote);
    await new AuthorizationTab(tab).approveAs(DEMO_SELLER_ID);
    await expect(tab.getByText('Ya podés cerrar esta pestaña')).toBeVisible(ACROSS_TABS);
    expect(tab.url()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback\?/);
    await tab.close();
    await expect(page.getByTestId('account-message')).toHaveText(connectedMessage(PAMPA.nickname, 'MLA'));
    await app.goTo('settings', es);
    const row = new AccountsCard(page).row(PAMPA.nickname);
    await expect(row.getByTestId('account-status')).toHaveText(A.list.connected);

    // The seller withdrew the app's access at Mercado Libre: the next call finds out, the account says so.
    await own(simulator).admin('/__sim/tokens/revoke', { method: 'POST', body: { user_id: DEMO_SELLER_ID } });
    await app.api('sync.now', { userId: DEMO_SELLER_ID });
    await expect(row.getByTestId('account-status')).toHaveText(A.list.needsSignIn, ACROSS_TABS);
    await expect(app.statusBar.getByTestId('status-account')).toContainText(PAMPA.nickname);
    await row.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await shoot(page, 'settings-needs-sign-in');

    await row.getByRole('button', { name: A.list.reconnectLabel.replace('{{nickname}}', PAMPA.nickname) }).click();
    await expect(dialog.dialog.getByRole('heading')).toHaveText(A.connect.reconnectTitle.replace('{{nickname}}', PAMPA.nickname));
    await expect(dialog.site).toHaveValue('MLA');
    const again = await nextTab(context, () => dialog.connect.click());
    await new AuthorizationTab(again).approveAs(DEMO_SELLER_ID);
    await expect(row.getByTestId('account-status')).toHaveText(A.list.connected, ACROSS_TABS);
  });
});

test.describe('with an app entered but no secret key yet', () => {
  test.use({ extraEnv: { MELI_CLIENT_ID: '1234567890', MELI_REDIRECT_URI: 'https://mostrador.example/oauth/callback' } });

  test('Connect says the app is not set up and leads to Settings, where the key is saved but never shown', async ({ app, page }) => {
    const dialog = new ConnectDialog(page);
    await dialog.open('MLA');
    await dialog.connect.click();
    await expect(dialog.dialog.getByRole('alert')).toHaveText(A.connect.needsApp);
    await dialog.dialog.getByRole('button', { name: A.connect.openSettings }).click();
    await expect(dialog.dialog).toHaveCount(0);
    await expect(app.heading).toHaveText(es.nav.settings);

    const meli = page.getByTestId('settings-meli');
    await expect(meli.getByTestId('meli-demo-state')).toHaveText(A.meliApp.demoOff);
    await expect(meli.getByTestId('secret-state')).toHaveText(A.meliApp.secretMissing);
    await meli.getByLabel(A.meliApp.secret).fill('my-app-secret-123456');
    await meli.getByRole('button', { name: A.meliApp.secretSave }).click();
    await expect(meli.getByTestId('secret-state')).toHaveText(A.meliApp.secretSaved);
    await expect(meli.getByLabel(A.meliApp.secret)).toHaveValue('');
    await expect(meli.getByRole('button', { name: A.meliApp.secretReplace })).toBeVisible();
    await expect(meli).not.toContainText('my-app-secret-123456');
  });
});
