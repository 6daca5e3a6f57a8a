/**
 * Which addresses may leave the app for the seller's system browser: https pages on Mercado Libre's own
 * sites (each country's domain and its subdomains). Everything else is refused, so a listing
 * description or a buyer's message with a link can never make the app open an arbitrary site or a
 * local program (file:, smb:, custom schemes). The list itself is shared/meli-hosts.ts.
 */
import { isMercadoLibreUrl } from '../../shared/meli-hosts';

export { MERCADO_LIBRE_DOMAINS } from '../../shared/meli-hosts';

export function isAllowedExternalUrl(address: string): boolean {
  return isMercadoLibreUrl(address);
}

/** Opens the address in the system browser only when it is allow-listed; says whether it did. */
export function openExternalIfAllowed(address: string, openExternal: (url: string) => Promise<void>): boolean {
  if (!isAllowedExternalUrl(address)) return false;
  // Re-serialize so the browser gets exactly the URL we checked, not the raw string.
  openExternal(new URL(address).href).catch(() => {
    // No default browser, or the OS refused: nothing useful to tell the renderer, the click just does nothing.
  });
  return true;
}
