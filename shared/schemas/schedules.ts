import { z } from 'zod';
import { INDUSTRIES } from '../domain/catalog';
import { FUNNEL_STAGES } from '../domain/stages';
import { LINKABLE_STAGES, TEMPLATE_KINDS } from '../domain/schedule/templates';
import { dateString, id, optionalDate, optionalText, requiredText, version } from './fields';
import { msg } from './messages';

const linkedStage = z.enum(LINKABLE_STAGES).nullable();
const days = z
  .number({ error: () => msg('required') })
  .int({ error: () => '天数应为整数' })
  .min(0, { error: () => '天数不能为负' })
  .max(3650, { error: () => '天数不能超过 3650' });

export const templateStepInput = z.object({
  name: requiredText(50),
  durationDays: days,
  linkedStage,
});

export const saveTemplateInput = z.object({
  /** Absent: a new template. */
  id: id.optional(),
  version: version.optional(),
  name: requiredText(50),
  kind: z.enum(TEMPLATE_KINDS),
  steps: z
    .array(templateStepInput)
    .min(1, { error: () => '至少需要一个步骤' })
    .max(40),
});
export type SaveTemplateInput = z.input<typeof saveTemplateInput>;

export const thresholdsInput = z.object({
  yellowFrom: z.number().min(0).max(100),
  redAbove: z.number().min(0).max(100),
  version: z.number().int().min(0),
});
export type ThresholdsInput = z.input<typeof thresholdsInput>;

export const proposeInput = z.object({
  projectId: id,
  templateId: id,
  targetDate: dateString,
});

export const milestoneInput = z.object({
  /** Absent: a milestone added by the person. */
  id: id.optional(),
  name: requiredText(50),
  plannedDate: dateString,
  linkedStage,
  actualDate: optionalDate,
  note: optionalText(500),
});
export type MilestoneInput = z.input<typeof milestoneInput>;

export const createScheduleInput = z.object({
  projectId: id,
  templateId: id,
  targetDate: dateString,
  reason: optionalText(500),
  milestones: z
    .array(milestoneInput)
    .min(1, { error: () => '至少需要一个里程碑' })
    .max(60),
});
export type CreateScheduleInput = z.input<typeof createScheduleInput>;

export const updateScheduleInput = z.object({
  id,
  version,
  targetDate: dateString,
  reason: optionalText(500),
  milestones: z
    .array(milestoneInput)
    .min(1, { error: () => '至少需要一个里程碑' })
    .max(60),
});
export type UpdateScheduleInput = z.input<typeof updateScheduleInput>;

export const recordActualInput = z.object({
  milestoneId: id,
  version,
  actualDate: optionalDate,
  note: optionalText(500),
});
export type RecordActualInput = z.input<typeof recordActualInput>;

export const overviewFilter = z.object({
  light: z.enum(['red', 'yellow', 'green', 'none']).optional(),
  leaderId: id.optional(),
  industry: z.enum(INDUSTRIES).optional(),
  stage: z.enum(FUNNEL_STAGES).optional(),
});
export type OverviewFilter = z.input<typeof overviewFilter>;

export const issueChaseUpInput = z.object({
  projectId: id,
  milestoneId: id.nullable().optional(),
  subject: requiredText(500),
  assigneeId: id,
  dueDate: dateString,
  yellowDate: dateString,
  redDate: dateString,
});
export type IssueChaseUpInput = z.input<typeof issueChaseUpInput>;

export const closeChaseUpInput = z.object({
  id,
  version,
  resolution: requiredText(1000),
});
export type CloseChaseUpInput = z.input<typeof closeChaseUpInput>;
