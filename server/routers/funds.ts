import { z } from 'zod';
import { datedAmountInput } from '../../shared/schemas/project';
import { addFunds, listFunds } from '../services/funds';
import { objectProcedure, readProcedure, router } from '../trpc';

export const fundsRouter = router({
  /** Dated entries of money actually invested, with their sum against the agreed investment. */
  list: readProcedure
    .input(z.object({ projectId: z.number().int().positive() }))
    .query(({ ctx, input }) => listFunds(ctx.db, input.projectId)),

  add: objectProcedure('funds.add', datedAmountInput, { kind: 'project', id: (i) => i.projectId }).mutation(
    ({ ctx, input }) => addFunds(ctx.db, ctx.user, input, ctx.now()),
  ),
});
