/**
 * Which addresses may leave the app for the seller's system browser: https pages on Mercado Libre's own
 * sites (each country's domain and its subdomains). Everything else is refused, so a listing
 * description or a buyer's message with a link can never make the app open an arbitrary site or a
 * local program (file:, smb:, custom schemes).
 */

export const MERCADO_LIBRE_DOMAINS: readonly string[] = [
  'mercadolibre.com.ar',
  'mercadolibre.com.mx',
  'mercadolibre.com.co',
  'mercadolibre.cl',
  'mercadolibre.com.uy',
  'mercadolibre.com.pe',
  'mercadolibre.com',
  'mercadolivre.com.br',
];

export function isAllowedExternalUrl(address: string): boolean {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:') return false;
  // Credentials or an odd port in a link are a phishing pattern, never a real Mercado Libre page.
  if (url.username !== '' || url.password !== '' || url.port !== '') return false;
  const host = url.hostname;
  return MERCADO_LIBRE_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
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
