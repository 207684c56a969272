import { z } from 'zod';
import { instructionInput, replyInstructionInput } from '../../shared/schemas/instructions';
import { createInstruction, listInstructions, replyInstruction } from '../services/instructions';
import { withObjectRelations } from '../permissions';
import { objectProcedure, readProcedure, router } from '../trpc';

/** 领导批示: leaders write on projects they lead; owners A/B (or an admin) reply. */
export const instructionsRouter = router({
  list: readProcedure
    .input(z.object({ projectId: z.number().int().positive() }))
    .query(({ ctx, input }) =>
      withObjectRelations(
        ctx.db,
        ctx.user,
        listInstructions(ctx.db, input.projectId, ctx.now()),
        () => input.projectId,
      ),
    ),
  create: objectProcedure('instruction.create', instructionInput, {
    kind: 'project',
    id: (i) => i.projectId,
  }).mutation(({ ctx, input }) => createInstruction(ctx.db, ctx.user, input, ctx.now())),
  reply: objectProcedure('instruction.reply', replyInstructionInput, {
    kind: 'instruction',
    id: (i) => i.id,
  }).mutation(({ ctx, input }) => replyInstruction(ctx.db, ctx.user, input, ctx.now())),
});
