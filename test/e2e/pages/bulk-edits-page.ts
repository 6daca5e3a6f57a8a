/**
 * Page model of bulk edits on the Listings screen: the row checkboxes, the bulk bar and the dialog
 * (preview, progress, summary). Copy comes from the renderer's catalogues, so a spec reads in any language.
 */
import type { Locator, Page } from '@playwright/test';
import { bulkLocales } from '../../../renderer/features/listings/bulk-locales';
import type { Language } from './listing-edits-page';

export class BulkEdits {
  readonly table: Locator;
  readonly bar: Locator;
  readonly selected: Locator;
  readonly selectAll: Locator;
  readonly dialog: Locator;
  readonly counts: Locator;
  readonly change: Locator;
  readonly changingRows: Locator;
  readonly skippedRows: Locator;
  readonly apply: Locator;
  readonly progress: Locator;
  readonly progressText: Locator;
  readonly summary: Locator;

  constructor(
    readonly page: Page,
    readonly language: Language = 'es',
  ) {
    this.table = page.getByTestId('listings-table');
    this.bar = page.getByTestId('bulk-bar');
    this.selected = page.getByTestId('bulk-selected');
    this.selectAll = page.getByTestId('bulk-select-all');
    this.dialog = page.getByTestId('bulk-dialog');
    this.counts = this.dialog.getByTestId('bulk-counts');
    this.change = this.dialog.getByTestId('bulk-change');
    this.changingRows = this.dialog.getByTestId('bulk-row');
    this.skippedRows = this.dialog.getByTestId('bulk-skipped-row');
    this.apply = this.dialog.getByTestId('bulk-apply');
    this.progress = this.dialog.getByTestId('bulk-progress');
    this.progressText = this.dialog.getByTestId('bulk-progress-text');
    this.summary = this.dialog.getByTestId('bulk-summary');
  }

  get copy() {
    return bulkLocales[this.language];
  }

  check(itemId: string): Locator {
    return this.page.locator(`[data-testid="listing-row"][data-item="${itemId}"]`).getByTestId('listing-check');
  }

  /** Scrolls the virtualized table so the row at `index` is drawn. */
  async scrollTo(index: number, rowHeight = 64): Promise<void> {
    await this.table.evaluate((element, top) => element.scrollTo({ top }), Math.max(0, index * rowHeight - 200));
  }

  action(): Locator {
    return this.bar.getByLabel(this.copy.action, { exact: true });
  }

  value(kind: keyof (typeof bulkLocales)['es']['value']): Locator {
    return this.bar.getByLabel(this.copy.value[kind], { exact: true });
  }

  button(name: 'preview' | 'back' | 'cancel' | 'undo' | 'close'): Locator {
    const scope = name === 'preview' ? this.bar : this.dialog;
    return scope.getByRole('button', { name: this.copy[name], exact: true });
  }
}
