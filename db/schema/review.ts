import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { Industry } from '../../shared/domain/catalog';
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
  },
  (t) => [
    index('investment_history_at_idx').on(t.at),
    index('investment_history_project_idx').on(t.projectId, t.at),
  ],
);
