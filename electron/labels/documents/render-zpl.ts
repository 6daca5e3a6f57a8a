/** Own documents in ZPL II: one ^XA…^XZ per page, sized in dots for the stock and dpi chosen. */
import type { Dpi, LabelSize } from '../../../shared/labels';
import type { DocLine, DocPage } from './document-model';
import { barcodeValue, zplHex } from './zpl-escape';

export const STOCK_INCHES: Record<LabelSize, { width: number; height: number }> = {
  '4x6in': { width: 4, height: 6 },
  '10x15cm': { width: 100 / 25.4, height: 150 / 25.4 },
};

export function dotsOf(size: LabelSize, dpi: Dpi): { width: number; height: number } {
  const inches = STOCK_INCHES[size];
  return { width: Math.round(inches.width * dpi), height: Math.round(inches.height * dpi) };
}

/** Font heights in dots at 203 dpi; 300 dpi scales them so the print keeps its physical size. */
const HEIGHT_203: Record<DocLine['size'], number> = { large: 42, medium: 30, small: 24 };

/** Control characters become spaces before escaping: a label line is one line. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').replace(/\s+/g, ' ').trim();
}

export function renderZpl(pages: DocPage[], size: LabelSize, dpi: Dpi): string {
  const { width, height } = dotsOf(size, dpi);
  const scale = dpi / 203;
  const margin = Math.round(30 * scale);
  const fieldWidth = width - 2 * margin;
  return pages
    .map((page) => {
      const out = ['^XA', '^CI28', `^PW${width}`, `^LL${height}`];
      let y = margin;
      const [heading, ...rest] = page.lines;
      const place = (line: DocLine) => {
        const h = Math.round(HEIGHT_203[line.size] * scale);
        out.push(`^FO${margin},${y}^A0N,${h},${h}^FB${fieldWidth},1,0,L^FH_^FD${zplHex(oneLine(line.text))}^FS`);
        y += Math.round(h * 1.3);
      };
      if (heading) place(heading);
      if (page.barcode) {
        const barHeight = Math.round(100 * scale);
        out.push(`^FO${margin},${y}^BY${Math.max(2, Math.round(2 * scale))}^BCN,${barHeight},Y,N,N^FD${barcodeValue(page.barcode)}^FS`);
        y += barHeight + Math.round(50 * scale);
      }
      for (const line of rest) {
        if (y > height - margin) break;
        place(line);
      }
      out.push('^XZ');
      return out.join('\n');
    })
    .join('\n');
}
