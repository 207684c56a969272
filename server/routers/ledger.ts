import { importOptions, previewInput } from '../../shared/schemas/ledger';
import { commitImport } from '../services/ledger/commit';
import { checkImportDefaults } from '../services/ledger/defaults';
import { checkedFor, preview } from '../services/ledger/preview';
import { progressOf } from '../services/ledger/import-progress';
import { getUpload } from '../services/ledger/uploads';
import { fieldError } from '../errors';
import { importAccess } from '../permissions';
import { actionProcedure, router } from '../trpc';

/**
 * The ledger import is for the roles that may update projects by import (admins and officers; the upload
 * itself is a fastify route). Each row that would update a project is asked of the permission model: a
 * project the importer may not write is an error on its row (无权更新该项目), and nothing is committed.
 */
const importProcedure = actionProcedure('import.update');

export const ledgerRouter = router({
  /** Reads the uploaded sheet with a column mapping and checks every row; writes nothing. */
  preview: importProcedure.input(previewInput).query(async ({ ctx, input }) => {
    const upload = getUpload(input.token, ctx.user.id, ctx.now());
    if (input.sheet >= upload.sheets.length) throw fieldError({ sheet: 'sheetMissing' });
    checkImportDefaults(ctx.db, input.defaults);
    return await preview(ctx.db, upload, input, ctx.now(), importAccess(ctx.db, ctx.user));
  }),

  /** How far the person's upload, check or import has got (the import page's progress bar); null when idle. */
  progress: importProcedure.query(({ ctx }) => progressOf(ctx.user.id)),

  /** Checks the sheet, then writes it all or nothing (decision 073); the report is then downloadable from /api/ledger/import/:token/report.csv. */
  commit: importProcedure.input(importOptions).mutation(async ({ ctx, input }) => {
    const upload = getUpload(input.token, ctx.user.id, ctx.now());
    if (input.sheet >= upload.sheets.length) throw fieldError({ sheet: 'sheetMissing' });
    checkImportDefaults(ctx.db, input.defaults);
    // Without a preview for these options the versions to compare with are those read now.
    const mayUpdate = importAccess(ctx.db, ctx.user);
    await checkedFor(ctx.db, upload, input, ctx.now(), mayUpdate);
    return commitImport(ctx.db, ctx.user, upload, input, ctx.now(), mayUpdate);
  }),
});
