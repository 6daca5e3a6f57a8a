/**
 * The words printed on own documents. A shipping label and a packing slip travel with the parcel, so
 * they speak the language of the order's store (Portuguese for Mercado Livre Brasil, Spanish for the
 * other sites); a picking list stays in the shop, in the seller's own language. Buyer and listing text
 * is printed as it is (escaped for ZPL where it is drawn).
 */
import { SITE_LANGUAGE, type Language, type SiteId } from '../../../shared/settings';
import type { DocumentKind } from '../../../shared/labels';

export interface DocumentWords {
  packingSlip(id: number): string;
  order(id: number): string;
  shipTo: string;
  pickingList: string;
  pickingSummary(orders: number, skus: number): string;
  note(text: string): string;
  title: Record<DocumentKind, string>;
}

const WORDS: Record<Language, DocumentWords> = {
  es: {
    packingSlip: (id) => `Remito ${id}`,
    order: (id) => `Venta ${id}`,
    shipTo: 'DESTINATARIO',
    pickingList: 'Lista de preparación',
    pickingSummary: (orders, skus) => `${orders} ${orders === 1 ? 'venta' : 'ventas'}, ${skus} SKU`,
    note: (text) => `Nota: ${text}`,
    title: { label: 'Etiquetas de envío', packing_slip: 'Remitos', picking_list: 'Lista de preparación' },
  },
  'pt-BR': {
    packingSlip: (id) => `Romaneio ${id}`,
    order: (id) => `Venda ${id}`,
    shipTo: 'DESTINATÁRIO',
    pickingList: 'Lista de separação',
    pickingSummary: (orders, skus) => `${orders} ${orders === 1 ? 'venda' : 'vendas'}, ${skus} SKUs`,
    note: (text) => `Nota: ${text}`,
    title: { label: 'Etiquetas de envio', packing_slip: 'Romaneios', picking_list: 'Lista de separação' },
  },
  en: {
    packingSlip: (id) => `Packing slip ${id}`,
    order: (id) => `Order ${id}`,
    shipTo: 'SHIP TO',
    pickingList: 'Picking list',
    pickingSummary: (orders, skus) => `${orders} ${orders === 1 ? 'order' : 'orders'}, ${skus} ${skus === 1 ? 'SKU' : 'SKUs'}`,
    note: (text) => `Note: ${text}`,
    title: { label: 'Shipping labels', packing_slip: 'Packing slips', picking_list: 'Picking list' },
  },
};

export function documentWords(language: Language): DocumentWords {
  return WORDS[language];
}

/** The words for what travels with an order of this store. */
export function parcelWords(siteId: SiteId | null | undefined): DocumentWords {
  return WORDS[siteId ? SITE_LANGUAGE[siteId] : 'es'];
}
