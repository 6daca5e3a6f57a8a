// Types for build/make-icons.mjs (used by tests).
export declare const ICON_SOURCE: string;
export declare const LINUX_SIZES: number[];
export declare function makeIcons(svg?: string): Map<string, Buffer>;
