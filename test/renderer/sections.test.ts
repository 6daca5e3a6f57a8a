/** Section addresses: `#/orders` and friends, never confused with the `#token=` fragment. */
import { describe, expect, it } from 'vitest';
import { SECTION_IDS, sectionFromHash, sectionHash } from '../../renderer/navigation/sections';

describe('sectionFromHash', () => {
  it('round-trips every section', () => {
    for (const section of SECTION_IDS) expect(sectionFromHash(sectionHash(section))).toBe(section);
  });

  it.each(['', '#', '#/', '#/nope', '#token=abc', '#/orders/123', 'orders', '#/Orders'])('ignores %j', (hash) => {
    expect(sectionFromHash(hash)).toBeNull();
  });

  it('accepts a trailing slash', () => {
    expect(sectionFromHash('#/labels/')).toBe('labels');
  });
});
