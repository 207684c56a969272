import { TRPCError } from '@trpc/server';
import { ZodRealError } from 'zod';
import {
  type AppMessage,
  appMessage as message,
  type ErrorCode,
  type ErrorEntity,
  type ParamArgs,
} from '../shared/errors/catalog';
import { formatMessageZh } from '../shared/errors/format';

type TrpcCode = TRPCError['code'];

/**
 * A refusal with a message code and its parameters (shared/errors/catalog.ts). Its `message` is the
 * Chinese text, for API callers and logs; the error formatter (server/trpc.ts) also sends `{ code, params }`
 * so the client renders it in the person's language.
 */
export class AppError extends TRPCError {
  readonly app: AppMessage;
  constructor(status: TrpcCode, app: AppMessage) {
    super({ code: status, message: formatMessageZh(app) });
    this.app = app;
  }
}

/** A BAD_REQUEST (or another status with `appErrorWith`) that is not about one field. */
export function appError<C extends ErrorCode>(code: C, ...params: ParamArgs<C>): AppError {
  return new AppError('BAD_REQUEST', message(code, ...params));
}

export function appErrorWith<C extends ErrorCode>(
  status: TrpcCode,
  code: C,
  ...params: ParamArgs<C>
): AppError {
  return new AppError(status, message(code, ...params));
}

export function forbidden<C extends ErrorCode>(code: C, ...params: ParamArgs<C>): AppError {
  return new AppError('FORBIDDEN', message(code, ...params));
}

export function notFound(what: ErrorEntity): AppError {
  return new AppError('NOT_FOUND', { code: 'notFound', params: { what } });
}

/** Someone saved `what` since the person loaded it (a stale version): refresh and try again. */
export function conflict(what: ErrorEntity): AppError {
  return new AppError('CONFLICT', { code: 'conflict', params: { what } });
}

/** One field's message: a code, or a code with its parameters. */
export type FieldMessage = ErrorCode | AppMessage;

/**
 * A BAD_REQUEST that names its fields, shaped like zod's so forms show each message under its field; each
 * issue carries its code in `params` for the client's language. The cause is a ZodRealError (zod 4's
 * ZodError that extends Error): TRPCError keeps only Error causes, so a plain `new ZodError` was wrapped
 * away and the formatter saw no field errors at all.
 */
export function fieldError(fields: Record<string, FieldMessage>): TRPCError {
  const issues = Object.entries(fields).map(([field, m]) => {
    const app = typeof m === 'string' ? { code: m } : m;
    return {
      code: 'custom' as const,
      path: [field],
      message: formatMessageZh(app),
      params: { app },
      input: undefined,
    };
  });
  return new TRPCError({
    code: 'BAD_REQUEST',
    message: issues[0]?.message ?? formatMessageZh({ code: 'invalidInput' }),
    cause: new ZodRealError(issues),
  });
}

/** A field message with parameters, checked against its template. */
export const fieldMessage = message;

/** A refusal whose message was decided elsewhere (why a ledger sheet cannot be imported). */
export function refusal(app: AppMessage, status: TrpcCode = 'BAD_REQUEST'): AppError {
  return new AppError(status, app);
}
