import { z } from 'zod';
import { LEADER_ROLES } from '../domain/leaders';
import { id, version } from './fields';
import { msg } from './messages';

const required = { error: () => msg('required') };

export const assignLeaderInput = z.object({
  projectId: id,
  leaderId: id,
  role: z.enum(LEADER_ROLES, required),
  /** The open primary assignment the person saw (null: none). A different one now is a CONFLICT. */
  expectedPrimaryId: id.nullable(),
});
export type AssignLeaderInput = z.input<typeof assignLeaderInput>;

export const endAssignmentInput = z.object({ assignmentId: id });

/** Bulk from the board: each project with the version the person saw. */
const bulkProjects = z
  .array(z.object({ id, version }))
  .min(1, { error: () => '请至少选择一个项目' })
  .max(200, { error: () => '一次最多选择 200 个项目' });

export const bulkLeaderInput = z.object({ projects: bulkProjects, leaderId: id });
export const bulkTaskForceInput = z.object({ projects: bulkProjects, taskForceId: id.nullable() });
export const bulkOwnerInput = z.object({ projects: bulkProjects, ownerAId: id });
export type BulkAssignInput =
  | ({ kind: 'leader' } & z.output<typeof bulkLeaderInput>)
  | ({ kind: 'taskForce' } & z.output<typeof bulkTaskForceInput>)
  | ({ kind: 'owner' } & z.output<typeof bulkOwnerInput>);

export const setTaskForceInput = z.object({ projectId: id, taskForceId: id.nullable() });

export const deskInput = z.object({ leaderId: id.optional() });
