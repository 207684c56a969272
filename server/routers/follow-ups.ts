import { z } from 'zod';
import { followUpInput } from '../../shared/schemas/project';
import { addFollowUp, listFollowUps } from '../services/follow-ups';
import { objectProcedure, readProcedure, router } from '../trpc';

export const followUpsRouter = router({
  list: readProcedure
    .input(z.object({ projectId: z.number().int().positive() }))
    .query(({ ctx, input }) => listFollowUps(ctx.db, input.projectId)),

  /** Records a visit, call or meeting; it counts as the project's latest activity. */
  add: objectProcedure('followUp.add', followUpInput, { kind: 'project', id: (i) => i.projectId }).mutation(
    ({ ctx, input }) => addFollowUp(ctx.db, ctx.user, input, ctx.now()),
  ),
});
