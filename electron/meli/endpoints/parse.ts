/**
 * Shared by the endpoint modules: parse an answer with its schema (a shape we cannot read is an
 * AppError, never a crash further down), check inputs before spending a request, and encode path parts.
 */
import { type z } from 'zod';
import { AppError } from '../../../shared/errors';
import { meliError } from '../errors';
import type { MeliRequest, MeliResponse } from '../client';

export function parseAnswer<S extends z.ZodType>(schema: S, response: MeliResponse, call: Pick<MeliRequest, 'method' | 'path'>): z.output<S> {
  const parsed = schema.safeParse(response.data);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  throw meliError({ kind: 'unexpected', status: response.status, issues }, { method: call.method, path: call.path, attempts: 1, unclear: false });
}

/** Refuses a call Mercado Libre would reject anyway, without spending a request of the budget. */
export function requireInput(ok: boolean, message: string, field: string): void {
  if (!ok) throw new AppError('invalid_input', message, { issues: [{ path: field, message }] });
}

/** Encodes one path segment (ids come from data, never trusted to be URL-safe). */
export function seg(value: string | number): string {
  return encodeURIComponent(String(value));
}
