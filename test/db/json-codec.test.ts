import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeJson, encodeJson } from '../../electron/db/json-codec';
import { JSON_DICTIONARY_1 } from '../../electron/db/json-dictionary';
import { seedOrderJson } from './seed-old-versions';

describe('saved JSON codec', () => {
  it('gives back exactly the JSON it was given, at well under half its size', () => {
    const order = seedOrderJson(4);
    const stored = encodeJson(order);
    expect(decodeJson(stored)).toEqual(order);
    expect(stored.length).toBeLessThan(JSON.stringify(order).length * 0.5);
    const unusual = { text: 'ñandú 🦤 "quoted" \\ back', nested: [null, true, 1.5e-7, { empty: {} }] };
    expect(decodeJson(encodeJson(unusual))).toEqual(unusual);
  });

  it('refuses bytes in a format it does not know, rather than returning garbage', () => {
    expect(() => decodeJson(Buffer.from('{"id":1}'))).toThrow(/unknown format/);
    expect(() => decodeJson(Buffer.of(9, 1, 2, 3))).toThrow(/unknown format \(9\)/);
  });

  // Rows already written depend on these exact bytes: a new dictionary is a new format, never an edit.
  it('keeps the dictionary of format 1 unchanged', () => {
    expect(createHash('sha256').update(JSON_DICTIONARY_1).digest('hex')).toBe('d7d13f9adb3530c4e9f0a64d9fe1ad6040cf22ba93cde94d81136221d63f61c5');
  });
});
