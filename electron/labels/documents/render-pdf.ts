/**
 * Own documents in PDF (pdf-lib): one page per document page at the stock's physical size. The
 * standard fonts speak WinAnsi, which covers Spanish and Portuguese; any other character prints '?'.
 */
import { PDFDocument, StandardFonts, rgb, type PDFPage } from 'pdf-lib';
import type { LabelSize } from '../../../shared/labels';
import type { DocLine, DocPage } from './document-model';
import { STOCK_INCHES, oneLine } from './render-zpl';
import { barcodeValue } from './zpl-escape';

const POINTS: Record<DocLine['size'], number> = { large: 15, medium: 11, small: 9 };

function winAnsi(text: string): string {
  return [...oneLine(text)].map((char) => ((char.codePointAt(0) ?? 0) < 256 ? char : '?')).join('');
}

/** A drawn stand-in for Code 128 bars (the value is printed under it in plain text too). */
function drawBars(page: PDFPage, value: string, x: number, y: number, height: number): number {
  let cursor = x;
  for (const char of value) {
    const n = Number.parseInt(char, 36);
    page.drawRectangle({ x: cursor, y, width: 1 + (n % 3), height, color: rgb(0, 0, 0) });
    cursor += 3 + (n % 4);
  }
  return cursor;
}

export async function renderPdf(pages: DocPage[], size: LabelSize, title: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  pdf.setCreator('Mostrador');
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const { width, height } = STOCK_INCHES[size];
  for (const docPage of pages) {
    const page = pdf.addPage([width * 72, height * 72]);
    const margin = 14;
    const maxWidth = width * 72 - 2 * margin;
    let y = height * 72 - margin;
    const place = (line: DocLine, index: number) => {
      const sizePt = POINTS[line.size];
      const face = line.size === 'large' ? bold : font;
      let text = winAnsi(line.text);
      while (text.length > 1 && face.widthOfTextAtSize(text, sizePt) > maxWidth) text = text.slice(0, -1);
      y -= sizePt * 1.3;
      if (y < margin) return;
      page.drawText(text, { x: margin, y, size: sizePt, font: face });
      if (index === 0 && docPage.barcode) {
        const code = barcodeValue(docPage.barcode);
        y -= 52;
        drawBars(page, code, margin, y, 46);
        y -= 12;
        page.drawText(code, { x: margin, y, size: 9, font });
      }
    };
    docPage.lines.forEach(place);
  }
  return pdf.save();
}
