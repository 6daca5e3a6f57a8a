/**
 * Turns errors from the transport into words for the seller. Every code in shared/errors.ts has an
 * `errors.<code>` message (checked at compile time below); the server's own English text is never shown
 * as the main message. Pure: takes a translate function, so it is unit-tested without i18next.
 */
import { ERROR_CODES, type ApiError, type ErrorCode } from '../../shared/errors';
import es from './locales/es';

// Compile-time proof that the catalogue covers every error code (a new code without a message fails tsc).
const _everyCodeHasAMessage: Record<ErrorCode, string> = es.errors;

export type ErrorMessageKey = `errors.${ErrorCode}`;

export function errorMessageKey(error: Pick<ApiError, 'code'>): ErrorMessageKey {
  // Codes come over the wire: an unknown one (from a newer host) is shown as the generic failure.
  const code = (ERROR_CODES as readonly string[]).includes(error.code) ? error.code : 'internal';
  return `errors.${code}`;
}

export function localizeError(error: Pick<ApiError, 'code'>, translate: (key: ErrorMessageKey) => string): string {
  return translate(errorMessageKey(error));
}

/** The input problems of an `invalid_input` error, keyed by field path ("syncIntervalMinutes", "meli.clientId"). */
export function fieldIssues(error: ApiError): Map<string, string> {
  const issues = new Map<string, string>();
  if (error.code !== 'invalid_input') return issues;
  const details = error.details;
  if (typeof details !== 'object' || details === null || !('issues' in details)) return issues;
  const list: unknown = details.issues;
  if (!Array.isArray(list)) return issues;
  for (const item of list as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const path = 'path' in item && typeof item.path === 'string' ? item.path : '';
    const message = 'message' in item && typeof item.message === 'string' ? item.message : '';
    if (!issues.has(path)) issues.set(path, message);
  }
  return issues;
}

/** True when the error names this field or one inside it (a "meli" issue belongs to every meli field). */
export function hasIssueFor(issues: Map<string, string>, field: string): boolean {
  for (const path of issues.keys()) {
    if (path === field || path.startsWith(`${field}.`) || field.startsWith(`${path}.`)) return true;
  }
  return false;
}
