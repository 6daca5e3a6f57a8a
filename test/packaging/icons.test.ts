/**
 * The installer icons are made from the favicon by build/make-icons.mjs: the committed files must be
 * exactly what the script makes today, and each container must be well formed (PNG sizes, ICO and
 * ICNS directories pointing at real PNG data).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINUX_SIZES, makeIcons } from '../../build/make-icons.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const icons = makeIcons();

function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('installer icons', () => {
  it('are up to date with the favicon (run npm run icons after changing it)', () => {
    for (const [name, bytes] of icons) expect(fs.readFileSync(path.join(root, 'build', name)).equals(bytes), name).toBe(true);
  });

  it('come in every Linux size, and the source electron-builder reads is 1024 px', () => {
    for (const size of LINUX_SIZES) expect(pngSize(icons.get(`icons/${size}x${size}.png`)!)).toEqual([size, size]);
    expect(pngSize(icons.get('icon.png')!)).toEqual([1024, 1024]);
  });

  it('hold PNG entries of the sizes each ICO directory names', () => {
    const ico = icons.get('icon.ico')!;
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const sizes: number[] = [];
    for (let index = 0; index < count; index += 1) {
      const at = 6 + index * 16;
      const size = ico[at] === 0 ? 256 : ico[at]!;
      const [width] = pngSize(ico.subarray(ico.readUInt32LE(at + 12), ico.readUInt32LE(at + 12) + ico.readUInt32LE(at + 8)));
      expect(width).toBe(size);
      sizes.push(size);
    }
    expect(sizes).toContain(256);
  });

  it('hold an ICNS whose blocks add up to its length, up to 1024 px', () => {
    const icns = icons.get('icon.icns')!;
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      types.push(icns.subarray(at, at + 4).toString('latin1'));
      pngSize(icns.subarray(at + 8, at + icns.readUInt32BE(at + 4)));
    }
    expect(types).toContain('ic10');
  });
});
