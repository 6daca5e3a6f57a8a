/**
 * The three catalogues say the same things: same keys (tsc checks the shape; this catches empty strings
 * and copy-paste leftovers), same {{placeholders}} in each message.
 */
import { describe, expect, it } from 'vitest';
import en from '../../renderer/i18n/locales/en';
import es from '../../renderer/i18n/locales/es';
import ptBR from '../../renderer/i18n/locales/pt-BR';
import { expectSameShape, flatten } from './catalogue-check';


const source = flatten(es);

describe.each([
  ['pt-BR', flatten(ptBR)],
  ['en', flatten(en)],
])('%s', (_language, catalogue) => {
  it('has exactly the Spanish keys, none empty, each keeping the Spanish placeholders', () => {
    expectSameShape(source, catalogue);
  });

  it('is actually translated (section texts differ from Spanish)', () => {
    for (const [key, text] of catalogue) {
      if (key.startsWith('sections.') || key.startsWith('errors.')) expect(text, key).not.toBe(source.get(key));
    }
  });
});
