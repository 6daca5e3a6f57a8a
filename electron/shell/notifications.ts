/**
 * Desktop notifications for new buyers' questions and new orders: one notification per burst, in the
 * seller's language; clicking it brings the window forward on the next unanswered question, or on the
 * (first) new order.
 */
import { newOrdersBody, type NewOrders } from '../../shared/orders';
import type { Language } from '../../shared/settings';

export interface NotificationLike {
  on(event: 'click', listener: () => void): unknown;
  show(): void;
}

export interface NotifierOptions {
  isSupported: () => boolean;
  create: (options: { title: string; body: string; silent: boolean }) => NotificationLike;
  language: () => Language;
  onOpen: () => void;
}

const QUESTION_TEXT: Record<Language, { title: (n: number) => string; body: string }> = {
  es: { title: (n) => (n === 1 ? 'Una pregunta nueva' : `${n} preguntas nuevas`), body: 'Respondé rápido: mejora tus ventas.' },
  'pt-BR': { title: (n) => (n === 1 ? 'Uma pergunta nova' : `${n} perguntas novas`), body: 'Responda rápido: melhora suas vendas.' },
  en: { title: (n) => (n === 1 ? 'A new question' : `${n} new questions`), body: 'Answering quickly helps your sales.' },
};

const ORDER_TITLE: Record<Language, (n: number) => string> = {
  es: (n) => (n === 1 ? 'Una venta nueva' : `${n} ventas nuevas`),
  'pt-BR': (n) => (n === 1 ? 'Uma venda nova' : `${n} vendas novas`),
  en: (n) => (n === 1 ? 'A new order' : `${n} new orders`),
};

/** Number formats for the amounts in a notification (the UI languages' own). */
const LOCALE: Record<Language, string> = { es: 'es-AR', 'pt-BR': 'pt-BR', en: 'en-US' };

function show(options: Pick<NotifierOptions, 'isSupported' | 'create'>, init: { title: string; body: string }, onClick: () => void): boolean {
  if (!options.isSupported()) return false;
  const notification = options.create({ ...init, silent: false });
  notification.on('click', onClick);
  notification.show();
  return true;
}

export function createQuestionNotifier(options: NotifierOptions): (added: number) => boolean {
  return (added) => {
    if (added <= 0) return false;
    const text = QUESTION_TEXT[options.language()];
    return show(options, { title: text.title(added), body: text.body }, options.onOpen);
  };
}

export interface OrderNotifierOptions extends Omit<NotifierOptions, 'onOpen'> {
  onOpen: (orderId: number) => void;
}

/** One notification for all the orders a sync found ("5 new orders"); a click opens the first. */
export function createOrderNotifier(options: OrderNotifierOptions): (found: NewOrders) => boolean {
  return (found) => {
    const [first] = found.orders;
    if (!first || found.total <= 0) return false;
    const language = options.language();
    return show(options, { title: ORDER_TITLE[language](found.total), body: newOrdersBody(found, LOCALE[language]) }, () => options.onOpen(first.id));
  };
}
