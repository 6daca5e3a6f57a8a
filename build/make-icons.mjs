// Makes every installer icon from one source image, the app's favicon (renderer/favicon.svg), in
// pure Node: build/icon.png (1024 px, the source electron-builder reads), build/icon.ico (Windows),
// build/icon.icns (macOS), build/icons/<n>x<n>.png (Linux) and build/tray.png. The output is
// deterministic, so a test can tell when the committed icons no longer match the favicon.
// Usage: node build/make-icons.mjs [--check]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { renderSvg } from './icon-raster.mjs';
import { encodeIcns, encodeIco, encodePng } from './icon-formats.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ICON_SOURCE = path.join(root, 'renderer/favicon.svg');
export const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
const ICNS_SIZES = [16, 32, 64, 128, 256, 512, 1024];
const TRAY_SIZE = 32;

/** Every icon file, as build-relative path → bytes. */
export function makeIcons(svg = fs.readFileSync(ICON_SOURCE, 'utf8')) {
  const png = new Map();
  const sizes = new Set([...LINUX_SIZES, ...ICO_SIZES, ...ICNS_SIZES, TRAY_SIZE]);
  for (const size of sizes) png.set(size, encodePng(size, size, renderSvg(svg, size)));
  const files = new Map();
  files.set('icon.png', png.get(1024));
  files.set('icon.ico', encodeIco(ICO_SIZES.map((size) => ({ size, png: png.get(size) }))));
  files.set('icon.icns', encodeIcns(ICNS_SIZES.map((size) => ({ size, png: png.get(size) }))));
  files.set('tray.png', png.get(TRAY_SIZE));
  for (const size of LINUX_SIZES) files.set(`icons/${size}x${size}.png`, png.get(size));
  return files;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const check = process.argv.includes('--check');
  const stale = [];
  for (const [name, bytes] of makeIcons()) {
    const target = path.join(root, 'build', name);
    if (check) {
      if (!fs.existsSync(target) || !fs.readFileSync(target).equals(bytes)) stale.push(name);
      continue;
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, bytes);
  }
  if (check && stale.length > 0) {
    console.error(`Icons out of date (run node build/make-icons.mjs): ${stale.join(', ')}`);
    process.exit(1);
  }
  console.log(check ? 'Icons are up to date.' : 'Icons written to build/.');
}
