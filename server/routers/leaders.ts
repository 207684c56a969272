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
import { relationTo, withRelations } from '../permissions';
import { bulkProcedure, objectProcedure, readProcedure, router } from '../trpc';

const byProject = z.object({ projectId: z.number().int().positive() });
const projectIds = (input: { projects: { id: number }[] }) => input.projects.map((p) => p.id);

/** 领导包保: assignments (admin; co-leaders and task forces also the project's leaders), the leader's desk, the 未落实包保 list, swimlanes by leader. */
export const leadersRouter = router({
  list: readProcedure.input(z.void()).query(({ ctx }) => listLeaders(ctx.db)),
  taskForceOptions: readProcedure.input(z.void()).query(({ ctx }) => taskForceOptions(ctx.db)),
  forProject: readProcedure.input(byProject).query(({ ctx, input }) => ({
    ...projectLeadership(ctx.db, input.projectId),
    /** The caller's relation to the project: the section offers 协包/专班 changes from the model. */
    rel: relationTo(ctx.db, ctx.user, input.projectId),
  })),
  withoutPrimary: readProcedure.input(z.void()).query(({ ctx }) => projectsWithoutPrimaryLeader(ctx.db)),
  desk: readProcedure.input(deskInput).query(({ ctx, input }) => {
    const d = desk(ctx.db, ctx.user, input.leaderId, ctx.now());
    // `rel` is the viewer's, not the desk leader's: an admin or officer looking at a desk is offered their own actions.
    return { ...d, projects: withRelations(ctx.db, ctx.user, d.projects) };
  }),
  /** Each card with the caller's relation to it: the lanes offer moves from the shared model, like the board. */
  lanes: readProcedure
    .input(boardFilter)
    .query(({ ctx, input }) => leaderLanes(ctx.db, ctx.user, input, ctx.now())),

  /** A co-leader is the project's leaders' call too; the primary leader is the admin's. */
  assign: objectProcedure('leader.assignCo', assignLeaderInput, {
    kind: 'project',
    id: (i) => i.projectId,
    more: (i) => [i.role === 'primary' && 'leader.assignPrimary'],
  }).mutation(({ ctx, input }) => assignLeader(ctx.db, ctx.user, input, ctx.now())),
  end: objectProcedure('leader.assignCo', endAssignmentInput, {
    kind: 'assignment',
    id: (i) => i.assignmentId,
    more: (_i, o) => [o.row.role === 'primary' && 'leader.assignPrimary'],
  }).mutation(({ ctx, input }) => endAssignment(ctx.db, ctx.user, input.assignmentId, ctx.now())),
  setTaskForce: objectProcedure('taskForce.set', setTaskForceInput, {
    kind: 'project',
    id: (i) => i.projectId,
  }).mutation(({ ctx, input }) =>
    setProjectTaskForce(ctx.db, ctx.user, input.projectId, input.taskForceId, ctx.now()),
  ),
  bulkLeader: bulkProcedure('leader.assignPrimary', bulkLeaderInput, projectIds).mutation(({ ctx, input }) =>
    bulkAssign(ctx.db, ctx.user, { kind: 'leader', ...input }, ctx.now()),
  ),
  bulkTaskForce: bulkProcedure('taskForce.set', bulkTaskForceInput, projectIds).mutation(({ ctx, input }) =>
    bulkAssign(ctx.db, ctx.user, { kind: 'taskForce', ...input }, ctx.now()),
  ),
  /** Handing projects over: an admin, or owner A of every selected project. */
  bulkOwner: bulkProcedure('project.changeOwner', bulkOwnerInput, projectIds).mutation(({ ctx, input }) =>
    bulkAssign(ctx.db, ctx.user, { kind: 'owner', ...input }, ctx.now()),
  ),
});
