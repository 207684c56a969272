import { z } from 'zod';
import { auditListInput } from '../../shared/schemas/audit';
import { auditFacets, listAudit, projectAudit } from '../services/audit-trail';
import { adminProcedure, readProcedure, router } from '../trpc';

/** 操作日志: the admin browses everything; a project's page shows its own trail to everyone who reads it. */
export const auditRouter = router({
  list: adminProcedure.input(auditListInput).query(({ ctx, input }) => listAudit(ctx.db, input)),
  facets: adminProcedure.input(z.void()).query(({ ctx }) => auditFacets(ctx.db)),
  forProject: readProcedure
    .input(z.object({ projectId: z.number().int().positive() }))
    .query(({ ctx, input }) => projectAudit(ctx.db, input.projectId)),
});
