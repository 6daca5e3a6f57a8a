/**
 * The three catalogues say the same things: same keys (tsc checks the shape; this catches empty strings
 * and copy-paste leftovers), same {{placeholders}} in each message.
 */
import { describe, expect, it } from 'vitest';
import en from '../../renderer/i18n/locales/en';
import es from '../../renderer/i18n/locales/es';
import ptBR from '../../renderer/i18n/locales/pt-BR';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [inner, text] of flatten(value, path)) out.set(inner, text);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

const source = flatten(es);

describe.each([
  ['pt-BR', flatten(ptBR)],
  ['en', flatten(en)],
])('%s', (_language, catalogue) => {
  it('has exactly the Spanish keys, none empty', () => {
    expect([...catalogue.keys()].sort()).toEqual([...source.keys()].sort());
    for (const [key, text] of catalogue) expect(text, key).toMatch(/\S/);
  });

  it('keeps every placeholder of the Spanish message', () => {
    for (const [key, text] of source) expect(placeholders(catalogue.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('is actually translated (section texts differ from Spanish)', () => {
    for (const [key, text] of catalogue) {
      if (key.startsWith('sections.') || key.startsWith('errors.')) expect(text, key).not.toBe(source.get(key));
    }
  });
});
