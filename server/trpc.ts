import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import { ROLES, type Role } from '../shared/domain/catalog';
import type { Context } from './context';

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const fieldErrors = error.cause instanceof ZodError ? fieldErrorsOf(error.cause) : null;
    return {
      ...shape,
      // Field messages for forms; never a stack trace or SQL.
      data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path, fieldErrors },
      message: fieldErrors ? summarizeZod(fieldErrors) : error.code === 'INTERNAL_SERVER_ERROR' ? '服务器内部错误' : shape.message,
    };
  },
});

/**
 * Messages keyed by the field's own name (the last path segment): `fields.name` (projects.update) and
 * `gates.creditCode` (projects.move) land under `name` and `creditCode`, like the server's own fieldError
 * and like create's, so a form finds them under the input they belong to. z.flattenError keys by the
 * first segment only, which put every update/move message under `fields` or `gates`.
 */
function fieldErrorsOf(error: ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.at(-1);
    if (key === undefined) continue;
    (out[String(key)] ??= []).push(issue.message);
  }
  return out;
}

function summarizeZod(fieldErrors: Record<string, string[] | undefined>): string {
  const parts = Object.entries(fieldErrors).map(([field, msgs]) => `${field}: ${(msgs ?? []).join('; ')}`);
  return parts.length ? `输入有误 — ${parts.join('，')}` : '输入有误';
}

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

export const publicProcedure = t.procedure;

/** Any signed-in person. Narrows ctx.user to non-null. */
export const authedProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: '请先登录' });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** Signed in with one of `roles`; every procedure is built from one of these. */
export function roleProcedure(roles: readonly Role[]) {
  return authedProcedure.use(({ ctx, next }) => {
    if (!roles.includes(ctx.user.role)) {
      throw new TRPCError({ code: 'FORBIDDEN', message: '您的角色无权执行此操作' });
    }
    return next({ ctx });
  });
}

/** Everyone signed in may read. */
export const readProcedure = roleProcedure(ROLES);
/** Officers, leaders and admins change data; viewers only read. */
export const writeProcedure = roleProcedure(['admin', 'leader', 'staff']);
export const adminProcedure = roleProcedure(['admin']);
