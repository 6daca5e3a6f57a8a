// electron-builder's beforePack hook: builds better-sqlite3 for Electron and for the installer's CPU
// (x64 or arm64) into dist/native-<arch>/, which electron-builder.yml copies into the app as
// dist/native/. Packaging is the only time this runs for another CPU; npm install never rebuilds.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronNative, installedElectronVersion } from './electron-native.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// electron-builder's Arch enum, by value.
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

/** Same layout as dist/native/ (electron/shell/native-binding.ts), one folder per CPU. */
export function nativeTargetFor(arch, electronVersion) {
  return path.join(root, 'dist', `native-${arch}`, `electron-${electronVersion}`, 'better_sqlite3.node');
}

export default async function beforePack(context) {
  const arch = ARCH_NAMES[context.arch];
  if (arch !== 'x64' && arch !== 'arm64') throw new Error(`Mostrador is packaged for x64 and arm64 only, not ${arch ?? context.arch}`);
  const electronVersion = context.packager?.info?.framework?.version ?? installedElectronVersion(root);
  await ensureElectronNative({
    root,
    electronVersion,
    arch,
    target: nativeTargetFor(arch, electronVersion),
    log: (line) => console.log(`  • ${line}`),
  });
}
