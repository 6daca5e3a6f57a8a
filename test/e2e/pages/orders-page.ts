/** Page model of the Orders screen: filters, count, table rows, detail panel, export; Spanish copy. */
import type { Locator, Page } from '@playwright/test';
import { ordersLocales } from '../../../renderer/features/orders/locales';

export const ordersEs = ordersLocales.es;

export class OrdersScreen {
  readonly search: Locator;
  readonly status: Locator;
  readonly shipping: Locator;
  readonly from: Locator;
  readonly to: Locator;
  readonly count: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly detail: Locator;
  readonly exportButton: Locator;
  readonly exportStatus: Locator;
  readonly clear: Locator;

  constructor(readonly page: Page) {
    const filters = page.getByRole('search', { name: ordersEs.filters });
    this.search = filters.getByLabel(ordersEs.search);
    this.status = filters.getByLabel(ordersEs.statusFilter);
    this.shipping = filters.getByLabel(ordersEs.shippingFilter);
    this.from = filters.getByLabel(ordersEs.from);
    this.to = filters.getByLabel(ordersEs.to);
    this.clear = filters.getByRole('button', { name: ordersEs.clear });
    this.count = page.getByTestId('orders-count');
    this.table = page.getByRole('table', { name: ordersEs.tableLabel });
    this.rows = page.getByTestId('order-row');
    this.detail = page.getByTestId('order-detail');
    this.exportButton = page.getByRole('button', { name: ordersEs.exportCsv });
    this.exportStatus = page.getByTestId('orders-export-status');
  }

  /** The count line as the screen writes it for `total` orders. */
  static countText(total: number): string {
    return (total === 1 ? ordersEs.count_one : ordersEs.count_other).replace('{{n}}', new Intl.NumberFormat('es-AR').format(total));
  }

  openButton(id: number): Locator {
    return this.table.getByRole('button', { name: ordersEs.open.replace('{{id}}', String(id)), exact: true });
  }
}
