import { z } from 'zod';
import {
  escalateProblemInput,
  moveProblemInput,
  problemInput,
  problemListInput,
} from '../../shared/schemas/problems';
import {
  createProblem,
  escalateProblem,
  listProblems,
  moveProblem,
  problemHistory,
} from '../services/problems';
import { readProcedure, router, writeProcedure } from '../trpc';

/** 问题清单: raised by anyone who writes; closing (销号) is checked against the project's leaders. */
export const problemsRouter = router({
  list: readProcedure
    .input(problemListInput)
    .query(({ ctx, input }) => listProblems(ctx.db, input, ctx.now())),
  history: readProcedure
    .input(z.object({ id: z.number().int().positive() }))
    .query(({ ctx, input }) => problemHistory(ctx.db, input.id)),
  create: writeProcedure
    .input(problemInput)
    .mutation(({ ctx, input }) => createProblem(ctx.db, ctx.user, input, ctx.now())),
  move: writeProcedure
    .input(moveProblemInput)
    .mutation(({ ctx, input }) => moveProblem(ctx.db, ctx.user, input, ctx.now())),
  escalate: writeProcedure
    .input(escalateProblemInput)
    .mutation(({ ctx, input }) => escalateProblem(ctx.db, ctx.user, input, ctx.now())),
});
