// Packages Mostrador with electron-builder (after `node build/build.mjs`): installers for this OS, or
// with --dir only the unpacked app. electron-builder.yml holds the configuration; the one thing added
// here is the update feed: with MOSTRADOR_UPDATE_FEED set (an https:// folder), the build gets a generic
// `publish` provider, so electron-builder writes the latest*.yml files that folder must serve and the
// app's app-update.yml. Without it nothing is published and the app has no feed. Nothing is uploaded
// either way (--publish never): the release workflow attaches the files.
// Usage: node build/package.mjs [--dir]
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The `publish` override for electron-builder: null when no feed is configured, a generic provider for
 * an https:// address; anything else stops the build with the reason (never a silently feedless app).
 */
export function publishFor(env) {
  const feed = env.MOSTRADOR_UPDATE_FEED?.trim();
  if (!feed) return null;
  let url;
  try {
    url = new URL(feed);
  } catch {
    throw new Error(`MOSTRADOR_UPDATE_FEED is not an address: ${JSON.stringify(feed)}`);
  }
  if (url.protocol !== 'https:') throw new Error('MOSTRADOR_UPDATE_FEED must be an https:// address');
  if (url.username || url.password) throw new Error('MOSTRADOR_UPDATE_FEED must not hold a user name or password');
  return { provider: 'generic', url: url.href };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { build } = await import('electron-builder');
  const publish = publishFor(process.env);
  await build({
    projectDir: root,
    dir: process.argv.includes('--dir'),
    publish: 'never',
    ...(publish ? { config: { publish } } : {}),
  });
}
