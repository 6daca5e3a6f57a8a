// Types for build/before-pack.mjs (used by tests).
export declare function nativeTargetFor(arch: string, electronVersion: string): string;
export default function beforePack(context: { arch: number; packager?: { info?: { framework?: { version?: string } } } }): Promise<void>;
