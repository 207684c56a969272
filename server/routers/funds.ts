import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { writeTransaction } from '../../db/client';
import { fundsInPlace, projects, users } from '../../db/schema';
import { businessDate } from '../../shared/domain/dates';
import { fundsInput } from '../../shared/schemas/project';
import { audit } from '../audit';
import { fieldError, notFound } from '../errors';
import { projectWriteProcedure, readProcedure, router } from '../trpc';

export const fundsRouter = router({
  /** Dated entries of money actually invested, with their sum against the agreed investment. */
  list: readProcedure.input(z.object({ projectId: z.number().int().positive() })).query(({ ctx, input }) => {
    const p = ctx.db
      .select({ agreed: projects.agreedInvestment })
      .from(projects)
      .where(eq(projects.id, input.projectId))
      .get();
    if (!p) throw notFound('项目');
    const entries = ctx.db
      .select({
        id: fundsInPlace.id,
        date: fundsInPlace.date,
        amount: fundsInPlace.amount,
        note: fundsInPlace.note,
        byName: users.displayName,
      })
      .from(fundsInPlace)
      .innerJoin(users, eq(users.id, fundsInPlace.createdBy))
      .where(eq(fundsInPlace.projectId, input.projectId))
      .orderBy(desc(fundsInPlace.date), desc(fundsInPlace.id))
      .all();
    const sum = entries.reduce((s, e) => s + e.amount, 0);
    return { entries, sum, agreed: p.agreed, ratio: p.agreed ? sum / p.agreed : null };
  }),

  add: projectWriteProcedure('projectId').input(fundsInput).mutation(({ ctx, input }) => {
    const now = ctx.now();
    if (input.date > businessDate(now)) throw fieldError({ date: '日期不能晚于今天' });
    return writeTransaction(ctx.db, () => {
      const p = ctx.db.select({ id: projects.id }).from(projects).where(eq(projects.id, input.projectId)).get();
      if (!p) throw notFound('项目');
      const row = ctx.db
        .insert(fundsInPlace)
        .values({ ...input, createdBy: ctx.user.id, createdAt: now })
        .returning({ id: fundsInPlace.id })
        .get();
      audit(ctx.db, { userId: ctx.user.id, action: 'funds.add', entity: 'project', entityId: input.projectId, changes: input, at: now });
      return row;
    });
  }),
});
