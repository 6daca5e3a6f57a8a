// Types for build/electron-native.mjs (used by tests and build/desktop.mjs's types).
export declare const ELECTRON_HEADERS_URL: string;

export declare class ElectronNativeError extends Error {}

export declare function electronNativeBindingPath(root: string, electronVersion: string): string;
export declare function installedElectronVersion(root: string): string;
export declare function findNodeGyp(options?: { root?: string; env?: NodeJS.ProcessEnv; execPath?: string }): string | null;
export declare function ensureElectronNative(options: {
  root: string;
  electronVersion?: string;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
  timeoutMs?: number;
  nodeGyp?: string | null;
  arch?: string;
  target?: string;
}): Promise<string>;
export declare function summarizeBuildFailure(output: string, electronVersion: string): string;
