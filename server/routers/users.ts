import { z } from 'zod';
import {
  changePasswordInput,
  createUserInput,
  resetPasswordInput,
  setLargeTextInput,
  setUserActiveInput,
  updateUserInput,
} from '../../shared/schemas/users';
import { createSession } from '../auth/sessions';
import {
  changeOwnPassword,
  createUser,
  listUsers,
  resetPassword,
  setOwnLargeText,
  setUserActive,
  updateUser,
} from '../services/users';
import { adminProcedure, authedProcedure, router } from '../trpc';

/** 用户管理 (admin) and everyone's own password (issue 6). */
export const usersRouter = router({
  list: adminProcedure.input(z.void()).query(({ ctx }) => listUsers(ctx.db)),
  create: adminProcedure
    .input(createUserInput)
    .mutation(({ ctx, input }) => createUser(ctx.db, ctx.user, input, ctx.now())),
  update: adminProcedure
    .input(updateUserInput)
    .mutation(({ ctx, input }) => updateUser(ctx.db, ctx.user, input, ctx.now())),
  setActive: adminProcedure
    .input(setUserActiveInput)
    .mutation(({ ctx, input }) => setUserActive(ctx.db, ctx.user, input, ctx.now())),
  resetPassword: adminProcedure
    .input(resetPasswordInput)
    .mutation(({ ctx, input }) => resetPassword(ctx.db, ctx.user, input, ctx.now())),
  /** Anyone signed in, viewers too: their own 大字号 (larger type on every page). */
  setLargeText: authedProcedure
    .input(setLargeTextInput)
    .mutation(({ ctx, input }) => setOwnLargeText(ctx.db, ctx.user, input, ctx.now())),
  /** Anyone signed in, viewers too: current password + a new one of ≥ 12 characters; other sessions end. */
  changePassword: authedProcedure.input(changePasswordInput).mutation(({ ctx, input }) => {
    const now = ctx.now();
    return changeOwnPassword(
      ctx.db,
      ctx.user,
      input,
      now,
      () => {
        const session = createSession(ctx.db, ctx.user.id, now);
        ctx.cookie?.set(session.token, session.expiresAt);
      },
      ctx.ip,
    );
  }),
});
