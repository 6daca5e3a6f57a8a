/**
 * Offline: with Mercado Libre unreachable (the simulator stopped), "Sync now" ends in the status bar
 * saying offline with the time of the data, and the Orders screen still shows and searches every order.
 */
import { expect, test } from '@playwright/test';
import es from '../../renderer/i18n/locales/es';
import { useSyncedDemoStore } from './data-fixtures';
import { AppPage } from './pages/app-page';
import { OrdersScreen } from './pages/orders-page';

const store = useSyncedDemoStore();

test('with Mercado Libre unreachable the app says offline and keeps showing and searching orders', async ({ page }) => {
  // An unreachable host is given up after three quick tries; the margin covers a slow machine.
  test.setTimeout(75_000);
  const app = new AppPage(page, store().host);
  await app.open();
  const orders = new OrdersScreen(page);
  await expect(orders.count).toHaveText(OrdersScreen.countText(300));
  const status = await store().api('sync.status');
  const lastSyncAt = status.accounts[0]?.lastSyncAt ?? '';
  const dataTime = new Intl.DateTimeFormat('es-AR', { timeStyle: 'short', timeZone: 'America/Argentina/Buenos_Aires' }).format(new Date(lastSyncAt));

  await store().sim.close();
  const syncItem = app.statusBar.getByTestId('status-sync');
  await syncItem.getByRole('button', { name: 'Sincronizar ahora' }).click();
  await expect(syncItem).toContainText(`Sin conexión — datos de ${dataTime}`, { timeout: 45_000 });

  await expect(orders.count).toHaveText(OrdersScreen.countText(300));
  const sample = (await store().api('orders.query', { limit: 1 })).rows[0];
  await orders.search.fill(sample?.buyerNickname ?? '');
  const { total } = await store().api('orders.query', { search: sample?.buyerNickname ?? '', limit: 1 });
  await expect(orders.count).toHaveText(OrdersScreen.countText(total));
  await orders.openButton(sample?.id ?? 0).click();
  await expect(orders.detail).toContainText(sample?.itemTitles.split(' | ')[0] ?? '');

  // Other screens keep working from the cache too.
  await app.goTo('listings', es);
  await expect(page.getByTestId('listing-row').first()).toBeVisible();
});
