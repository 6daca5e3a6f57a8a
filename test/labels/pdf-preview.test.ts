// PDF previews drawn here (pdf.js on a native canvas, no network): a Mercado Libre PDF label and an
// own PDF document come back as PNG pages at the size and dpi they print at, with ink on them.
import { afterEach, describe, expect, it } from 'vitest';
import type { DocumentInfo, PreviewOutput } from '../../shared/labels';
import { decodePng } from '../e2e/png';
import { call, type SimHost } from '../helpers/sim-host';
import { labelsRig, readyShipments } from './labels-rig';

let rig: SimHost | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

/** Share of pixels that are clearly dark: blank pages have none, labels have text and bars. */
function inkShare(base64: string): { width: number; height: number; ink: number } {
  const png = decodePng(Buffer.from(base64, 'base64'));
  let dark = 0;
  let seen = 0;
  for (let y = 0; y < png.height; y += 4) {
    for (let x = 0; x < png.width; x += 4) {
      const [r, g, b] = png.pixel(x, y);
      if (r + g + b < 200) dark += 1;
      seen += 1;
    }
  }
  return { width: png.width, height: png.height, ink: dark / seen };
}

describe('PDF previews', () => {
  it('draws a kept PDF label as a PNG at 203 dpi, offline', async () => {
    rig = await labelsRig();
    const [id] = readyShipments(rig).map((s) => s.id);
    await call(rig.host, 'labels.fetch', { shipmentIds: [id], format: 'pdf' });
    await rig.sim.close();
    const preview = await call<PreviewOutput>(rig.host, 'labels.preview', { shipmentId: id, format: 'pdf' });
    expect(preview).toMatchObject({ format: 'pdf', pages: 1, dpi: 203 });
    expect(preview.pngPages).toHaveLength(1);
    const page = inkShare(preview.pngPages[0] ?? '');
    // A 4×6 in page (288 × 432 pt) at 203 dpi.
    expect([page.width, page.height]).toEqual([812, 1218]);
    expect(page.ink).toBeGreaterThan(0.01);
    expect(page.ink).toBeLessThan(0.6);
    rig.host.close();
    rig = null;
  });

  it('draws every page of an own PDF document at its stock size and dpi', async () => {
    rig = await labelsRig();
    const orderIds = rig.host.db.prepare('SELECT id FROM orders ORDER BY id LIMIT 3').pluck().all() as number[];
    const doc = await call<DocumentInfo>(rig.host, 'documents.create', { orderIds, kind: 'label', format: 'pdf', size: '10x15cm', dpi: 300 });
    const preview = await call<PreviewOutput>(rig.host, 'labels.preview', { documentId: doc.documentId });
    expect(preview.pngPages).toHaveLength(3);
    for (const base64 of preview.pngPages) {
      const page = inkShare(base64);
      // 10 × 15 cm at 300 dpi: 1181 × 1772 dots.
      expect([page.width, page.height]).toEqual([1181, 1772]);
      expect(page.ink).toBeGreaterThan(0.01);
    }
  });
});
