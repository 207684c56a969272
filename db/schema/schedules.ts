import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { LinkableStage } from '../../shared/domain/schedule/linked';
import { projects, users } from './core';

/** Reverse schedules for major projects (倒排工期), their templates and chase-up orders (督办单). */

export type TemplateKind = 'construction' | 'building';
export type ChaseUpStatus = 'open' | 'closed';

/**
 * A template's `version` is both the optimistic-lock version and the shape version: every edit of the
 * steps writes a new set of template_steps rows under the next version and keeps the old ones, so a
 * schedule made from version 2 can always show the shape it was made from.
 */
export const scheduleTemplates = sqliteTable('schedule_templates', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  kind: text('kind').$type<TemplateKind>().notNull(),
  version: integer('version').notNull().default(1),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  updatedAt: integer('updated_at').notNull(),
  updatedBy: integer('updated_by').references(() => users.id),
});

export const templateSteps = sqliteTable(
  'template_steps',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    templateId: integer('template_id')
      .notNull()
      .references(() => scheduleTemplates.id),
    templateVersion: integer('template_version').notNull(),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    /** Days from the previous step's milestone to this one (for the first step: from the start of work). */
    durationDays: integer('duration_days').notNull(),
    linkedStage: text('linked_stage').$type<LinkableStage>(),
  },
  (t) => [uniqueIndex('template_steps_version_idx').on(t.templateId, t.templateVersion, t.position)],
);

/** One schedule per project. */
export const schedules = sqliteTable(
  'schedules',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    templateId: integer('template_id')
      .notNull()
      .references(() => scheduleTemplates.id),
    templateVersion: integer('template_version').notNull(),
    targetDate: text('target_date').notNull(),
    /** Why a project below 5,000 万元 has a schedule at all (required then). */
    reason: text('reason'),
    createdAt: integer('created_at').notNull(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    updatedAt: integer('updated_at').notNull(),
    updatedBy: integer('updated_by')
      .notNull()
      .references(() => users.id),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('schedules_project_idx').on(t.projectId)],
);

/** Removed milestones are deactivated (a chase-up order may point at them), never deleted. */
export const milestones = sqliteTable(
  'milestones',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    scheduleId: integer('schedule_id')
      .notNull()
      .references(() => schedules.id),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    plannedDate: text('planned_date').notNull(),
    actualDate: text('actual_date'),
    note: text('note'),
    linkedStage: text('linked_stage').$type<LinkableStage>(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    updatedAt: integer('updated_at').notNull(),
    updatedBy: integer('updated_by')
      .notNull()
      .references(() => users.id),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('milestones_schedule_idx').on(t.scheduleId, t.active, t.position),
    index('milestones_planned_idx').on(t.plannedDate),
  ],
);

/** Small key/value settings the admin edits (e.g. the pro-rata thresholds). Values are JSON text. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: integer('updated_at').notNull(),
  updatedBy: integer('updated_by').references(() => users.id),
  version: integer('version').notNull().default(1),
});

/**
 * A chase-up order (督办单). Its level (蓝/黄/红) is derived from today and the two escalation dates,
 * never stored, so it escalates without a job.
 */
export const chaseUpOrders = sqliteTable(
  'chase_up_orders',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    milestoneId: integer('milestone_id').references(() => milestones.id),
    /** What must be done. */
    subject: text('subject').notNull(),
    assigneeId: integer('assignee_id')
      .notNull()
      .references(() => users.id),
    dueDate: text('due_date').notNull(),
    yellowDate: text('yellow_date').notNull(),
    redDate: text('red_date').notNull(),
    status: text('status').$type<ChaseUpStatus>().notNull().default('open'),
    resolution: text('resolution'),
    issuedBy: integer('issued_by')
      .notNull()
      .references(() => users.id),
    issuedAt: integer('issued_at').notNull(),
    closedBy: integer('closed_by').references(() => users.id),
    closedAt: integer('closed_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('chase_up_project_idx').on(t.projectId, t.status),
    index('chase_up_assignee_idx').on(t.assigneeId, t.status),
  ],
);
