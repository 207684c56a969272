import { z } from 'zod';
import { INDUSTRIES } from '../domain/catalog';
import { LEADER_ROLES } from '../domain/leaders';
import { PROBLEM_STATUSES } from '../domain/problems';
import { dateString, id, optionalDate, optionalText, requiredText, version } from './fields';
import { msg } from './messages';

const required = { error: () => msg('required') };

/** A name of a unit, task force or chain: trimmed, 2–40 characters. */
const orgName = requiredText(40).refine((s) => s.length >= 2, { error: () => '名称至少 2 个字' });

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

// Administration
export const unitInput = z.object({ name: orgName });
export const renameUnitInput = z.object({ id, version, name: orgName });
export const setActiveInput = z.object({ id, version, active: z.boolean() });

export const taskForceInput = z.object({
  name: orgName,
  leadLeaderId: id,
  description: optionalText(500),
  memberIds: z.array(id).max(50).default([]),
});
export type TaskForceInput = z.input<typeof taskForceInput>;
export const updateTaskForceInput = taskForceInput.extend({ id, version });

export const chainInput = z.object({
  name: orgName,
  chainLeaderId: id.nullable(),
  industries: z.array(z.enum(INDUSTRIES)).min(1, { error: () => '请至少选择一个行业' }),
});
export type ChainInput = z.input<typeof chainInput>;
export const updateChainInput = chainInput.extend({ id, version });

export const leaderTitleInput = z.object({ id, version, title: requiredText(40) });

// Problems
export const problemInput = z.object({
  projectId: id,
  title: requiredText(100),
  detail: optionalText(2000),
  unitId: id.nullable().optional(),
  ownerId: id.nullable().optional(),
  raisedDate: dateString,
  dueDate: optionalDate,
});
export type ProblemInput = z.input<typeof problemInput>;

export const moveProblemInput = z.object({
  id,
  version,
  to: z.enum(PROBLEM_STATUSES, required),
  reason: optionalText(1000),
  resolution: optionalText(2000),
});
export type MoveProblemInput = z.input<typeof moveProblemInput>;

export const escalateProblemInput = z.object({ id, version, note: optionalText(500) });

export const problemListInput = z.object({
  projectId: id.optional(),
  unitId: id.optional(),
  status: z.enum(PROBLEM_STATUSES).optional(),
  leaderId: id.optional(),
  overdue: z.boolean().optional(),
});
export type ProblemListInput = z.infer<typeof problemListInput>;

// Instructions
export const instructionInput = z.object({ projectId: id, text: requiredText(1000), replyBy: dateString });
export type InstructionInput = z.input<typeof instructionInput>;
export const replyInstructionInput = z.object({ id, version, reply: requiredText(2000) });
export type ReplyInstructionInput = z.input<typeof replyInstructionInput>;

export const markReadInput = z.object({ ids: z.array(id).max(200).optional() });
