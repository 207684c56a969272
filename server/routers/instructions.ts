import { z } from 'zod';
import { instructionInput, replyInstructionInput } from '../../shared/schemas/instructions';
import { createInstruction, listInstructions, replyInstruction } from '../services/instructions';
import { readProcedure, roleProcedure, router, writeProcedure } from '../trpc';

/** 领导批示: leaders write on projects they lead; owners A/B (or an admin) reply. */
export const instructionsRouter = router({
  list: readProcedure
    .input(z.object({ projectId: z.number().int().positive() }))
    .query(({ ctx, input }) => listInstructions(ctx.db, input.projectId, ctx.now())),
  create: roleProcedure(['leader'])
    .input(instructionInput)
    .mutation(({ ctx, input }) => createInstruction(ctx.db, ctx.user, input, ctx.now())),
  reply: writeProcedure
    .input(replyInstructionInput)
    .mutation(({ ctx, input }) => replyInstruction(ctx.db, ctx.user, input, ctx.now())),
});
