import { z } from 'zod';
import { markReadInput } from '../../shared/schemas/notifications';
import { listNotifications, markRead, stalledReminder, unreadCount } from '../services/notifications';
import { readProcedure, router } from '../trpc';

/** The bell: each person's own notifications; read state is per person. */
export const notificationsRouter = router({
  list: readProcedure.input(z.void()).query(({ ctx }) => ({
    items: listNotifications(ctx.db, ctx.user.id),
    unread: unreadCount(ctx.db, ctx.user.id),
    stalled: stalledReminder(ctx.db, ctx.user.id, ctx.now()),
  })),
  unread: readProcedure.input(z.void()).query(({ ctx }) => unreadCount(ctx.db, ctx.user.id)),
  markRead: readProcedure
    .input(markReadInput)
    .mutation(({ ctx, input }) => markRead(ctx.db, ctx.user.id, input.ids, ctx.now())),
});
