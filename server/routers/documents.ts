import { documentListInput, documentWithdrawInput } from '../../shared/schemas/documents';
import { listDocuments, listKinds, withdrawDocument } from '../services/documents/documents';
import { objectProcedure, readProcedure, router } from '../trpc';

/**
 * 佐证材料 (issue 17): listed for everyone who reads the project; the bytes come and go through the file
 * routes (server/routes/documents.ts), which pass the same door and the same model.
 */
export const documentsRouter = router({
  list: readProcedure.input(documentListInput).query(({ ctx, input }) => listDocuments(ctx.db, input)),

  kinds: readProcedure.query(({ ctx }) => listKinds(ctx.db)),

  withdraw: objectProcedure('documents.withdraw', documentWithdrawInput, {
    kind: 'document',
    id: (i) => i.id,
  }).mutation(({ ctx, input }) => withdrawDocument(ctx.db, ctx.user, input, ctx.now())),
});
