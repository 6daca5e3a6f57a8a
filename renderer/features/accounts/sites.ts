/**
 * Which Mercado Libre site the connect dialog proposes: the country in the browser's language tags when
 * it has a site (es-MX → MLM), else the UI language's home site. Pure, so it is easy to reason about.
 */
import { SITES, type Language, type SiteId } from '../../../shared/settings';

const REGION_SITE: Record<string, SiteId> = {
  AR: 'MLA',
  BR: 'MLB',
  MX: 'MLM',
  CL: 'MLC',
  CO: 'MCO',
  UY: 'MLU',
  PE: 'MPE',
};

const LANGUAGE_SITE: Record<Language, SiteId> = { es: 'MLA', 'pt-BR': 'MLB', en: 'MLA' };

export function defaultSite(language: Language, browserLanguages: readonly string[]): SiteId {
  for (const tag of browserLanguages) {
    const [primary, region] = tag.split(/[-_]/);
    const site = region ? REGION_SITE[region.toUpperCase()] : undefined;
    // Only a tag in the UI's own language counts: an English UI on an es-MX browser still proposes Mexico,
    // but a Spanish UI does not jump to Brazil because pt-BR is listed second.
    if (site && (primary === language.split('-')[0] || language === 'en')) return site;
  }
  return LANGUAGE_SITE[language];
}

export function isSiteId(value: string): value is SiteId {
  return (SITES as readonly string[]).includes(value);
}
