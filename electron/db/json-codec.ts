/**
 * The JSON as received from Mercado Libre is kept compressed: every writer encodes with encodeJson and
 * every reader decodes with decodeJson, nothing else touches the bytes. A stored value starts with a
 * format byte, so a better scheme can be added later while older rows stay readable.
 *   1: raw deflate (level 6) against the preset dictionary JSON_DICTIONARY_1.
 * Deflate rather than brotli: with the dictionary it is both smaller and faster on documents of 1–3 KB.
 */
import zlib from 'node:zlib';
import { JSON_DICTIONARY_1 } from './json-dictionary';

const FORMAT_DEFLATE_DICTIONARY_1 = 1;

export function encodeJsonText(text: string): Buffer {
  const body = zlib.deflateRawSync(Buffer.from(text, 'utf8'), { level: 6, dictionary: JSON_DICTIONARY_1 });
  return Buffer.concat([Buffer.of(FORMAT_DEFLATE_DICTIONARY_1), body]);
}

export function encodeJson(value: unknown): Buffer {
  return encodeJsonText(JSON.stringify(value));
}

export function decodeJsonText(stored: Uint8Array): string {
  const format = stored[0];
  if (format !== FORMAT_DEFLATE_DICTIONARY_1) throw new Error(`Saved JSON in an unknown format (${String(format)}).`);
  return zlib.inflateRawSync(stored.subarray(1), { dictionary: JSON_DICTIONARY_1 }).toString('utf8');
}

export function decodeJson(stored: Uint8Array): unknown {
  return JSON.parse(decodeJsonText(stored)) as unknown;
}
