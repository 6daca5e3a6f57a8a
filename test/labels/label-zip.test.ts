import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { LabelZipError, readZplZip, splitZplLabels } from '../../electron/labels/label-zip';
import { splitZip } from '../../electron/labels/label-split';

describe('the label ZIP', () => {
  it('reads the ZPL entries and never trusts names that leave their folder', () => {
    const zip = zipSync({
      'Etiqueta de envio.txt': strToU8('^XA^FDone^FS^XZ\n^XA^FDtwo^FS^XZ'),
      '../../x.txt': strToU8('^XA^FDevil^FS^XZ'),
      '/etc/passwd.txt': strToU8('^XA^FDevil^FS^XZ'),
      'Resumen de despacho.pdf': strToU8('%PDF-1.7'),
    });
    const { texts, skipped } = readZplZip(zip);
    expect(texts).toEqual(['^XA^FDone^FS^XZ\n^XA^FDtwo^FS^XZ']);
    expect(skipped.sort()).toEqual(['../../x.txt', '/etc/passwd.txt', 'Resumen de despacho.pdf']);
    expect(splitZip(zip, 2).map((bytes) => new TextDecoder().decode(bytes))).toEqual(['^XA^FDone^FS^XZ\n', '^XA^FDtwo^FS^XZ\n']);
  });

  it('stops a ZIP bomb at the cap instead of unpacking it', () => {
    const zeros = new Uint8Array(40 * 1024 * 1024);
    const bomb = zipSync({ 'Etiqueta de envio.txt': [zeros, { level: 9 }] });
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(() => readZplZip(bomb, 4 * 1024 * 1024)).toThrow(LabelZipError);
    expect(() => readZplZip(bomb, 4 * 1024 * 1024)).toThrow(/more than/);
  });

  it('reports a damaged ZIP and a label count that does not match', () => {
    expect(() => readZplZip(strToU8('not a zip at all'))).not.toThrow(TypeError);
    const zip = zipSync({ 'a.txt': strToU8('^XA^XZ') });
    expect(() => splitZip(zip, 2)).toThrow(/1 ZPL labels for 2 shipments/);
    expect(splitZplLabels('junk ^XA a ^XZ junk ^xa b ^xz')).toEqual(['^XA a ^XZ', '^xa b ^xz']);
  });
});
