import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/client';
import { type Action, rolesFor } from '../shared/domain/permissions';
import { audit } from './audit';
import { SESSION_COOKIE, type SessionUser, userForSession } from './auth/sessions';

/**
 * The door of the plain HTTP routes (file downloads and the upload), the same as tRPC's: a session,
 * no temporary password (it allows only changing it), the role gate of `action` from the shared model,
 * and every refusal answered 403 and written to the audit log as `access.denied`.
 * Returns the user, or null after replying 401/403.
 */
export function routeUser(
  db: Db,
  req: FastifyRequest,
  reply: FastifyReply,
  opts: { path: string; action?: Action; now: () => number },
): SessionUser | null {
  const user = userForSession(db, req.cookies[SESSION_COOKIE]);
  if (!user) {
    void reply.code(401).send({ message: '请先登录' });
    return null;
  }
  const refusal = user.mustChangePassword
    ? '请先修改管理员设置的临时密码'
    : opts.action && !rolesFor(opts.action).includes(user.role)
      ? '您的角色无权执行此操作'
      : null;
  if (!refusal) return user;
  try {
    audit(db, {
      userId: user.id,
      action: 'access.denied',
      entity: 'route',
      changes: { path: opts.path, method: req.method, role: user.role, message: refusal },
      at: opts.now(),
    });
  } catch {
    // The refusal stands even if it cannot be logged.
  }
  void reply.code(403).send({ message: refusal });
  return null;
}
