/**
 * PDF pages drawn as PNG on this computer (pdf.js with a prebuilt N-API canvas: no network, nothing
 * rebuilt for Electron), at the dpi the label prints at, so the preview is what will print. Fonts the
 * PDF names but does not embed come from pdf.js's own standard font files, read from disk. Loaded on
 * first use.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { MAX_PREVIEW_PAGES } from './zpl-preview';

type PdfJs = typeof PdfJsModule;
let pdfjs: Promise<PdfJs> | null = null;

function load(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

function standardFontsFolder(): string {
  const require = createRequire(import.meta.url);
  return `${path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts')}${path.sep}`;
}

/** What pdf.js's Node canvas factory (over @napi-rs/canvas) hands out. */
interface NodeCanvasFactory {
  create(width: number, height: number): {
    canvas: { width: number; height: number; toBuffer(type: 'image/png'): Buffer };
    context: { fillStyle: string; fillRect(x: number, y: number, width: number, height: number): void };
  };
}

export async function pdfToPng(bytes: Uint8Array, dpi: number, maxPages = MAX_PREVIEW_PAGES): Promise<string[]> {
  const lib = await load();
  // pdf.js takes ownership of the buffer it is given: it gets a copy.
  const task = lib.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, standardFontDataUrl: standardFontsFolder(), verbosity: 0 });
  const pdf = await task.promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= Math.min(pdf.numPages, maxPages); number += 1) {
      const page = await pdf.getPage(number);
      const viewport = page.getViewport({ scale: dpi / 72 });
      const { canvas, context } = (pdf.canvasFactory as NodeCanvasFactory).create(Math.round(viewport.width), Math.round(viewport.height));
      // Labels print on white stock: the page is painted white first, not left transparent.
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      await page.render({ canvasContext: context as never, viewport, canvas: canvas as never }).promise;
      pages.push(canvas.toBuffer('image/png').toString('base64'));
      page.cleanup();
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}
