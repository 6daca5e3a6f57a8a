/**
 * Why a connection failed, reduced to the reasons the seller gets a distinct message for. The host
 * sends `details.reason` (access_denied, operator_account, …); older or other errors fall back by code.
 */
import type { ApiError } from '../../../shared/errors';

export const FAILURE_REASONS = [
  'access_denied',
  'operator_account',
  'invalid_client',
  'redirect_mismatch',
  'timeout',
  'offline',
  'invalid_grant',
  'rate_limited',
  'unknown',
] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];

/** `cancelled` is not a failure to explain: the seller asked for it. */
export type ConnectOutcomeReason = FailureReason | 'cancelled';

export function failureReason(error: ApiError): ConnectOutcomeReason {
  const details = error.details;
  const reason = typeof details === 'object' && details !== null && 'reason' in details ? details.reason : null;
  if (reason === 'cancelled') return 'cancelled';
  if (isFailureReason(reason)) return reason;
  if (error.code === 'offline') return 'offline';
  if (error.code === 'rate_limited') return 'rate_limited';
  if (error.code === 'needs_sign_in') return 'invalid_grant';
  return 'unknown';
}

function isFailureReason(value: unknown): value is FailureReason {
  return typeof value === 'string' && (FAILURE_REASONS as readonly string[]).includes(value);
}
