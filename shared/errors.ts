/**
 * Error codes that cross from main to the renderer. Stable strings: the UI maps each one to a
 * message in the seller's language, and scripts using the local API can branch on them.
 */
import { z } from 'zod';

export const ERROR_CODES = [
  'invalid_input',
  'unknown_method',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'offline',
  'rate_limited',
  'needs_sign_in',
  'settings_corrupt',
  'internal',
] as const;

export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ApiErrorSchema = z.object({
  code: ErrorCode,
  message: z.string(),
  details: z.unknown().optional(),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

/** An error a handler throws on purpose; anything else is reported as `internal`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
  toJSON(): ApiError {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export function isApiError(value: unknown): value is ApiError {
  return ApiErrorSchema.safeParse(value).success;
}
