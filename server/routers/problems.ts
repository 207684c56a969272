import { z } from 'zod';
import {
  escalateProblemInput,
  moveProblemInput,
  problemInput,
  problemListInput,
  problemTallyInput,
} from '../../shared/schemas/problems';
import { problemTally } from '../services/problem-tally';
import {
  createProblem,
  escalateProblem,
  listProblems,
  moveProblem,
  problemHistory,
} from '../services/problems';
import { problemMoveAction } from '../../shared/domain/permissions';
import { withObjectRelations } from '../permissions';
import { objectProcedure, readProcedure, router } from '../trpc';

/** 问题清单: raised and worked by those who write the project; closing (销号) by its leaders and admins. */
export const problemsRouter = router({
  /** Each row with `rel` (its 责任人 counts as assignee): the list offers only the moves the model allows. */
  list: readProcedure.input(problemListInput).query(({ ctx, input }) =>
    withObjectRelations(
      ctx.db,
      ctx.user,
      listProblems(ctx.db, input, ctx.now()),
      (r) => r.projectId,
      (r) => r.ownerId,
    ),
  ),
  /** 问题办结统计 of a period, by unit, leader, month and category: everyone who reads the list reads it. */
  tally: readProcedure
    .input(problemTallyInput)
    .query(({ ctx, input }) => problemTally(ctx.db, input, ctx.now())),
  history: readProcedure
    .input(z.object({ id: z.number().int().positive() }))
    .query(({ ctx, input }) => problemHistory(ctx.db, input.id)),
  create: objectProcedure('problem.raise', problemInput, {
    kind: 'project',
    id: (i) => i.projectId,
  }).mutation(({ ctx, input }) => createProblem(ctx.db, ctx.user, input, ctx.now())),
  /** Anything touching 已销号 is a closing, for the project's leaders and admins. */
  move: objectProcedure('problem.work', moveProblemInput, {
    kind: 'problem',
    id: (i) => i.id,
    more: (i, o) => [problemMoveAction(String(o.row.status), i.to)],
  }).mutation(({ ctx, input }) => moveProblem(ctx.db, ctx.user, input, ctx.now())),
  escalate: objectProcedure('problem.work', escalateProblemInput, {
    kind: 'problem',
    id: (i) => i.id,
  }).mutation(({ ctx, input }) => escalateProblem(ctx.db, ctx.user, input, ctx.now())),
});
