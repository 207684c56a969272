import { z } from 'zod';
import { PROBLEM_STATUSES } from '../domain/problems';
import { dateString, id, optionalDate, optionalText, requiredText, version } from './fields';
import { msg } from './messages';

const required = { error: () => msg('required') };

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

/** 统计期间: problems raised from `from` to `to` (business dates, both included), at most 10 years. */
export const problemTallyInput = z
  .object({ from: dateString, to: dateString })
  .refine((p) => p.from <= p.to && Number(p.to.slice(0, 4)) - Number(p.from.slice(0, 4)) < 10, {
    error: () => msg('period'),
    path: ['to'],
  });
export type ProblemTallyInput = z.infer<typeof problemTallyInput>;
