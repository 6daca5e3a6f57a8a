/** The feature catalogues (orders, listings, questions, sync) say the same things in es, pt-BR and en. */
import { describe, expect, it } from 'vitest';
import { featureMessages } from '../../renderer/i18n/feature-locales';

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
const source = flatten(featureMessages('es') as unknown as Tree);

describe.each(['pt-BR', 'en'] as const)('%s', (language) => {
  const catalogue = flatten(featureMessages(language) as unknown as Tree);

  it('has exactly the Spanish keys, none empty, with the same placeholders', () => {
    expect([...catalogue.keys()].sort()).toEqual([...source.keys()].sort());
    for (const [key, text] of catalogue) {
      expect(text, key).toMatch(/\S/);
      expect(placeholders(text), key).toEqual(placeholders(source.get(key) ?? ''));
    }
  });
});
