import { z } from 'zod';
import {
  documentGatesInput,
  documentKindsInput,
  documentListInput,
  documentWithdrawInput,
} from '../../shared/schemas/documents';
import { listDocuments, listKinds, saveKinds, withdrawDocument } from '../services/documents/documents';
import { lackingProof, presentKinds, requiredKinds, saveRequiredKinds } from '../services/documents/proof';
import { adminProcedure, objectProcedure, readProcedure, router } from '../trpc';

/**
 * 佐证材料 (issue 17): listed for everyone who reads the project; the bytes come and go through the file
 * routes (server/routes/documents.ts), which pass the same door and the same model.
 */
export const documentsRouter = router({
  list: readProcedure.input(documentListInput).query(({ ctx, input }) => listDocuments(ctx.db, input)),

  kinds: readProcedure.query(({ ctx }) => listKinds(ctx.db)),
  saveKinds: adminProcedure
    .input(documentKindsInput)
    .mutation(({ ctx, input }) => saveKinds(ctx.db, ctx.user, input, ctx.now())),

  /** The kinds each stage requires (an admin setting; none by default), with the version a save names. */
  gates: readProcedure.query(({ ctx }) => requiredKinds(ctx.db)),
  saveGates: adminProcedure
    .input(documentGatesInput)
    .mutation(({ ctx, input }) => saveRequiredKinds(ctx.db, ctx.user, input, ctx.now())),

  /** The kinds of a project's current documents: what the move dialog compares with the gates. */
  present: readProcedure
    .input(z.object({ projectId: z.number().int().positive() }))
    .query(({ ctx, input }) => presentKinds(ctx.db, input.projectId)),

  /** Active projects standing in a stage whose required documents they lack. */
  lacking: readProcedure.query(({ ctx }) => lackingProof(ctx.db)),

  withdraw: objectProcedure('documents.withdraw', documentWithdrawInput, {
    kind: 'document',
    id: (i) => i.id,
  }).mutation(({ ctx, input }) => withdrawDocument(ctx.db, ctx.user, input, ctx.now())),
});
