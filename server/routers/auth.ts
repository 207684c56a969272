import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { users } from '../../db/schema';
import { loginInput } from '../../shared/schemas/project';
import { audit } from '../audit';
import { dummyPasswordHash, verifyPassword } from '../auth/password';
import { createSession, endSession } from '../auth/sessions';
import { authedProcedure, publicProcedure, router } from '../trpc';

const WRONG = '用户名或密码错误';

export const authRouter = router({
  /** Who is signed in, or null: the client decides between the login page and the app. */
  me: publicProcedure.query(({ ctx }) => ctx.user),

  login: publicProcedure.input(loginInput).mutation(async ({ ctx, input }) => {
    const user = ctx.db
      .select({ id: users.id, passwordHash: users.passwordHash, active: users.active })
      .from(users)
      .where(eq(users.username, input.username))
      .get();
    // Always verify against some hash so a missing user takes as long as a wrong password.
    const ok = await verifyPassword(input.password, user?.passwordHash ?? (await dummyPasswordHash()));
    const now = ctx.now();
    if (!user || !user.active || !ok) {
      audit(ctx.db, { userId: user?.id ?? null, action: 'auth.login_failed', entity: 'user', entityId: user?.id, changes: { username: input.username, ip: ctx.ip }, at: now });
      throw new TRPCError({ code: 'UNAUTHORIZED', message: WRONG });
    }
    // A fresh session id at every login (no fixation); the old one, if any, ends.
    endSession(ctx.db, ctx.cookie?.token);
    const session = createSession(ctx.db, user.id, now);
    ctx.cookie?.set(session.token, session.expiresAt);
    audit(ctx.db, { userId: user.id, action: 'auth.login', entity: 'user', entityId: user.id, changes: { ip: ctx.ip }, at: now });
    return { ok: true };
  }),

  logout: authedProcedure.mutation(({ ctx }) => {
    endSession(ctx.db, ctx.cookie?.token);
    audit(ctx.db, { userId: ctx.user.id, action: 'auth.logout', entity: 'user', entityId: ctx.user.id, at: ctx.now() });
    ctx.cookie?.clear();
    return { ok: true };
  }),
});
