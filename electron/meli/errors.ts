/**
 * Turns a failed Mercado Libre call into an AppError the rest of the app can branch on, with an
 * English message (the UI localizes by code). Built from plain values only — never from an HTTP
 * library's error, whose config carries the Authorization header — so no token can leak through an
 * error, its JSON or its stack.
 */
import { AppError, type ErrorCode } from '../../shared/errors';
import { CONNECT_TIMEOUT_CODE } from './connect-timeout';

/** Why the call failed, finer than the error code; shown in details for logs and the outbox. */
export type MeliFailureReason =
  | 'invalid_token'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rejected'
  | 'rate_limited'
  | 'server_error'
  | 'timeout'
  | 'no_connection'
  | 'connection_lost'
  | 'unexpected_response';

export interface MeliErrorDetails {
  source: 'mercadolibre';
  reason: MeliFailureReason;
  /** HTTP status, or null when no answer came. */
  status: number | null;
  /** Mercado Libre's `error` field (e.g. `not_unanswered_question`), when it sent one. */
  meliError: string | null;
  /** Mercado Libre's `message` (or `error_description`). */
  meliMessage: string | null;
  /** True when a write may or may not have been applied: the caller must re-read before trying again. */
  unclear: boolean;
  /** "PUT /items/MLA1" — method and path, never the query string or headers. */
  request: string;
  attempts: number;
  /** How long Mercado Libre asked us to wait, when it said so. */
  retryAfterMs?: number;
  /** Mercado Libre's `cause` list, when it sent one (a label batch names each refused shipment there). */
  causes?: MeliCause[];
}

/** One entry of a `cause` list, reduced to its short text and number fields. */
export type MeliCause = Record<string, string | number>;

const MAX_CAUSES = 100;

function readCauses(body: unknown): MeliCause[] {
  const list = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).cause : undefined;
  if (!Array.isArray(list)) return [];
  return list.slice(0, MAX_CAUSES).flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const cause: MeliCause = {};
    for (const [key, value] of Object.entries(entry as Record<string, unknown>).slice(0, 10)) {
      if (typeof value === 'number') cause[key] = value;
      else if (typeof value === 'string') cause[key] = text(value) ?? '';
    }
    return Object.keys(cause).length > 0 ? [cause] : [];
  });
}

export type MeliFailure =
  | { kind: 'status'; status: number; body: unknown; retryAfterMs: number | null }
  | { kind: 'network'; code: string }
  | { kind: 'unexpected'; status: number; issues: string };

export interface MeliErrorBody {
  error: string | null;
  message: string | null;
}

// A proxy's HTML error page is not a message; keep logs and details readable.
const MAX_MESSAGE_CHARS = 300;

function text(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  return value.length > MAX_MESSAGE_CHARS ? `${value.slice(0, MAX_MESSAGE_CHARS)}…` : value;
}

/** Reads `{error, message}` from a Mercado Libre error body; docs sometimes say `error_description`. */
export function readErrorBody(body: unknown): MeliErrorBody {
  if (typeof body !== 'object' || body === null) return { error: null, message: text(body) };
  const record = body as Record<string, unknown>;
  return {
    error: text(record.error),
    message: text(record.message) ?? text(record.error_description),
  };
}

const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'ECONNABORTED', 'ESOCKETTIMEDOUT']);
const NO_CONNECTION_CODES = new Set([CONNECT_TIMEOUT_CODE, 'ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN']);

function classify(failure: MeliFailure, meliError: string | null): { code: ErrorCode; reason: MeliFailureReason } {
  if (failure.kind === 'unexpected') return { code: 'internal', reason: 'unexpected_response' };
  if (failure.kind === 'network') {
    if (TIMEOUT_CODES.has(failure.code)) return { code: 'offline', reason: 'timeout' };
    if (NO_CONNECTION_CODES.has(failure.code)) return { code: 'offline', reason: 'no_connection' };
    return { code: 'offline', reason: 'connection_lost' };
  }
  const { status } = failure;
  if (status === 401) {
    return meliError === 'invalid_token' ? { code: 'needs_sign_in', reason: 'invalid_token' } : { code: 'needs_sign_in', reason: 'unauthorized' };
  }
  if (status === 403) return { code: 'forbidden', reason: 'forbidden' };
  if (status === 404) return { code: 'not_found', reason: 'not_found' };
  if (status === 409) return { code: 'conflict', reason: 'conflict' };
  if (status === 429 || meliError === 'local_rate_limited' || meliError === 'too_many_requests') {
    return { code: 'rate_limited', reason: 'rate_limited' };
  }
  if (status === 408) return { code: 'offline', reason: 'timeout' };
  if (status >= 500) return { code: 'offline', reason: 'server_error' };
  return { code: 'invalid_input', reason: 'rejected' };
}

const MESSAGES: Record<MeliFailureReason, string> = {
  invalid_token: 'Mercado Libre no longer accepts this sign-in. Connect the account again.',
  unauthorized: 'Mercado Libre did not accept the sign-in for this account. Connect the account again.',
  forbidden: 'Mercado Libre does not allow this account or app to do that.',
  not_found: 'Mercado Libre could not find it: it may have been deleted.',
  conflict: 'It changed in Mercado Libre at the same time. Load it again and retry.',
  rejected: 'Mercado Libre refused the request.',
  rate_limited: 'Mercado Libre is receiving too many requests. Mostrador will try again later.',
  server_error: 'Mercado Libre is having problems right now. Mostrador will try again later.',
  timeout: 'Mercado Libre took too long to answer. Mostrador will try again later.',
  no_connection: 'Mercado Libre could not be reached. Check the internet connection.',
  connection_lost: 'The connection to Mercado Libre was lost before it answered.',
  unexpected_response: 'Mercado Libre answered in a way Mostrador does not understand.',
};

export interface MeliErrorContext {
  method: string;
  path: string;
  attempts: number;
  unclear: boolean;
  /** Strings that must never be echoed back (the access token used for the call). */
  secrets?: readonly string[];
}

function redact(value: string | null, secrets: readonly string[]): string | null {
  if (value === null) return null;
  return secrets.reduce((out, secret) => (secret === '' ? out : out.split(secret).join('[redacted]')), value);
}

/** The single place a failed call becomes an AppError. */
export function meliError(failure: MeliFailure, context: MeliErrorContext): AppError {
  const body = failure.kind === 'status' ? readErrorBody(failure.body) : { error: null, message: null };
  const { code, reason } = classify(failure, body.error);
  const details: MeliErrorDetails = {
    source: 'mercadolibre',
    reason,
    status: failure.kind === 'network' ? null : failure.status,
    meliError: redact(body.error, context.secrets ?? []),
    meliMessage: redact(failure.kind === 'unexpected' ? failure.issues : body.message, context.secrets ?? []),
    unclear: context.unclear,
    request: `${context.method} ${context.path}`,
    attempts: context.attempts,
  };
  if (failure.kind === 'status' && failure.retryAfterMs !== null) details.retryAfterMs = failure.retryAfterMs;
  const causes = failure.kind === 'status' ? readCauses(failure.body) : [];
  if (causes.length > 0) details.causes = causes;
  const suffix = context.unclear ? ' It is not certain whether the change was applied; Mostrador will check before trying again.' : '';
  return new AppError(code, MESSAGES[reason] + suffix, details);
}

/** The details of an AppError raised by this module, or null for any other error. */
export function meliErrorDetails(error: unknown): MeliErrorDetails | null {
  if (!(error instanceof AppError)) return null;
  const details = error.details as Partial<MeliErrorDetails> | undefined;
  return details?.source === 'mercadolibre' ? (details as MeliErrorDetails) : null;
}
