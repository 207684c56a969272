import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './core';

/**
 * One ledger import as it is written (decision 072): the commit writes its rows in chunks, each its own
 * transaction, and this record says how far it got. `running` while chunks are written; `done` when every
 * row is in; `failed` with the reason and the rows already written when a chunk was refused midway (or
 * the server stopped: start-up marks a `running` record left behind as failed).
 */
export const ledgerImportRuns = sqliteTable(
  'ledger_import_runs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    fileName: text('file_name').notNull(),
    sheetName: text('sheet_name').notNull(),
    status: text('status').$type<'running' | 'done' | 'failed'>().notNull(),
    startedAt: integer('started_at').notNull(),
    finishedAt: integer('finished_at'),
    /** Rows to create or update; skipped rows are not written and not counted here. */
    rowsTotal: integer('rows_total').notNull(),
    rowsWritten: integer('rows_written').notNull().default(0),
    created: integer('created').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    /** The sheet row where a failed import stopped, and why. */
    failedRow: integer('failed_row'),
    error: text('error'),
  },
  (t) => [index('ledger_import_runs_user_idx').on(t.userId, t.startedAt)],
);
