import { describe, expect, it, vi } from 'vitest';
import { isAllowedExternalUrl, openExternalIfAllowed } from '../../electron/shell/external-links';

describe('external links', () => {
  it.each([
    'https://articulo.mercadolibre.com.ar/MLA-123456-zapatillas',
    'https://www.mercadolivre.com.br/ajuda',
    'https://mercadolibre.com.mx/',
    'https://vendedores.mercadolibre.cl/nota',
    'https://listado.mercadolibre.com.co/x',
    'https://www.mercadolibre.com.uy',
    'https://www.mercadolibre.com.pe',
    'https://developers.mercadolibre.com/',
    'https://ARTICULO.MercadoLibre.com.AR/MLA-1',
  ])('opens %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['plain http', 'http://articulo.mercadolibre.com.ar/MLA-1'],
    ['another site', 'https://evil.com/'],
    ['http elsewhere', 'http://evil.com'],
    ['a look-alike suffix', 'https://mercadolibre.com.ar.evil.com/'],
    ['a look-alike prefix', 'https://evilmercadolibre.com.ar/'],
    ['credentials in the URL', 'https://user:pw@www.mercadolibre.com.ar/'],
    ['a userinfo trick', 'https://www.mercadolibre.com.ar@evil.com/'],
    ['a non-default port', 'https://www.mercadolibre.com.ar:8443/'],
    ['a local file', 'file:///etc/passwd'],
    ['a script URL', 'javascript:alert(1)'],
    ['a custom scheme', 'ms-settings:privacy'],
    ['a Brazilian typo domain', 'https://mercadolibre.com.br/'],
    ['garbage', 'not a url'],
  ])('refuses %s', (_why, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('hands only allowed links to the system browser', async () => {
    const openExternal = vi.fn(() => Promise.resolve());
    expect(openExternalIfAllowed('http://evil.com', openExternal)).toBe(false);
    expect(openExternalIfAllowed('https://articulo.mercadolibre.com.ar/MLA-1?x=1', openExternal)).toBe(true);
    expect(openExternal.mock.calls).toEqual([['https://articulo.mercadolibre.com.ar/MLA-1?x=1']]);
  });

  it('does not surface a failing system browser as an unhandled rejection', async () => {
    const openExternal = vi.fn(() => Promise.reject(new Error('no browser')));
    expect(openExternalIfAllowed('https://www.mercadolibre.com.ar/', openExternal)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
});
