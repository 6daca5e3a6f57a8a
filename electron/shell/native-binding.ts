/**
 * Where the better-sqlite3 binary built for Electron's ABI lives. build/electron-native.mjs builds it
 * at exactly this path (a test keeps the two in step); the Node build in node_modules stays for
 * tests and browser mode.
 */
import path from 'node:path';

export const NATIVE_BINDING_FILE = 'better_sqlite3.node';

export function electronNativeBindingPath(appRoot: string, electronVersion: string): string {
  return path.join(appRoot, 'dist', 'native', `electron-${electronVersion}`, NATIVE_BINDING_FILE);
}
