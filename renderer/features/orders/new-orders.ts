/**
 * New orders found by a sync (`orders.new`): in browser mode one system notification per sync ("5 new
 * orders", what was sold and for how much), which opens the (first) order when clicked.
 */
import { isLanguage, intlLocale, FALLBACK_LANGUAGE } from '../../i18n/language';
import { newOrdersBody, type NewOrders } from '../../../shared/orders';
import { transport } from '../../api/client';
import { i18n } from '../../i18n';
import { showWebNotification } from '../notifications/web-notifications';
import { openOrder } from './open-order';

function notify(found: NewOrders): void {
  const [first] = found.orders;
  if (!first) return;
  const language = isLanguage(i18n.language) ? i18n.language : FALLBACK_LANGUAGE;
  showWebNotification({
    title: i18n.t('orders.newOrders', { count: found.total }),
    body: newOrdersBody(found, intlLocale(language)),
    tag: `orders-${first.id}`,
    onClick: () => openOrder(first.id),
  });
}

let following = false;

/** Starts listening for new orders (once per window). */
export function followNewOrders(): void {
  if (following) return;
  following = true;
  transport().on('orders.new', notify);
}
