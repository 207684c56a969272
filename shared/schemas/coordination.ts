import { z } from 'zod';
import { INDUSTRIES } from '../domain/catalog';
import { id, optionalText, requiredText, version } from './fields';

/** A name of a unit, task force or chain: trimmed, 2–40 characters. */
const orgName = requiredText(40).refine((s) => s.length >= 2, { error: () => '名称至少 2 个字' });

/** Administration of units, task forces, industry chains and leaders' titles. */
export const unitInput = z.object({ name: orgName });
export type UnitInput = z.input<typeof unitInput>;
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
