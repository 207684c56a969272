import { initTRPC } from '@trpc/server';
import { ZodError } from 'zod';
import { ROLES, type Role } from '../shared/domain/catalog';
import type { AppMessage } from '../shared/errors/catalog';
import { formatMessageZh } from '../shared/errors/format';
import { audit } from './audit';
import { AppError, appErrorWith, forbidden } from './errors';
import type { Context } from './context';
import { canWriteProject } from './permissions';

/**
 * Every procedure declares who may call it, as metadata set by the builder it is made from
 * (tests/api/permissions.test.ts fails on a procedure without one):
 *   public · signed-in · read (every role) · write (admin, leader, staff) · project (write, and only
 *   on a project the caller may write) · admin · role:<list>.
 */
export interface Meta {
  permission: string;
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    errorFormatter({ shape, error }) {
      const zod = error.cause instanceof ZodError ? error.cause : null;
      const fieldErrors = zod ? fieldErrorsOf(zod) : null;
      const internal = error.code === 'INTERNAL_SERVER_ERROR';
      return {
        ...shape,
        // Field messages for forms and the message's code for the client's language; never a stack trace or SQL.
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          fieldErrors,
          fieldCodes: zod ? fieldCodesOf(zod) : null,
          app: internal ? INTERNAL : error instanceof AppError ? error.app : null,
        },
        message: fieldErrors
          ? summarizeZod(fieldErrors)
          : internal
            ? formatMessageZh(INTERNAL)
            : shape.message,
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

/** The codes of our own field messages (server/errors.ts fieldError), keyed like fieldErrorsOf. */
function fieldCodesOf(error: ZodError): Record<string, AppMessage> | null {
  const out: Record<string, AppMessage> = {};
  for (const issue of error.issues) {
    const key = issue.path.at(-1);
    const app = issue.code === 'custom' ? (issue.params as { app?: AppMessage } | undefined)?.app : undefined;
    if (key !== undefined && app && !(String(key) in out)) out[String(key)] = app;
  }
  return Object.keys(out).length ? out : null;
}

const INTERNAL: AppMessage = { code: 'internal' };

function summarizeZod(fieldErrors: Record<string, string[] | undefined>): string {
  const parts = Object.entries(fieldErrors).map(([field, msgs]) => `${field}: ${(msgs ?? []).join('; ')}`);
  const head = formatMessageZh({ code: 'invalidInput' });
  return parts.length ? `${head} — ${parts.join('，')}` : head;
}

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/** Every refusal (FORBIDDEN), wherever it was decided, is recorded after its transaction rolled back. */
const baseProcedure = t.procedure.use(async ({ ctx, path, type, next }) => {
  const result = await next();
  if (!result.ok && result.error.code === 'FORBIDDEN') {
    try {
      audit(ctx.db, {
        userId: ctx.user?.id ?? null,
        action: 'access.denied',
        entity: 'procedure',
        changes: { path, type, role: ctx.user?.role ?? null, message: result.error.message },
        at: ctx.now(),
      });
    } catch {
      // The refusal stands even if it cannot be logged (e.g. the database is busy).
    }
  }
  return result;
});

export const publicProcedure = baseProcedure.meta({ permission: 'public' });

/** What a person whose password an admin has just set may still do: change it, or sign out. */
export const TEMPORARY_PASSWORD_PATHS: ReadonlySet<string> = new Set(['auth.logout', 'users.changePassword']);

/**
 * Any signed-in person. Narrows ctx.user to non-null. A temporary password (set by an admin) allows
 * nothing but changing it: the server enforces it, the client only redirects to /account/password.
 */
export const authedProcedure = baseProcedure.meta({ permission: 'signed-in' }).use(({ ctx, path, next }) => {
  if (!ctx.user) throw appErrorWith('UNAUTHORIZED', 'signInFirst');
  if (ctx.user.mustChangePassword && !TEMPORARY_PASSWORD_PATHS.has(path)) {
    throw forbidden('changeTemporaryPassword');
  }
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** Signed in with one of `roles`; every procedure is built from one of these. */
export function roleProcedure(roles: readonly Role[], permission = `role:${roles.join(',')}`) {
  return authedProcedure.meta({ permission }).use(({ ctx, next }) => {
    if (!roles.includes(ctx.user.role)) {
      throw forbidden('roleForbidden');
    }
    return next({ ctx });
  });
}

/** Everyone signed in may read. */
export const readProcedure = roleProcedure(ROLES, 'read');
/** Officers, leaders and admins change data; viewers only read. */
export const writeProcedure = roleProcedure(['admin', 'leader', 'staff'], 'write');
export const adminProcedure = roleProcedure(['admin'], 'admin');

/** The project a call is about: `projectId` or `id` of the raw input; absent when input validation will refuse it anyway. */
function projectIdOf(raw: unknown, key: 'id' | 'projectId'): number | null {
  if (!raw || typeof raw !== 'object') return null;
  const value = (raw as Record<string, unknown>)[key];
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : null;
}

/**
 * A write on one project (its id under `key` in the input): an admin always; an officer when owner A or B
 * or a member of the project's task force; a leader on the projects they lead (server/permissions.ts).
 */
export function projectWriteProcedure(key: 'id' | 'projectId') {
  return writeProcedure.meta({ permission: `project:${key}` }).use(async ({ ctx, getRawInput, next }) => {
    const projectId = projectIdOf(await getRawInput(), key);
    if (projectId !== null && !canWriteProject(ctx.db, ctx.user, projectId)) {
      throw forbidden('notProjectMember');
    }
    return next({ ctx });
  });
}
