// OAuth state: authorization codes, grants per (seller, app), access tokens and refresh tokens.
// Refresh tokens are single use and only the newest one of a grant is valid, as on Mercado Libre.
import { createHash, randomBytes } from 'node:crypto';
import { ApiError } from './core/http';

export interface CodeRecord {
  code: string;
  appId: string;
  userId: number;
  redirectUri: string;
  challenge: string | null;
  expiresAt: number;
  used: boolean;
}

interface AccessRecord { appId: string; userId: number; expiresAt: number; revoked: boolean }
interface RefreshRecord { appId: string; userId: number; expiresAt: number; used: boolean }
interface Grant { userId: number; appId: string; dateCreated: number; active: boolean; latestRefresh: string | null }

export interface TokenResponse {
  access_token: string;
  token_type: 'bearer';
  expires_in: number;
  scope: string;
  user_id: number;
  refresh_token: string;
}

const REFRESH_TTL_MS = 180 * 86_400_000;

function random(bytes: number): string {
  return randomBytes(bytes).toString('hex');
}

export function s256(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

export class AuthStore {
  private readonly codes = new Map<string, CodeRecord>();
  private readonly access = new Map<string, AccessRecord>();
  private readonly refresh = new Map<string, RefreshRecord>();
  private readonly grants = new Map<string, Grant>();

  private grantKey(userId: number, appId: string): string {
    return `${userId}:${appId}`;
  }

  createCode(input: Omit<CodeRecord, 'code' | 'used'>): string {
    const code = `TG-${random(12)}-${input.userId}`;
    this.codes.set(code, { ...input, code, used: false });
    return code;
  }

  /** Marks the code used before any other check, so a code is never accepted twice. */
  takeCode(code: string): CodeRecord | null {
    const record = this.codes.get(code);
    if (!record) return null;
    const wasUsed = record.used;
    record.used = true;
    return wasUsed ? null : record;
  }

  issue(userId: number, appId: string, ttlSeconds: number, now: number): TokenResponse {
    const key = this.grantKey(userId, appId);
    const grant = this.grants.get(key) ?? { userId, appId, dateCreated: now, active: true, latestRefresh: null };
    grant.active = true;
    if (grant.latestRefresh) {
      const previous = this.refresh.get(grant.latestRefresh);
      if (previous) previous.used = true;
    }
    const stamp = new Date(now);
    const mmddhh = `${String(stamp.getUTCMonth() + 1).padStart(2, '0')}${String(stamp.getUTCDate()).padStart(2, '0')}${String(stamp.getUTCHours()).padStart(2, '0')}`;
    const accessToken = `APP_USR-${appId}-${mmddhh}-${random(16)}-${userId}`;
    const refreshToken = `TG-${random(12)}-${userId}`;
    this.access.set(accessToken, { appId, userId, expiresAt: now + ttlSeconds * 1000, revoked: false });
    this.refresh.set(refreshToken, { appId, userId, expiresAt: now + REFRESH_TTL_MS, used: false });
    grant.latestRefresh = refreshToken;
    this.grants.set(key, grant);
    return { access_token: accessToken, token_type: 'bearer', expires_in: ttlSeconds, scope: 'offline_access read write', user_id: userId, refresh_token: refreshToken };
  }

  /** Single use: a refresh token is spent whether or not the rest of the request succeeds. */
  takeRefresh(token: string, appId: string, now: number): { userId: number } | 'client_mismatch' | null {
    const record = this.refresh.get(token);
    if (!record || record.used || record.expiresAt <= now) return null;
    const grant = this.grants.get(this.grantKey(record.userId, record.appId));
    if (!grant || !grant.active || grant.latestRefresh !== token) return null;
    if (record.appId !== appId) return 'client_mismatch';
    record.used = true;
    return { userId: record.userId };
  }

  authenticate(token: string, now: number): { userId: number; appId: string } {
    const record = this.access.get(token);
    const invalid = new ApiError(401, 'invalid_token', 'invalid access token');
    if (!record || record.revoked || record.expiresAt <= now) throw invalid;
    const grant = this.grants.get(this.grantKey(record.userId, record.appId));
    if (!grant || !grant.active) throw invalid;
    return { userId: record.userId, appId: record.appId };
  }

  /** The seller removed the app: every token of the grant dies and a new authorization is needed. */
  revokeGrant(userId: number, appId: string): boolean {
    const grant = this.grants.get(this.grantKey(userId, appId));
    if (!grant || !grant.active) return false;
    grant.active = false;
    grant.latestRefresh = null;
    for (const record of this.access.values()) if (record.userId === userId && record.appId === appId) record.revoked = true;
    for (const record of this.refresh.values()) if (record.userId === userId && record.appId === appId) record.used = true;
    return true;
  }

  /** Early death (password change, secret renewal): all of a user's grants, or one app's. */
  revokeUser(userId: number, appId?: string): number {
    let count = 0;
    for (const grant of this.grants.values()) {
      if (grant.userId === userId && (appId === undefined || grant.appId === appId) && this.revokeGrant(grant.userId, grant.appId)) count += 1;
    }
    return count;
  }

  /** Access tokens run out now; refresh tokens stay valid, so a client must refresh. */
  expireAccess(userId: number | null, now: number): number {
    let count = 0;
    for (const record of this.access.values()) {
      if ((userId === null || record.userId === userId) && record.expiresAt > now) {
        record.expiresAt = now;
        count += 1;
      }
    }
    return count;
  }

  grantsOf(userId: number): Array<{ user_id: string; app_id: string; date_created: number; scopes: string[] }> {
    return [...this.grants.values()].filter((g) => g.userId === userId && g.active).map((g) => ({ user_id: String(g.userId), app_id: g.appId, date_created: g.dateCreated, scopes: ['offline_access', 'read', 'write'] }));
  }
}
