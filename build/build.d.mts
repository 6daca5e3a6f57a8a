// Types for build/build.mjs (used by tests; the build itself is plain JavaScript).
import type { Metafile } from 'esbuild';

export declare function buildMain(options?: { outdir?: string; metafile?: boolean }): Promise<Metafile[]>;
export declare function buildRenderer(): Promise<void>;
