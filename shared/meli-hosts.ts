/**
 * Mercado Libre's own hosts: each country's domain and its subdomains, over https on the default port.
 * One allow-list for everything that leaves the app for Mercado Libre — links opened in the system
 * browser, the authorization page, and the API and authorization addresses Settings may hold — so a
 * listing's link, a compromised page or a local script can never point any of them elsewhere.
 * (Developers point the app at a simulator through the environment, which this list does not govern.)
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

export function isMercadoLibreUrl(address: string): boolean {
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
