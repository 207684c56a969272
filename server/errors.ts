import { TRPCError } from '@trpc/server';
import { ZodRealError } from 'zod';

/**
 * A BAD_REQUEST that names its fields, shaped like zod's so forms show each message under its field.
 * The cause is a ZodRealError (zod 4's ZodError that extends Error): TRPCError keeps only Error causes,
 * so a plain `new ZodError` was wrapped away and the formatter saw no field errors at all.
 */
export function fieldError(fields: Record<string, string>): TRPCError {
  const issues = Object.entries(fields).map(([field, message]) => ({
    code: 'custom' as const,
    path: [field],
    message,
    input: undefined,
  }));
  return new TRPCError({
    code: 'BAD_REQUEST',
    message: issues[0]?.message ?? '输入有误',
    cause: new ZodRealError(issues),
  });
}

export function notFound(what: string): TRPCError {
  return new TRPCError({ code: 'NOT_FOUND', message: `${what}不存在` });
}

export function conflict(): TRPCError {
  return new TRPCError({ code: 'CONFLICT', message: '该项目已被他人修改，请刷新后重试' });
}
