/** The app version, stamped into the bundle at build time (falls back to package.json in tests). */
import { createRequire } from 'node:module';

declare const __MOSTRADOR_VERSION__: string | undefined;

export function appVersion(): string {
  if (typeof __MOSTRADOR_VERSION__ === 'string') return __MOSTRADOR_VERSION__;
  const require = createRequire(import.meta.url);
  const pkg = require('../package.json') as { version: string };
  return pkg.version;
}
