/** The feature catalogues (orders, listings, questions, sync) say the same things in es, pt-BR and en. */
import { describe, it } from 'vitest';
import { featureMessages } from '../../renderer/i18n/feature-locales';
import { expectSameShape, flatten, type Tree } from './catalogue-check';

const source = flatten(featureMessages('es') as unknown as Tree);

describe.each(['pt-BR', 'en'] as const)('%s', (language) => {
  const catalogue = flatten(featureMessages(language) as unknown as Tree);

  it('has exactly the Spanish keys, none empty, with the same placeholders', () => {
    expectSameShape(source, catalogue);
  });
});
