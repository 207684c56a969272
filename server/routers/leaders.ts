import { z } from 'zod';
import {
  assignLeaderInput,
  bulkLeaderInput,
  bulkOwnerInput,
  bulkTaskForceInput,
  deskInput,
  endAssignmentInput,
  setTaskForceInput,
} from '../../shared/schemas/leaders';
import { boardFilter } from '../../shared/schemas/project';
import { taskForceOptions } from '../services/coordination';
import { desk, listLeaders } from '../services/desk';
import { leaderLanes } from '../services/leader-lanes';
import {
  assignLeader,
  bulkAssign,
  endAssignment,
  projectLeadership,
  projectsWithoutPrimaryLeader,
  setProjectTaskForce,
} from '../services/leaders';
import { adminProcedure, readProcedure, roleProcedure, router } from '../trpc';

const byProject = z.object({ projectId: z.number().int().positive() });

/** 领导包保: assignments (admin), the leader's desk, the 未落实包保 list, swimlanes by leader. */
export const leadersRouter = router({
  list: readProcedure.input(z.void()).query(({ ctx }) => listLeaders(ctx.db)),
  taskForceOptions: readProcedure.input(z.void()).query(({ ctx }) => taskForceOptions(ctx.db)),
  forProject: readProcedure
    .input(byProject)
    .query(({ ctx, input }) => projectLeadership(ctx.db, input.projectId)),
  withoutPrimary: readProcedure.input(z.void()).query(({ ctx }) => projectsWithoutPrimaryLeader(ctx.db)),
  desk: readProcedure
    .input(deskInput)
    .query(({ ctx, input }) => desk(ctx.db, ctx.user, input.leaderId, ctx.now())),
  lanes: readProcedure.input(boardFilter).query(({ ctx, input }) => leaderLanes(ctx.db, input, ctx.now())),

  assign: adminProcedure
    .input(assignLeaderInput)
    .mutation(({ ctx, input }) => assignLeader(ctx.db, ctx.user, input, ctx.now())),
  end: adminProcedure
    .input(endAssignmentInput)
    .mutation(({ ctx, input }) => endAssignment(ctx.db, ctx.user, input.assignmentId, ctx.now())),
  setTaskForce: adminProcedure
    .input(setTaskForceInput)
    .mutation(({ ctx, input }) =>
      setProjectTaskForce(ctx.db, ctx.user, input.projectId, input.taskForceId, ctx.now()),
    ),
  bulkLeader: adminProcedure
    .input(bulkLeaderInput)
    .mutation(({ ctx, input }) => bulkAssign(ctx.db, ctx.user, { kind: 'leader', ...input }, ctx.now())),
  bulkTaskForce: adminProcedure
    .input(bulkTaskForceInput)
    .mutation(({ ctx, input }) => bulkAssign(ctx.db, ctx.user, { kind: 'taskForce', ...input }, ctx.now())),
  /** Owners are the office's call: admins and officers, not leaders. */
  bulkOwner: roleProcedure(['admin', 'staff'])
    .input(bulkOwnerInput)
    .mutation(({ ctx, input }) => bulkAssign(ctx.db, ctx.user, { kind: 'owner', ...input }, ctx.now())),
});
