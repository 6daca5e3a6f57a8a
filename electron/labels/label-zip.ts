/**
 * Mercado Libre's zpl2 answer is a ZIP (the ZPL as a .txt, sometimes a PDF summary). It is read in
 * memory only: entry names choose nothing but which entries hold ZPL and are never used as paths. The
 * container is read by fflate; each wanted entry is inflated by Node's own zlib (native: a batch's
 * labels in a fraction of a millisecond, where fflate's JavaScript inflate took ~2 ms on the path to
 * the printer) with its output capped at what is left of the budget, so a ZIP bomb (or an entry that
 * lies about its size) stops at the cap instead of filling memory.
 */
import zlib from 'node:zlib';
import { Unzip, type UnzipDecoder, type UnzipDecoderConstructor, type UnzipFile } from 'fflate';

/** Far above a batch of 50 labels (a few KB each), far below what would hurt. */
export const MAX_UNZIPPED_BYTES = 16 * 1024 * 1024;
const PUSH_BYTES = 16 * 1024;
const DEFLATE = 8;
/** Our own error code for an entry past the cap (fflate's codes are 0 and up). */
const TOO_BIG = -1;

export class LabelZipError extends Error {
  override name = 'LabelZipError';
}

export interface ZplEntries {
  /** ZPL text of each .txt/.zpl entry, in ZIP order. */
  texts: string[];
  /** Entry names that were skipped (not ZPL, or a name that tries to leave its folder). */
  skipped: string[];
}

/** Names like `../../x`, `/etc/x`, `C:\x` are suspicious: their content is not trusted as a label. */
function unsafeName(name: string): boolean {
  return name.split(/[\\/]/).includes('..') || /^([\\/]|[a-zA-Z]:)/.test(name) || name.includes('\0');
}

/** Deflated entries inflated natively, whole, never past `room()` bytes. */
function nativeInflate(room: () => number): UnzipDecoderConstructor {
  return class NativeInflate implements UnzipDecoder {
    static compression = DEFLATE;
    ondata: UnzipDecoder['ondata'] = () => undefined;
    private chunks: Uint8Array[] = [];
    private stopped = false;
    push(chunk: Uint8Array, final: boolean): void {
      if (this.stopped) return;
      // fflate reuses its buffers: keep a copy.
      this.chunks.push(chunk.slice());
      if (!final) return;
      let out: Buffer;
      try {
        // One byte past the room: an entry that fills it exactly still fits, one byte more is refused.
        out = zlib.inflateRawSync(Buffer.concat(this.chunks), { maxOutputLength: Math.max(1, room() + 1) });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const tooBig = code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError;
        this.ondata(Object.assign(new Error(tooBig ? 'too big' : String((error as Error).message)), { code: tooBig ? TOO_BIG : 0 }), new Uint8Array(), true);
        return;
      }
      this.ondata(null, out as Uint8Array<ArrayBuffer>, true);
    }
    terminate(): void {
      this.stopped = true;
      this.chunks = [];
    }
  };
}

export function readZplZip(zip: Uint8Array, cap = MAX_UNZIPPED_BYTES): ZplEntries {
  const wanted: Array<{ name: string; chunks: Uint8Array[] }> = [];
  const skipped: string[] = [];
  let total = 0;
  let failure: Error | null = null;
  const tooBig = () => new LabelZipError(`The label ZIP unpacks to more than ${cap} bytes; it was not read.`);

  const unzip = new Unzip((file: UnzipFile) => {
    if (unsafeName(file.name) || !/\.(txt|zpl)$/i.test(file.name)) {
      skipped.push(file.name);
      return;
    }
    const entry = { name: file.name, chunks: [] as Uint8Array[] };
    wanted.push(entry);
    file.ondata = (error, chunk) => {
      if (failure) return;
      if (error) {
        failure = error.code === TOO_BIG ? tooBig() : new LabelZipError(`The label ZIP is damaged (${error.message}).`);
        return;
      }
      total += chunk.length;
      if (total > cap) {
        failure = tooBig();
        file.terminate();
        return;
      }
      entry.chunks.push(chunk);
    };
    file.start();
  });
  unzip.register(nativeInflate(() => cap - total));

  try {
    for (let offset = 0; offset < zip.length && !failure; offset += PUSH_BYTES) {
      const end = Math.min(offset + PUSH_BYTES, zip.length);
      unzip.push(zip.subarray(offset, end), end === zip.length);
    }
  } catch (error) {
    failure ??= new LabelZipError(`The label ZIP could not be read (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (failure) throw failure;
  const decoder = new TextDecoder('utf-8');
  return { texts: wanted.map((entry) => decoder.decode(Buffer.concat(entry.chunks))), skipped };
}

/** One `^XA … ^XZ` block per label, in the order they came. */
export function splitZplLabels(text: string): string[] {
  const blocks: string[] = [];
  const pattern = /\^XA[\s\S]*?\^XZ/gi;
  for (const match of text.matchAll(pattern)) blocks.push(match[0]);
  return blocks;
}
