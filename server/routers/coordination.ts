import { z } from 'zod';
import {
  chainInput,
  leaderTitleInput,
  renameUnitInput,
  setActiveInput,
  taskForceInput,
  unitInput,
  updateChainInput,
  updateTaskForceInput,
} from '../../shared/schemas/coordination';
import {
  createChain,
  createTaskForce,
  createUnit,
  listChains,
  listTaskForces,
  listUnits,
  renameUnit,
  setActive,
  setLeaderTitle,
  updateChain,
  updateTaskForce,
} from '../services/coordination';
import { adminProcedure, readProcedure, router } from '../trpc';

/** Administration of units, task forces, industry chains and leaders' titles (admin writes, all read). */
export const coordinationRouter = router({
  units: readProcedure.input(z.void()).query(({ ctx }) => listUnits(ctx.db)),
  createUnit: adminProcedure
    .input(unitInput)
    .mutation(({ ctx, input }) => createUnit(ctx.db, ctx.user, input.name, ctx.now())),
  renameUnit: adminProcedure
    .input(renameUnitInput)
    .mutation(({ ctx, input }) => renameUnit(ctx.db, ctx.user, input, ctx.now())),
  setUnitActive: adminProcedure
    .input(setActiveInput)
    .mutation(({ ctx, input }) => setActive(ctx.db, ctx.user, 'unit', input, ctx.now())),

  taskForces: readProcedure.input(z.void()).query(({ ctx }) => listTaskForces(ctx.db)),
  createTaskForce: adminProcedure
    .input(taskForceInput)
    .mutation(({ ctx, input }) => createTaskForce(ctx.db, ctx.user, input, ctx.now())),
  updateTaskForce: adminProcedure
    .input(updateTaskForceInput)
    .mutation(({ ctx, input }) => updateTaskForce(ctx.db, ctx.user, input, ctx.now())),
  setTaskForceActive: adminProcedure
    .input(setActiveInput)
    .mutation(({ ctx, input }) => setActive(ctx.db, ctx.user, 'taskForce', input, ctx.now())),

  chains: readProcedure.input(z.void()).query(({ ctx }) => listChains(ctx.db)),
  createChain: adminProcedure
    .input(chainInput)
    .mutation(({ ctx, input }) => createChain(ctx.db, ctx.user, input, ctx.now())),
  updateChain: adminProcedure
    .input(updateChainInput)
    .mutation(({ ctx, input }) => updateChain(ctx.db, ctx.user, input, ctx.now())),
  setChainActive: adminProcedure
    .input(setActiveInput)
    .mutation(({ ctx, input }) => setActive(ctx.db, ctx.user, 'chain', input, ctx.now())),

  setLeaderTitle: adminProcedure
    .input(leaderTitleInput)
    .mutation(({ ctx, input }) => setLeaderTitle(ctx.db, ctx.user, input, ctx.now())),
});
