/**
 * Page models for accounts: the connect dialog (site, Connect, waiting, paste, failure), the simulator's
 * authorization tab ("Permitir" / "Cancelar" for a chosen seeded seller), and the accounts card in
 * Settings. Text comes from the renderer's own catalogues.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { SiteId } from '../../../shared/settings';
import { accountMessages } from '../../../renderer/features/accounts/locales';

export const A = accountMessages.es;

export class ConnectDialog {
  readonly dialog: Locator;
  readonly site: Locator;
  readonly connect: Locator;
  readonly cancel: Locator;
  readonly error: Locator;
  readonly countdown: Locator;
  readonly pasteToggle: Locator;
  readonly pasteInput: Locator;
  readonly pasteSubmit: Locator;
  readonly tryAgain: Locator;
  readonly openFromStatusBar: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog');
    this.site = this.dialog.getByLabel(A.connect.site);
    this.connect = this.dialog.getByRole('button', { name: A.connect.start, exact: true });
    this.cancel = this.dialog.getByRole('button', { name: A.connect.cancel, exact: true });
    this.error = this.dialog.getByTestId('connect-error');
    this.countdown = this.dialog.getByTestId('connect-countdown');
    this.pasteToggle = this.dialog.getByText(A.connect.pasteToggle);
    this.pasteInput = this.dialog.getByLabel(A.connect.pasteLabel);
    this.pasteSubmit = this.dialog.getByRole('button', { name: A.connect.pasteSubmit });
    this.tryAgain = this.dialog.getByRole('button', { name: A.connect.tryAgain });
    this.openFromStatusBar = page.getByRole('contentinfo').getByRole('button', { name: A.connect.actionShort });
  }

  async open(siteId: SiteId): Promise<void> {
    await this.openFromStatusBar.click();
    await expect(this.dialog).toBeVisible();
    await this.site.selectOption(siteId);
  }
}

/** The simulator's authorization page in the tab the app opened. */
export class AuthorizationTab {
  constructor(readonly tab: Page) {}

  async approveAs(userId: number): Promise<void> {
    await expect(this.tab.getByRole('button', { name: 'Permitir' })).toBeVisible();
    await this.tab.locator(`input[name="user_id"][value="${userId}"]`).check();
    await this.tab.getByRole('button', { name: 'Permitir' }).click();
  }

  async deny(): Promise<void> {
    await this.tab.getByRole('button', { name: 'Cancelar' }).click();
  }
}

export class AccountsCard {
  readonly card: Locator;
  readonly rows: Locator;

  constructor(page: Page) {
    this.card = page.getByTestId('settings-accounts');
    this.rows = this.card.getByTestId('account-row');
  }

  row(nickname: string): Locator {
    return this.rows.filter({ has: this.card.page().getByTestId('account-nickname').getByText(nickname, { exact: true }) });
  }
}
