/**
 * Text from buyers and listings goes into ZPL only as `^FH^FD…^FS` with every byte outside a small
 * safe set written as a `_XX` hex escape of its UTF-8 bytes. So `^`, `~`, `_`, control characters
 * and anything else can never end the field or start a command, whatever the text holds; `^CI28` at
 * the top of each label makes the printer read the escaped bytes as UTF-8.
 */
const SAFE = /^[A-Za-z0-9 .,:;/#()+*=@'"?!-]$/;

export function zplHex(text: string): string {
  let out = '';
  for (const char of text) {
    if (SAFE.test(char)) {
      out += char;
      continue;
    }
    for (const byte of Buffer.from(char, 'utf8')) out += `_${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** A field holding untrusted text: `^FH` turns the escapes back into the characters, as data only. */
export function zplTextField(text: string): string {
  return `^FH_^FD${zplHex(text)}^FS`;
}

/** Barcode data: digits and capital letters only, so no escaping is ever needed inside ^BC. */
export function barcodeValue(value: string): string {
  const cleaned = value.toUpperCase().replace(/[^0-9A-Z]/g, '');
  if (cleaned === '') throw new Error('A barcode needs at least one digit or letter.');
  return cleaned;
}
