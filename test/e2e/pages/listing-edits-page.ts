/**
 * Page models of listing edits: the Listings rows and their editor panel, the Pending changes section
 * and the status bar's count. Copy comes from the renderer's catalogues, so a spec reads in any language.
 */
import type { Locator, Page } from '@playwright/test';
import { listingsLocales } from '../../../renderer/features/listings/locales';
import { outboxLocales } from '../../../renderer/features/outbox/locales';

export type Language = 'es' | 'pt-BR' | 'en';

export class ListingEditorPanel {
  readonly panel: Locator;
  readonly title: Locator;
  readonly price: Locator;
  readonly stock: Locator;
  readonly status: Locator;
  readonly save: Locator;
  readonly close: Locator;

  constructor(
    readonly page: Page,
    readonly language: Language = 'es',
  ) {
    const copy = listingsLocales[language].edit;
    this.panel = page.getByTestId('listing-editor');
    this.title = this.panel.getByLabel(copy.title, { exact: true });
    this.price = this.panel.getByLabel(new RegExp(`^${copy.price.replace('({{currency}})', '')}`));
    this.stock = this.panel.getByLabel(copy.stock, { exact: true });
    this.status = this.panel.getByLabel(copy.status, { exact: true });
    this.save = this.panel.getByRole('button', { name: copy.save });
    this.close = this.panel.getByRole('button', { name: copy.close });
  }

  /** The refusal shown under a field of the form (title, price, stock, status, SKU, description). */
  fieldError(label: string): Locator {
    return this.panel.locator('.field').filter({ has: this.page.getByLabel(label, { exact: true }) }).getByRole('alert');
  }

  /** A refusal shown in the variations table or for the whole listing ("v:123:price", "form"…). */
  problem(key: string): Locator {
    return this.panel.getByTestId(`problem-${key}`);
  }
}

export class ListingsRows {
  constructor(
    readonly page: Page,
    readonly language: Language = 'es',
  ) {}

  get search(): Locator {
    return this.page.getByRole('search').getByLabel(listingsLocales[this.language].search);
  }

  row(itemId: string): Locator {
    return this.page.locator(`[data-testid="listing-row"][data-item="${itemId}"]`);
  }

  /** The row's title button, which opens the listing's detail (and gets focus back when it closes). */
  opener(title: string): Locator {
    return this.page.getByRole('button', { name: listingsLocales[this.language].detail.open.replace('{{title}}', title), exact: true });
  }

  /** The listing's detail, opened from its row. */
  get detail(): Locator {
    return this.page.getByTestId('listing-detail');
  }

  /** Opens the editor as a seller does: the row opens the detail, its Edit button the editor. */
  async openEditor(title: string): Promise<void> {
    await this.opener(title).click();
    await this.detail.getByRole('button', { name: listingsLocales[this.language].detail.edit, exact: true }).click();
  }

  pendingMarker(itemId: string, field: string): Locator {
    return this.row(itemId).locator(`[data-testid="pending-marker"][data-field="${field}"]`);
  }
}

export class PendingChangesScreen {
  readonly entries: Locator;
  readonly statusItem: Locator;

  constructor(
    readonly page: Page,
    readonly language: Language = 'es',
  ) {
    this.entries = page.getByTestId('outbox-entry');
    this.statusItem = page.getByRole('contentinfo').getByTestId('status-outbox');
  }

  entryFor(itemId: string): Locator {
    return this.page.locator(`[data-testid="outbox-entry"][data-item="${itemId}"]`);
  }

  button(entry: Locator, name: keyof Pick<(typeof outboxLocales)['es'], 'retry' | 'discard' | 'keepMine' | 'takeTheirs'>): Locator {
    return entry.getByRole('button', { name: outboxLocales[this.language][name], exact: true });
  }

  stateText(state: keyof (typeof outboxLocales)['es']['state']): string {
    return outboxLocales[this.language].state[state];
  }
}
