/** Mercado Libre's authorization host per site (the bare auth.mercadolibre.com has had certificate trouble). */
import type { SiteId } from '../../shared/settings';

export const AUTH_HOSTS: Record<SiteId, string> = {
  MLA: 'https://auth.mercadolibre.com.ar',
  MLB: 'https://auth.mercadolivre.com.br',
  MLM: 'https://auth.mercadolibre.com.mx',
  MLC: 'https://auth.mercadolibre.cl',
  MCO: 'https://auth.mercadolibre.com.co',
  MLU: 'https://auth.mercadolibre.com.uy',
  MPE: 'https://auth.mercadolibre.com.pe',
};

export function authorizationUrl(options: {
  authBase: string | null;
  siteId: SiteId;
  clientId: string;
  redirectUri: string;
  state: string;
  codeChallenge: string;
}): string {
  const base = (options.authBase ?? AUTH_HOSTS[options.siteId]).replace(/\/+$/, '');
  const url = new URL(`${base}/authorization`);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', options.clientId);
  url.searchParams.set('redirect_uri', options.redirectUri);
  url.searchParams.set('state', options.state);
  url.searchParams.set('code_challenge', options.codeChallenge);
  url.searchParams.set('code_challenge_method', 'S256');
  return url.toString();
}
