/** Page model of Settings: the language selector, the sync interval form and the About block. */
import type { Locator, Page } from '@playwright/test';
import type { Messages } from '../../../renderer/i18n/locales/es';

export class SettingsPage {
  readonly languageSelect: Locator;
  readonly syncInput: Locator;
  readonly syncCard: Locator;
  readonly syncSave: Locator;
  readonly syncError: Locator;
  readonly about: Locator;

  constructor(page: Page, messages: Messages) {
    const language = page.getByTestId('settings-language');
    this.languageSelect = language.getByRole('combobox');
    this.syncCard = page.getByTestId('settings-sync');
    this.syncInput = this.syncCard.getByRole('spinbutton');
    this.syncSave = this.syncCard.getByRole('button', { name: messages.settings.sync.save });
    this.syncError = this.syncCard.getByRole('alert');
    this.about = page.getByTestId('settings-about');
  }

  async setSyncInterval(value: string): Promise<void> {
    await this.syncInput.fill(value);
    await this.syncSave.click();
  }
}
