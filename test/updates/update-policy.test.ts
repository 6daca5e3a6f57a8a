// Automatic updates: the decision (off until turned on with a feed, never in development runs nor a
// .deb, at most every six hours) and the feed address rules, checked by a real host's settings.set
// (https only, no credentials, a feed required to turn them on; bad input changes nothing).
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHost, type Host } from '../../electron/host';
import { createConfBackend } from '../../electron/settings/conf-backend';
import { decideUpdateCheck, UPDATE_CHECK_EVERY_MS, type UpdateContext } from '../../electron/updates/update-policy';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { tempDir } from '../helpers/temp-dir';

const FEED = 'https://updates.example.com/mostrador/';
const NOW = Date.parse('2026-12-02T12:00:00Z');

function context(overrides: Partial<UpdateContext> = {}): UpdateContext {
  return { settings: { enabled: true, feedUrl: FEED }, isPackaged: true, platform: 'win32', isAppImage: false, lastCheckAt: null, now: NOW, ...overrides };
}

describe('when to look for an update', () => {
  it('is off by default, and off while no feed is named', () => {
    expect(DEFAULT_SETTINGS.updates).toEqual({ enabled: false, feedUrl: null });
    expect(decideUpdateCheck(context({ settings: DEFAULT_SETTINGS.updates }))).toEqual({ check: false, reason: 'disabled', retryInMs: null });
    expect(decideUpdateCheck(context({ settings: { enabled: false, feedUrl: FEED } }))).toMatchObject({ check: false, reason: 'disabled' });
    expect(decideUpdateCheck(context({ settings: { enabled: true, feedUrl: null } }))).toMatchObject({ check: false, reason: 'no_feed' });
  });

  it('checks an installed app against the generic feed, on Windows, macOS and the AppImage', () => {
    for (const platform of ['win32', 'darwin'] as const) {
      expect(decideUpdateCheck(context({ platform }))).toEqual({ check: true, feed: { provider: 'generic', url: FEED } });
    }
    expect(decideUpdateCheck(context({ platform: 'linux', isAppImage: true }))).toMatchObject({ check: true });
    // A .deb is updated by apt; a development run has nothing installed to replace.
    expect(decideUpdateCheck(context({ platform: 'linux', isAppImage: false }))).toMatchObject({ check: false, reason: 'package_updated_elsewhere' });
    expect(decideUpdateCheck(context({ isPackaged: false }))).toMatchObject({ check: false, reason: 'development' });
  });

  it('checks at most every six hours, and says when to try again', () => {
    const hourAgo = NOW - 60 * 60_000;
    expect(decideUpdateCheck(context({ lastCheckAt: hourAgo }))).toEqual({ check: false, reason: 'checked_recently', retryInMs: UPDATE_CHECK_EVERY_MS - 60 * 60_000 });
    expect(decideUpdateCheck(context({ lastCheckAt: NOW - UPDATE_CHECK_EVERY_MS }))).toMatchObject({ check: true });
  });

  it('never uses a feed a hand-edited settings file made unsafe', () => {
    for (const feedUrl of ['http://updates.example.com/', 'https://user:pass@updates.example.com/', 'file:///tmp/feed', 'not a url']) {
      expect(decideUpdateCheck(context({ settings: { enabled: true, feedUrl } }))).toMatchObject({ check: false, reason: 'bad_feed' });
    }
  });
});

describe('the updates setting', () => {
  let host: Host | null = null;
  afterEach(() => {
    host?.close();
    host = null;
  });

  it('saves an https feed and refuses anything else, changing nothing', async () => {
    const dataDir = tempDir();
    host = createHost({ mode: 'desktop', settingsBackend: createConfBackend, env: { MOSTRADOR_DATA_DIR: dataDir }, outbox: { autoStart: false }, log: () => undefined });
    const file = path.join(dataDir, 'settings.json');
    const before = fs.readFileSync(file, 'utf8');
    const refused = [
      { enabled: true, feedUrl: null },
      { enabled: true, feedUrl: 'http://updates.example.com/' },
      { enabled: false, feedUrl: 'https://me:secret@updates.example.com/' },
      { enabled: true, feedUrl: 'ftp://updates.example.com/' },
      { enabled: true },
    ];
    for (const updates of refused) {
      const result = await host.dispatch('settings.set', { updates } as never);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid_input');
    }
    expect(fs.readFileSync(file, 'utf8')).toBe(before);

    const saved = await host.dispatch('settings.set', { updates: { enabled: true, feedUrl: ` ${FEED} ` } });
    expect(saved).toMatchObject({ ok: true, value: { updates: { enabled: true, feedUrl: FEED } } });
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).updates).toEqual({ enabled: true, feedUrl: FEED });
  });
});
