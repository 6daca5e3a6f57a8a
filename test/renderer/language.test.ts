/** Which language the UI opens in: setting, then the account's site, then the browser, then Spanish. */
import { describe, expect, it } from 'vitest';
import { chooseLanguage, intlLocale, languageFromTag } from '../../renderer/i18n/language';

describe('chooseLanguage', () => {
  it('follows the saved setting over everything else', () => {
    expect(chooseLanguage({ setting: 'en', accountSite: 'MLB', browserLanguages: ['pt-BR'] })).toBe('en');
  });

  it("follows the active account's site when no language is saved", () => {
    expect(chooseLanguage({ setting: null, accountSite: 'MLB', browserLanguages: ['en-US'] })).toBe('pt-BR');
    expect(chooseLanguage({ setting: null, accountSite: 'MLM', browserLanguages: ['en-US'] })).toBe('es');
  });

  it("falls back to the browser's first language we speak", () => {
    expect(chooseLanguage({ setting: null, accountSite: null, browserLanguages: ['de-DE', 'pt-PT', 'en'] })).toBe('pt-BR');
    expect(chooseLanguage({ setting: null, accountSite: null, browserLanguages: ['en-GB'] })).toBe('en');
  });

  it('ends in Spanish when nothing else decides', () => {
    expect(chooseLanguage({ setting: null, accountSite: null, browserLanguages: [] })).toBe('es');
    expect(chooseLanguage({ setting: null, accountSite: null, browserLanguages: ['fr-FR', 'de'] })).toBe('es');
  });
});

describe('languageFromTag', () => {
  it.each([
    ['es-AR', 'es'],
    ['es_419', 'es'],
    ['ES', 'es'],
    ['pt', 'pt-BR'],
    ['pt-BR', 'pt-BR'],
    ['en-US', 'en'],
    ['it', null],
    ['', null],
  ])('%s → %s', (tag, expected) => {
    expect(languageFromTag(tag)).toBe(expected);
  });
});

describe('intlLocale', () => {
  it('formats Spanish the Argentine way and keeps the others', () => {
    expect(intlLocale('es')).toBe('es-AR');
    expect(intlLocale('pt-BR')).toBe('pt-BR');
  });
});
