// A printer profile's offsets and darkness applied to ZPL: checked as text and, drawn by the same
// renderer as the preview, by where the ink lands.
import { describe, expect, it } from 'vitest';
import { zplToPng } from '../../electron/labels/zpl-preview';
import { applyZplProfile, shiftLabelHome } from '../../electron/printing/payloads';
import type { Printer } from '../../shared/printing';
import { decodePng } from '../e2e/png';

const profile = (change: Partial<Printer['profile']>): Printer['profile'] => ({ language: 'zpl', dpi: 203, size: '4x6in', darkness: null, offsetX: 0, offsetY: 0, ...change });

/** The top-left dark pixel of the first page the preview draws. */
async function firstInk(zpl: string): Promise<{ x: number; y: number }> {
  const [page] = await zplToPng(zpl, '4x6in', 203);
  const png = decodePng(Buffer.from((page ?? '').replace(/^data:image\/png;base64,/, ''), 'base64'));
  for (let y = 0; y < png.height; y += 1) {
    for (let x = 0; x < png.width; x += 1) if (png.pixel(x, y)[0] < 128) return { x, y };
  }
  throw new Error('no ink');
}

describe('a printer profile applied to ZPL', () => {
  it('gives a format with no home of its own one after ^XA', () => {
    expect(shiftLabelHome('^XA^FO10,10^FDa^FS^XZ', 12, 30)).toBe('^XA^LH12,30^FO10,10^FDa^FS^XZ');
  });

  it("moves a format's own home instead of setting one it would override", () => {
    // Mercado Libre's labels set their home after ^XA; a home put before it would not move anything.
    const label = '^XA^MCY^XZ^XA^CI28^LH0,0^FO20,20^FDa^FS^LH 30 , 40^FO0,0^FDb^FS^XZ';
    expect(shiftLabelHome(label, 15, 5)).toBe('^XA^LH15,5^MCY^XZ^XA^CI28^LH15,5^FO20,20^FDa^FS^LH45,45^FO0,0^FDb^FS^XZ');
    expect(shiftLabelHome('^XA^LH,8^FDa^FS^XZ', 3, 0)).toBe('^XA^LH3,8^FDa^FS^XZ');
  });

  it('never writes a home below 0, which ZPL does not take', () => {
    expect(shiftLabelHome('^XA^LH20,20^FDa^FS^XZ', -30, -5)).toBe('^XA^LH0,15^FDa^FS^XZ');
    expect(shiftLabelHome('^XA^FDa^FS^XZ', -10, 4)).toBe('^XA^LH0,4^FDa^FS^XZ');
    expect(applyZplProfile('^XA^FDa^FS^XZ', profile({ offsetX: -10, offsetY: -10 }))).not.toMatch(/-/);
  });

  it('leaves the label untouched with no offsets, and sets darkness first', () => {
    const label = '^XA^LH0,0^FO1,1^FDa^FS^XZ';
    expect(applyZplProfile(label, profile({}))).toBe(label);
    expect(applyZplProfile(label, profile({ darkness: 7, offsetX: 4 }))).toBe('~SD07\n^XA^LH4,0^FO1,1^FDa^FS^XZ');
  });

  it('moves the ink by the offset on a label that sets its own home', async () => {
    const label = '^XA^LH0,0^FO100,120^GB60,60,60^FS^XZ';
    const before = await firstInk(label);
    const after = await firstInk(applyZplProfile(label, profile({ offsetX: 40, offsetY: 24 })));
    expect(before).toEqual({ x: 100, y: 120 });
    expect(after).toEqual({ x: 140, y: 144 });
  });
});
