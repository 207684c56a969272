import { z } from 'zod';
import {
  campaignInput,
  targetDeactivateInput,
  targetInput,
  targetUpdateInput,
} from '../../shared/schemas/review';
import { campaignSettings } from '../services/review/settings';
import { createTarget, deactivateTarget, listTargets, saveCampaign, updateTarget } from '../services/targets';
import { adminProcedure, readProcedure, router } from '../trpc';

/** Campaign and annual targets the weekly review measures progress against; only admins change them. */
export const targetsRouter = router({
  list: readProcedure
    .input(z.void())
    .query(({ ctx }) => ({ targets: listTargets(ctx.db), campaign: campaignSettings(ctx.db) })),
  create: adminProcedure
    .input(targetInput)
    .mutation(({ ctx, input }) => createTarget(ctx.db, ctx.user.id, input, ctx.now())),
  update: adminProcedure
    .input(targetUpdateInput)
    .mutation(({ ctx, input }) => updateTarget(ctx.db, ctx.user.id, input, ctx.now())),
  deactivate: adminProcedure
    .input(targetDeactivateInput)
    .mutation(({ ctx, input }) => deactivateTarget(ctx.db, ctx.user.id, input, ctx.now())),
  saveCampaign: adminProcedure
    .input(campaignInput)
    .mutation(({ ctx, input }) => saveCampaign(ctx.db, ctx.user.id, input, ctx.now())),
});
