/** A shipment substatus code from Mercado Libre in the seller's words; null for none or one we have no words for. */
import { SHIPMENT_SUBSTATUSES, type ShipmentSubstatus } from '../../../shared/orders';
import type { Translate } from '../../i18n/translate';

export function substatusText(code: string | null, t: Translate): string | null {
  if (!code || !(SHIPMENT_SUBSTATUSES as readonly string[]).includes(code)) return null;
  return t(`orders.substatus.${code as ShipmentSubstatus}`);
}
