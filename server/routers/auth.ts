import { writeTransaction } from '../../db/client';
import { users } from '../../db/schema';
import { loginInput } from '../../shared/schemas/project';
import { audit } from '../audit';
import { dummyPasswordHash, verifyPassword } from '../../db/password';
import { takeAttempt } from '../auth/login-throttle';
import { createSession, endSession } from '../auth/sessions';
import { authedProcedure, publicProcedure, router } from '../trpc';
import { appErrorWith } from '../errors';
import { usernameIs } from '../services/users';
import { demoAccountsPresent } from '../services/demo-accounts';

export const authRouter = router({
  /** Who is signed in, or null: the client decides between the login page and the app. */
  me: publicProcedure.query(({ ctx }) => ctx.user),

  /** What the login page may say before anyone signs in: whether the demo accounts are there. */
  loginInfo: publicProcedure.query(({ ctx }) => ({ demoAccounts: demoAccountsPresent(ctx.db) })),

  login: publicProcedure.input(loginInput).mutation(async ({ ctx, input }) => {
    // Counted before the password is checked: a parallel burst gets no more tries than the limit.
    const attempt = await takeAttempt(input.username, ctx.ip, ctx.now());
    const user = ctx.db
      .select({ id: users.id, passwordHash: users.passwordHash, active: users.active })
      .from(users)
      .where(usernameIs(input.username))
      .get();
    // Always verify against some hash so a missing user takes as long as a wrong password.
    const ok = await verifyPassword(input.password, user?.passwordHash ?? (await dummyPasswordHash()));
    const now = ctx.now();
    if (!user || !user.active || !ok) {
      audit(ctx.db, {
        userId: user?.id ?? null,
        action: 'auth.login_failed',
        entity: 'user',
        entityId: user?.id,
        changes: { username: input.username, ip: ctx.ip },
        at: now,
      });
      throw appErrorWith('UNAUTHORIZED', 'wrongCredentials');
    }
    attempt.succeeded();
    // A fresh session id at every login (no fixation); the old one, if any, ends. The sessions and the
    // audit row commit together; the browser gets the cookie only once they have.
    const session = writeTransaction(ctx.db, () => {
      endSession(ctx.db, ctx.cookie?.token);
      const created = createSession(ctx.db, user.id, now);
      audit(ctx.db, {
        userId: user.id,
        action: 'auth.login',
        entity: 'user',
        entityId: user.id,
        changes: { ip: ctx.ip },
        at: now,
      });
      return created;
    });
    ctx.cookie?.set(session.token, session.expiresAt);
    return { ok: true };
  }),

  logout: authedProcedure.mutation(({ ctx }) => {
    try {
      writeTransaction(ctx.db, () => {
        endSession(ctx.db, ctx.cookie?.token);
        audit(ctx.db, {
          userId: ctx.user.id,
          action: 'auth.logout',
          entity: 'user',
          entityId: ctx.user.id,
          at: ctx.now(),
        });
      });
    } finally {
      // The browser forgets the session even when the server could not end it (the error still shows).
      ctx.cookie?.clear();
    }
    return { ok: true };
  }),
});
