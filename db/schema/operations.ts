import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { projects, users } from './core';

/**
 * After 建成 (issue 16): what a completed project brings. 投产 is one date per project; fixed-asset
 * investment counted in the statistics (固定资产投资入统) comes in dated entries, like funds in place;
 * output, tax and jobs are one row per project and year.
 */
export const productionStarts = sqliteTable('production_starts', {
  projectId: integer('project_id')
    .primaryKey()
    .references(() => projects.id),
  date: text('date').notNull(),
  updatedBy: integer('updated_by')
    .notNull()
    .references(() => users.id),
  updatedAt: integer('updated_at').notNull(),
  version: integer('version').notNull().default(1),
});

export const fixedAssetEntries = sqliteTable(
  'fixed_asset_entries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    date: text('date').notNull(),
    /** 万元. */
    amount: integer('amount').notNull(),
    note: text('note'),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('fixed_asset_project_idx').on(t.projectId, t.date), index('fixed_asset_date_idx').on(t.date)],
);

export const annualResults = sqliteTable(
  'annual_results',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    year: integer('year').notNull(),
    /** 产值, 万元. */
    output: integer('output').notNull(),
    /** 税收, 万元. */
    tax: integer('tax').notNull(),
    /** 就业人数. */
    jobs: integer('jobs').notNull(),
    updatedBy: integer('updated_by')
      .notNull()
      .references(() => users.id),
    updatedAt: integer('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('annual_results_project_year_idx').on(t.projectId, t.year)],
);
