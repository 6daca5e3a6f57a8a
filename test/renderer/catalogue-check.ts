/** Shared by the catalogue tests: flatten a message tree, and check a translation against Spanish. */
import { expect } from 'vitest';

export type Tree = { [key: string]: string | Tree };

export function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [inner, text] of flatten(value, path)) out.set(inner, text);
  }
  return out;
}

/** {{placeholders}} and <tag/> markers a translation must keep. */
export const markers = (text: string) => [...text.matchAll(/\{\{\w+\}\}|<\w+\/>/g)].map((match) => match[0]).sort();

/** Same keys as Spanish, none empty, every message with the Spanish message's markers. */
export function expectSameShape(spanish: Map<string, string>, translation: Map<string, string>): void {
  expect([...translation.keys()].sort()).toEqual([...spanish.keys()].sort());
  for (const [key, text] of translation) {
    expect(text, key).toMatch(/\S/);
    expect(markers(text), key).toEqual(markers(spanish.get(key) ?? ''));
  }
}
