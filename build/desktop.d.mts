// Types for build/desktop.mjs (used by tests; the launcher itself is plain JavaScript).
import type { ChildProcess } from 'node:child_process';
import type { BrowserModeReason } from '../shared/contract/app';

export declare const SHELL_READY_LINE: string;

export type ElectronBinary = { ok: true; binary: string } | { ok: false; code: 'electron_missing'; reason: string };

export declare function resolveElectronBinary(options: {
  root: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}): Promise<ElectronBinary>;

export type DesktopStart = { started: true; child: ChildProcess } | { started: false; code: BrowserModeReason; reason: string };

export declare function tryStartDesktop(options: {
  root: string;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  log?: (line: string) => void;
  resolveBinary?: (options: { root: string; env: NodeJS.ProcessEnv }) => Promise<ElectronBinary>;
  ensureNative?: (options: { root: string; env: NodeJS.ProcessEnv; log: (line: string) => void }) => Promise<string>;
  readyTimeoutMs?: number;
}): Promise<DesktopStart>;
