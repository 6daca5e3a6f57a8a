/**
 * ZPL drawn as PNG pages on this computer (zpl-renderer-js, a WebAssembly ZPL renderer: no network),
 * at the stock's size and the profile's dpi, so the preview is what will print. Loaded on first use.
 */
import type { Dpi, LabelSize } from '../../shared/labels';
import { STOCK_INCHES } from './documents/render-zpl';

type Renderer = (zpl: string, widthMm: number, heightMm: number, dpmm: number) => Promise<string[]>;
let renderer: Promise<Renderer> | null = null;

function load(): Promise<Renderer> {
  renderer ??= import('zpl-renderer-js').then(async (module) => (await module.ready).api.zplToBase64MultipleAsync);
  return renderer;
}

/** At most this many pages are drawn for one preview: enough to check a batch, bounded in time. */
export const MAX_PREVIEW_PAGES = 20;

export async function zplToPng(zpl: string, size: LabelSize, dpi: Dpi): Promise<string[]> {
  const inches = STOCK_INCHES[size];
  const blocks = zpl.match(/\^XA[\s\S]*?\^XZ/gi) ?? [];
  const render = await load();
  return render(blocks.slice(0, MAX_PREVIEW_PAGES).join('\n'), inches.width * 25.4, inches.height * 25.4, dpi === 300 ? 12 : 8);
}
