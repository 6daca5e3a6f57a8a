/**
 * The beforePack hook's contract with the rest of packaging: it builds into dist/native-<arch>/ with
 * the same layout the app loads from dist/native/ (electron-builder.yml maps one onto the other), and
 * refuses CPUs Mostrador is not packaged for before any compiler runs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import beforePack, { nativeTargetFor } from '../../build/before-pack.mjs';
import { electronNativeBindingPath } from '../../electron/shell/native-binding';

const root = path.resolve(import.meta.dirname, '../..');

describe('beforePack hook', () => {
  it('builds each CPU into its own folder, laid out like the one the app loads', () => {
    for (const arch of ['x64', 'arm64']) {
      const built = path.relative(root, nativeTargetFor(arch, '45.4.1'));
      const loaded = path.relative(root, electronNativeBindingPath(root, '45.4.1'));
      expect(built).toBe(loaded.replace(`dist${path.sep}native${path.sep}`, `dist${path.sep}native-${arch}${path.sep}`));
    }
    const yml = fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
    expect(yml).toMatch(/- from: dist\/native-\$\{arch\}\n\s+to: dist\/native\n/);
  });

  it('refuses 32-bit and armv7l builds', async () => {
    // electron-builder's Arch enum: 0 is ia32, 2 is armv7l.
    await expect(beforePack({ arch: 0 })).rejects.toThrow(/x64 and arm64 only, not ia32/);
    await expect(beforePack({ arch: 2 })).rejects.toThrow(/not armv7l/);
  });
});
