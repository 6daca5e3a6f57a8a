/**
 * Page model of the app frame: sidebar navigation, the open section's heading and empty state, the
 * status bar and notices. Text comes from the renderer's own catalogues so specs read in any language.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { Messages } from '../../../renderer/i18n/locales/es';
import type { RunningHost } from '../host';

export const SECTIONS = ['orders', 'listings', 'stock', 'questions', 'labels', 'changes', 'settings'] as const;
export type Section = (typeof SECTIONS)[number];

export class AppPage {
  readonly nav: Locator;
  readonly main: Locator;
  readonly heading: Locator;
  readonly emptyState: Locator;
  readonly statusBar: Locator;
  readonly skipLink: Locator;
  readonly notices: Locator;

  constructor(
    readonly page: Page,
    readonly host: RunningHost,
  ) {
    this.nav = page.getByRole('navigation');
    this.main = page.getByRole('main');
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.emptyState = page.getByTestId('empty-state');
    this.statusBar = page.getByRole('contentinfo');
    this.skipLink = page.locator('.skip-link');
    this.notices = page.getByTestId('notice');
  }

  /** Opens the app the way the host announces it: a one-time launch code in the fragment. */
  async open(): Promise<void> {
    await this.page.goto(await this.host.newLaunchUrl());
    await expect(this.heading).toBeVisible();
  }

  navLink(section: Section): Locator {
    return this.nav.locator(`a[data-section="${section}"]`);
  }

  async goTo(section: Section, messages: Messages): Promise<void> {
    await this.navLink(section).click();
    await expect(this.heading).toHaveText(messages.nav[section]);
  }

  /** Calls the local API from the test, with the launch token, bypassing the UI. */
  async api(method: string, input?: unknown): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${this.host.url}/rpc/${method}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${this.host.token}`, 'Content-Type': 'application/json' },
      body: input === undefined ? '' : JSON.stringify(input),
    });
    return { status: response.status, body: await response.json() };
  }
}
