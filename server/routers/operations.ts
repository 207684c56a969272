import { z } from 'zod';
import { annualResultInput, productionInput } from '../../shared/schemas/operations';
import { datedAmountInput } from '../../shared/schemas/project';
import { addFixedAsset, getOperations, setAnnualResult, setProduction } from '../services/operations';
import { objectProcedure, readProcedure, router } from '../trpc';

const onProject = { kind: 'project' as const, id: (i: { projectId: number }) => i.projectId };

/** After 建成: 投产, fixed-asset investment counted (固定资产投资入统), annual output, tax and jobs. */
export const operationsRouter = router({
  get: readProcedure
    .input(z.object({ projectId: z.number().int().positive() }))
    .query(({ ctx, input }) => getOperations(ctx.db, input.projectId)),

  setProduction: objectProcedure('operations.record', productionInput, onProject).mutation(({ ctx, input }) =>
    setProduction(ctx.db, ctx.user, input, ctx.now()),
  ),

  addFixedAsset: objectProcedure('operations.record', datedAmountInput, onProject).mutation(
    ({ ctx, input }) => addFixedAsset(ctx.db, ctx.user, input, ctx.now()),
  ),

  setAnnual: objectProcedure('operations.record', annualResultInput, onProject).mutation(({ ctx, input }) =>
    setAnnualResult(ctx.db, ctx.user, input, ctx.now()),
  ),
});
