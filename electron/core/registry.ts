/**
 * The handler registry both transports call. Every input is checked against the contract's schema
 * before the handler runs; an invalid one is answered with `invalid_input` and never reaches it.
 */
import { ZodError, type z } from 'zod';
import {
  isMethodName,
  methods,
  type MethodName,
  type MethodOutput,
  type MethodParsedInput,
  type RpcResult,
} from '../../shared/contract';
import { AppError, type ApiError } from '../../shared/errors';

export type Handler<M extends MethodName> = (input: MethodParsedInput<M>) => Promise<MethodOutput<M>> | MethodOutput<M>;
export type Handlers = { [M in MethodName]: Handler<M> };

export type Dispatch = (method: string, input: unknown) => Promise<RpcResult<unknown>>;

export interface DispatcherOptions {
  /** Called with errors that are not AppErrors (bugs); their text never goes to the caller. */
  onInternalError?: (method: string, error: unknown) => void;
}

export function createDispatcher(handlers: Handlers, options: DispatcherOptions = {}): Dispatch {
  return async (method, input) => {
    if (!isMethodName(method)) {
      return fail({ code: 'unknown_method', message: `There is no method called ${JSON.stringify(method)}.` });
    }
    const parsed = methods[method].input.safeParse(input);
    if (!parsed.success) return fail(invalidInput(parsed.error));
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      const value = await handler(parsed.data);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) return fail(error.toJSON());
      if (error instanceof ZodError) return fail(invalidInput(error));
      options.onInternalError?.(method, error);
      return fail({ code: 'internal', message: 'Something went wrong inside Mostrador. Nothing was changed.' });
    }
  };
}

export interface InputIssue {
  path: string;
  message: string;
}

export function invalidInput(error: z.ZodError): ApiError {
  const issues: InputIssue[] = error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const first = issues[0];
  const where = first?.path ? ` (${first.path})` : '';
  return {
    code: 'invalid_input',
    message: `Some values are not valid${where}: ${first?.message ?? 'unknown problem'}. Nothing was changed.`,
    details: { issues },
  };
}

function fail(error: ApiError): RpcResult<never> {
  return { ok: false, error };
}
