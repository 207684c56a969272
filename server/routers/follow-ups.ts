import { desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { writeTransaction } from '../../db/client';
import { followUps, projects, users } from '../../db/schema';
import { businessDate, startOfBusinessDay } from '../../shared/domain/dates';
import { followUpInput } from '../../shared/schemas/project';
import { audit } from '../audit';
import { fieldError, notFound } from '../errors';
import { projectWriteProcedure, readProcedure, router } from '../trpc';

const NOON_MS = 12 * 60 * 60 * 1000;

export const followUpsRouter = router({
  list: readProcedure.input(z.object({ projectId: z.number().int().positive() })).query(({ ctx, input }) =>
    ctx.db
      .select({
        id: followUps.id,
        date: followUps.date,
        kind: followUps.kind,
        participants: followUps.participants,
        summary: followUps.summary,
        nextStep: followUps.nextStep,
        nextDate: followUps.nextDate,
        byName: users.displayName,
        createdAt: followUps.createdAt,
      })
      .from(followUps)
      .innerJoin(users, eq(users.id, followUps.createdBy))
      .where(eq(followUps.projectId, input.projectId))
      .orderBy(desc(followUps.date), desc(followUps.id))
      .all(),
  ),

  /** Records a visit, call or meeting; it counts as the project's latest activity. */
  add: projectWriteProcedure('projectId').input(followUpInput).mutation(({ ctx, input }) => {
    const now = ctx.now();
    const today = businessDate(now);
    if (input.date > today) throw fieldError({ date: '日期不能晚于今天' });
    if (input.nextDate && input.nextDate < input.date) throw fieldError({ nextDate: '下一步日期不能早于跟进日期' });
    return writeTransaction(ctx.db, () => {
      const p = ctx.db.select({ id: projects.id }).from(projects).where(eq(projects.id, input.projectId)).get();
      if (!p) throw notFound('项目');
      const activityAt = input.date === today ? now : startOfBusinessDay(input.date).getTime() + NOON_MS;
      const row = ctx.db
        .insert(followUps)
        .values({ ...input, createdBy: ctx.user.id, createdAt: now })
        .returning({ id: followUps.id })
        .get();
      ctx.db
        .update(projects)
        .set({ lastActivityAt: sql`max(${projects.lastActivityAt}, ${activityAt})` })
        .where(eq(projects.id, input.projectId))
        .run();
      audit(ctx.db, { userId: ctx.user.id, action: 'followUp.add', entity: 'project', entityId: input.projectId, changes: input, at: now });
      return row;
    });
  }),
});
