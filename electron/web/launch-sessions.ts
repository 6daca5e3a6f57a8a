/**
 * How a browser tab gets access without ever seeing the long-lived token. The address the host prints
 * (or hands the system browser) carries a one-time launch code in its fragment; the page trades it
 * at POST /session for a session kept in an HttpOnly, SameSite=Strict cookie that page scripts cannot
 * read. A code works once and only for a minute, so an address left in a terminal's scrollback, the
 * opener's command line or the browser history is worthless. The token in host.json stays the way
 * for scripts.
 */
import crypto from 'node:crypto';

export const LAUNCH_CODE_TTL_MS = 60_000;
/** Sessions are per browser tab set; more than this many means something is minting them. */
const MAX_SESSIONS = 64;

export interface LaunchSessionsOptions {
  ttlMs?: number;
  now?: () => number;
}

export interface LaunchSessions {
  /** A fresh one-time code. */
  issueCode(): string;
  /** Spends the code: the new session id, or null when the code is unknown, used or expired. */
  redeem(code: string): string | null;
  isSession(id: string): boolean;
}

export function createLaunchSessions(options: LaunchSessionsOptions = {}): LaunchSessions {
  const ttlMs = options.ttlMs ?? LAUNCH_CODE_TTL_MS;
  const now = options.now ?? Date.now;
  // Keyed by a hash, so a lookup does not compare secrets with a timing leak.
  const codes = new Map<string, number>();
  const sessions = new Set<string>();
  const digest = (value: string) => crypto.createHash('sha256').update(value).digest('base64url');

  function dropExpired(): void {
    for (const [key, expiresAt] of codes) if (expiresAt <= now()) codes.delete(key);
  }

  return {
    issueCode() {
      dropExpired();
      const code = crypto.randomBytes(24).toString('base64url');
      codes.set(digest(code), now() + ttlMs);
      return code;
    },
    redeem(code) {
      dropExpired();
      const key = digest(code);
      if (!codes.has(key)) return null;
      codes.delete(key);
      const id = crypto.randomBytes(32).toString('base64url');
      sessions.add(digest(id));
      if (sessions.size > MAX_SESSIONS) sessions.delete(sessions.values().next().value as string);
      return id;
    },
    isSession(id) {
      return sessions.has(digest(id));
    },
  };
}
