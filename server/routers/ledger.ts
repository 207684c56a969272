import { importOptions, previewInput } from '../../shared/schemas/ledger';
import { commitImport } from '../services/ledger/commit';
import { checkedFor, preview } from '../services/ledger/preview';
import { getUpload } from '../services/ledger/uploads';
import { fieldError } from '../errors';
import { roleProcedure, router } from '../trpc';

/** The ledger import is for the office's admins and officers (the upload itself is a fastify route). */
const importProcedure = roleProcedure(['admin', 'staff']);

export const ledgerRouter = router({
  /** Reads the uploaded sheet with a column mapping and checks every row; writes nothing. */
  preview: importProcedure.input(previewInput).query(({ ctx, input }) => {
    const upload = getUpload(input.token, ctx.user.id, ctx.now());
    if (input.sheet >= upload.sheets.length) throw fieldError({ sheet: 'sheetMissing' });
    return preview(ctx.db, upload, input, ctx.now());
  }),

  /** Imports the sheet all or nothing; the report is then downloadable from /api/ledger/import/:token/report.csv. */
  commit: importProcedure.input(importOptions).mutation(({ ctx, input }) => {
    const upload = getUpload(input.token, ctx.user.id, ctx.now());
    if (input.sheet >= upload.sheets.length) throw fieldError({ sheet: 'sheetMissing' });
    // Without a preview for these options the versions to compare with are those read now.
    checkedFor(ctx.db, upload, input, ctx.now());
    return commitImport(ctx.db, ctx.user, upload, input, ctx.now());
  }),
});
