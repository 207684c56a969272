import { sql } from 'drizzle-orm';
import { blob, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Industry } from '../../shared/domain/catalog';
import type { ProjectAttribute } from '../../shared/domain/review/known-at';
import type { TargetMetric } from '../../shared/domain/review/targets';
import { projects, units, users } from './core';

/**
 * The weekly review (issue 5). Targets are set by the office; the campaign settings say from when the
 * review counts cumulative figures; the investment history lets a past week use the amount a project
 * had then (docs/decisions/030-review-reproducible.md).
 */
export const targets = sqliteTable(
  'targets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    metric: text('metric').$type<TargetMetric>().notNull(),
    /** Projects for count metrics, 万元 for money metrics. */
    value: integer('value').notNull(),
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    industry: text('industry').$type<Industry>(),
    unitId: integer('unit_id').references(() => units.id),
    /** The officer (owner A of the projects counted) the target is set for: the report ranks officers (decision 041). */
    ownerId: integer('owner_id').references(() => users.id),
    note: text('note'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
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
  (t) => [index('targets_period_idx').on(t.active, t.periodStart)],
);

/** One row (id 1): the campaign the review counts cumulative figures from. */
export const reviewSettings = sqliteTable('review_settings', {
  id: integer('id').primaryKey(),
  campaignStart: text('campaign_start').notNull(),
  campaignEnd: text('campaign_end').notNull(),
  updatedAt: integer('updated_at').notNull(),
  updatedBy: integer('updated_by').references(() => users.id),
  version: integer('version').notNull().default(1),
});

/**
 * Append-only: a project's amount (agreed ?? estimated, 万元) from `at` on, written in the same
 * transaction as the create, move or edit that set it.
 */
export const investmentHistory = sqliteTable(
  'investment_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    at: integer('at').notNull(),
    amount: integer('amount').notNull(),
    /** When the amount became known to the app (`at` is when it took effect; decision 090). */
    recordedAt: integer('recorded_at').notNull().default(0),
    recordedBy: integer('recorded_by').references(() => users.id),
  },
  (t) => [
    index('investment_history_at_idx').on(t.at),
    index('investment_history_project_idx').on(t.projectId, t.at),
  ],
);

/**
 * Append-only: the attributes the review groups by (industry, channel, owner A, unit), each value with
 * the instant it took effect and the instant it was recorded (decision 090). Written by the project
 * write path in the same transaction as the change.
 */
export const projectAttributeHistory = sqliteTable(
  'project_attribute_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    field: text('field').$type<ProjectAttribute>().notNull(),
    /** The value as text (ids as decimal strings); null: none (a project without a unit). */
    value: text('value'),
    effectiveAt: integer('effective_at').notNull(),
    recordedAt: integer('recorded_at').notNull(),
    recordedBy: integer('recorded_by').references(() => users.id),
  },
  (t) => [
    index('project_attribute_history_project_idx').on(t.projectId, t.field),
    index('project_attribute_history_recorded_idx').on(t.recordedAt),
  ],
);

/**
 * A sealed week (定稿): the review as shown at sealing and its xlsx, stored unchanged. Re-opening keeps
 * the row (reopenedAt, by whom, why); a week has at most one seal in force.
 */
export const reviewSeals = sqliteTable(
  'review_seals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    week: text('week').notNull(),
    sealedAt: integer('sealed_at').notNull(),
    sealedBy: integer('sealed_by')
      .notNull()
      .references(() => users.id),
    /** JSON: the review.week payload as it was sealed. */
    review: text('review').notNull(),
    xlsx: blob('xlsx', { mode: 'buffer' }).notNull(),
    xlsxName: text('xlsx_name').notNull(),
    reopenedAt: integer('reopened_at'),
    reopenedBy: integer('reopened_by').references(() => users.id),
    reopenReason: text('reopen_reason'),
  },
  (t) => [
    index('review_seals_week_idx').on(t.week),
    uniqueIndex('review_seals_one_open_idx')
      .on(t.week)
      .where(sql`reopened_at is null`),
  ],
);
