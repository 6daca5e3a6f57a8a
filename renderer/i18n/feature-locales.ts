/**
 * Catalogues owned by feature folders (orders, listings, questions, sync), merged under their own
 * top-level key so a feature's strings live beside its code and never collide with the core catalogue.
 */
import type { Language } from '../../shared/settings';
import { labelsLocales, type LabelsMessages } from '../features/labels/locales';
import { listingsLocales, type ListingsMessages } from '../features/listings/locales';
import { ordersLocales, type OrdersMessages } from '../features/orders/locales';
import { outboxLocales, type OutboxMessages } from '../features/outbox/locales';
import { questionsLocales, type QuestionsMessages } from '../features/questions/locales';
import { stockLocales, type StockMessages } from '../features/stock/locales';
import { syncLocales, type SyncMessages } from '../features/sync/locales';

export interface FeatureMessages {
  orders: OrdersMessages;
  listings: ListingsMessages;
  outbox: OutboxMessages;
  questions: QuestionsMessages;
  stock: StockMessages;
  sync: SyncMessages;
  labels: LabelsMessages;
}

export function featureMessages(language: Language): FeatureMessages {
  return {
    orders: ordersLocales[language],
    listings: listingsLocales[language],
    outbox: outboxLocales[language],
    questions: questionsLocales[language],
    stock: stockLocales[language],
    sync: syncLocales[language],
    labels: labelsLocales[language],
  };
}
