import { initTRPC } from '@trpc/server';
import { ZodError } from 'zod';
import { ROLES, type Role } from '../shared/domain/catalog';
import type { AppMessage } from '../shared/errors/catalog';
import { formatMessageZh } from '../shared/errors/format';
import { audit } from './audit';
import { AppError, appErrorWith, forbidden } from './errors';
import type { Context } from './context';
import { sharedWrite } from './write-gate';
import type { z } from 'zod';
import { type Action, actionKey, can, rolesFor } from '../shared/domain/permissions';
import { projectFactsMany, projectNames, type ObjectKind, type Resolved, resolveObject } from './permissions';

/**
 * Every procedure declares who may call it, as metadata set by the builder it is made from
 * (tests/api/permissions.test.ts fails on a procedure without one):
 *   public · signed-in · read (every role) · write (admin, leader, staff) · admin · role:<list> ·
 *   action:<action> (the roles shared/domain/permissions.ts lets do it) · object:<kind>:<action> (that
 *   role gate, then the object named by the input is resolved and checked against the shared model).
 */
export interface Meta {
  permission: string;
  /** The kind of object the procedure resolves and checks (objectProcedure, bulkProcedure). */
  object?: string;
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

/** Procedures that take the write gate themselves: the ledger import holds it alone while it writes. */
const OWN_WRITE_GATE: ReadonlySet<string> = new Set(['ledger.commit']);

/**
 * Every refusal (FORBIDDEN), wherever it was decided, is recorded after its transaction rolled back.
 * Every mutation runs holding the write gate shared (server/write-gate.ts, decision 073): while a
 * ledger import writes, mutations queue instead of waiting on SQLite's lock with the event loop held.
 */
const baseProcedure = t.procedure.use(async ({ ctx, path, type, next }) => {
  const result =
    type === 'mutation' && !OWN_WRITE_GATE.has(path) ? await sharedWrite(ctx.db, () => next()) : await next();
  if (!result.ok && result.error.code === 'FORBIDDEN') {
    const cause = result.error instanceof AccessDenied ? result.error : null;
    await sharedWrite(ctx.db, () => {
      audit(ctx.db, {
        userId: ctx.user?.id ?? null,
        action: 'access.denied',
        entity: cause?.entity ?? 'procedure',
        entityId: cause?.entityId ?? null,
        changes: {
          path,
          type,
          role: ctx.user?.role ?? null,
          message: result.error.message,
          ...(cause && { action: cause.action }),
        },
        at: ctx.now(),
      });
    }).catch(() => {
      // The refusal stands even if it cannot be logged (e.g. the database is busy).
    });
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
/** The office's administration (accounts, audit, groups, templates, targets, sealing): the model's `office.manage`. */
export const adminProcedure = roleProcedure(rolesFor('office.manage'), 'admin');

/** A refusal by the permission model: what was missing, kept for the audit row with the object it was about. */
export class AccessDenied extends AppError {
  constructor(
    app: AppMessage,
    readonly action: Action,
    readonly entity: string,
    readonly entityId: number | null,
  ) {
    super('FORBIDDEN', app);
  }
}

function denied(action: Action, entity: string, entityId: number | null) {
  return new AccessDenied(
    { code: 'actionForbidden', params: { action: actionKey(action) } },
    action,
    entity,
    entityId,
  );
}

/**
 * A write on one object (project, schedule, milestone, chase-up, problem, instruction, assignment):
 * the middleware resolves the object named by the parsed input to its project and asks the shared model
 * for `action` and for whatever else this input needs (`more`, e.g. an owner change in an edit) before
 * the service runs. The role gate in front is the roles the model lets do `action` anywhere. An object
 * that does not exist passes, so the service answers NOT_FOUND as it would for anyone.
 */
export function objectProcedure<S extends z.ZodType>(
  action: Action,
  schema: S,
  guard: {
    kind: ObjectKind;
    id: (input: z.output<S>) => number;
    more?: (input: z.output<S>, object: Resolved) => (Action | false)[];
  },
) {
  return roleProcedure(rolesFor(action), `object:${guard.kind}:${action}`)
    .meta({ permission: `object:${guard.kind}:${action}`, object: guard.kind })
    .input(schema)
    .use(({ ctx, input, next }) => {
      const parsed = input as z.output<S>;
      const object = resolveObject(ctx.db, guard.kind, guard.id(parsed));
      if (object) {
        for (const a of [action, ...(guard.more?.(parsed, object) ?? [])]) {
          if (a && !can(ctx.user, a, object.facts)) throw denied(a, guard.kind, object.projectId);
        }
      }
      return next();
    });
}

/**
 * A write on many projects at once (the board's bulk bar): all or nothing. When the person may not do
 * `action` on some of them, the whole batch is refused and the message names those projects
 * (decision 082); the bulk bar shows the same count before the person submits.
 */
export function bulkProcedure<S extends z.ZodType>(
  action: Action,
  schema: S,
  ids: (input: z.output<S>) => number[],
) {
  return roleProcedure(rolesFor(action), `object:projects:${action}`)
    .meta({ permission: `object:projects:${action}`, object: 'projects' })
    .input(schema)
    .use(({ ctx, input, next }) => {
      const facts = projectFactsMany(ctx.db, ids(input as z.output<S>));
      const refused = [...facts].filter(([, f]) => !can(ctx.user, action, f)).map(([id]) => id);
      if (refused.length) {
        const names = projectNames(ctx.db, refused);
        const app: AppMessage = {
          code: refused.length > 5 ? 'bulkForbiddenMore' : 'bulkForbidden',
          params: {
            action: actionKey(action),
            count: refused.length,
            names: names
              .slice(0, 5)
              .map((n) => `「${n}」`)
              .join('、'),
          },
        };
        throw new AccessDenied(app, action, 'project', refused.length === 1 ? (refused[0] ?? null) : null);
      }
      return next();
    });
}

/** A write that names no existing object (a new project, an import): the role gate of `action` only. */
export function actionProcedure(action: Action) {
  return roleProcedure(rolesFor(action), `action:${action}`);
}
