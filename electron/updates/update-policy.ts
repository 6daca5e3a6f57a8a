/**
 * Whether and when the desktop app looks for an update, from the seller's settings and the installation.
 * Off until updates are turned on with a feed address (an https:// generic update server holding
 * electron-builder's latest*.yml); never in development runs nor in a .deb (apt updates those); at most
 * once every UPDATE_CHECK_EVERY_MS. electron/shell/updates.ts carries the decision out with electron-updater.
 */
import { updateFeedProblem, type UpdateSettings } from '../../shared/settings';

export const UPDATE_CHECK_EVERY_MS = 6 * 60 * 60_000;
/** The first check waits until start-up work (first sync, window) is done. */
export const FIRST_CHECK_DELAY_MS = 60_000;

export interface UpdateContext {
  settings: UpdateSettings;
  /** An installed app (development runs have nothing to update). */
  isPackaged: boolean;
  platform: NodeJS.Platform;
  /** On Linux only the AppImage can update itself. */
  isAppImage: boolean;
  /** When the last check started (ms), null before the first. */
  lastCheckAt: number | null;
  now: number;
}

export type UpdateSkipReason = 'disabled' | 'no_feed' | 'bad_feed' | 'development' | 'package_updated_elsewhere' | 'checked_recently';

export interface GenericFeed {
  provider: 'generic';
  url: string;
}

export type UpdateDecision = { check: true; feed: GenericFeed } | { check: false; reason: UpdateSkipReason; retryInMs: number | null };

const skip = (reason: UpdateSkipReason, retryInMs: number | null = null): UpdateDecision => ({ check: false, reason, retryInMs });

export function decideUpdateCheck(context: UpdateContext): UpdateDecision {
  const { settings } = context;
  if (!settings.enabled) return skip('disabled');
  if (settings.feedUrl === null) return skip('no_feed');
  // The settings schema refuses such an address; a settings file edited by hand may still hold one.
  if (updateFeedProblem(settings.feedUrl) !== null) return skip('bad_feed');
  if (!context.isPackaged) return skip('development');
  if (context.platform === 'linux' && !context.isAppImage) return skip('package_updated_elsewhere');
  const since = context.lastCheckAt === null ? Infinity : context.now - context.lastCheckAt;
  if (since < UPDATE_CHECK_EVERY_MS) return skip('checked_recently', UPDATE_CHECK_EVERY_MS - since);
  return { check: true, feed: { provider: 'generic', url: settings.feedUrl } };
}
