import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/client';
import { type Action, rolesFor } from '../shared/domain/permissions';
import { formatMessageZh } from '../shared/errors/format';
import { audit } from './audit';
import { SESSION_COOKIE, type SessionUser, userForSession } from './auth/sessions';
import { sharedWrite } from './write-gate';

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
    void reply.code(401).send({ code: 'signInFirst', message: formatMessageZh({ code: 'signInFirst' }) });
    return null;
  }
  // The same message codes as tRPC's refusals (shared/errors/catalog.ts), so a client renders them alike.
  const code = user.mustChangePassword
    ? ('changeTemporaryPassword' as const)
    : opts.action && !rolesFor(opts.action).includes(user.role)
      ? ('roleForbidden' as const)
      : null;
  if (!code) return user;
  const refusal = formatMessageZh({ code });
  // Written at once, or after a ledger import that is writing (server/write-gate.ts).
  const at = opts.now();
  void sharedWrite(db, () => {
    audit(db, {
      userId: user.id,
      action: 'access.denied',
      entity: 'route',
      changes: { path: opts.path, method: req.method, role: user.role, code, message: refusal },
      at,
    });
  }).catch(() => {
    // The refusal stands even if it cannot be logged.
  });
  void reply.code(403).send({ code, message: refusal });
  return null;
}
