import { z } from 'zod';
import { stallDaysInput } from '../../shared/schemas/settings';
import { saveStallDays, stallDaysAt } from '../services/stall-settings';
import { adminProcedure, readProcedure, router } from '../trpc';

/** Settings the office owns (issue 15): everyone reads them, an admin (office.manage) changes them. */
export const settingsRouter = router({
  /** 久未推进 days per stage in effect now, with the version a save must name. */
  stallDays: readProcedure.input(z.void()).query(({ ctx }) => stallDaysAt(ctx.db)),
  saveStallDays: adminProcedure
    .input(stallDaysInput)
    .mutation(({ ctx, input }) => saveStallDays(ctx.db, ctx.user, input, ctx.now())),
});
