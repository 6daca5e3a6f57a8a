/** Strings of the Orders screen (table, filters, detail, CSV export), one file per UI language. */
import en from './en';
import es, { type OrdersMessages } from './es';
import ptBR from './pt-BR';

export type { OrdersMessages };
export const ordersLocales = { es, 'pt-BR': ptBR, en };
