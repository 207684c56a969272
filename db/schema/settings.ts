import { index, integer, sqliteTable } from 'drizzle-orm/sqlite-core';
import { users } from './core';

/**
 * The office's 久未推进 limits per stage (issue 15), effective-dated: a save appends a row in effect
 * from that instant, so a closed week is judged by the limits of its own end (decision 120). The row
 * in effect now carries the version a save must name. Migration 0009 backfills 30 days from time 0.
 */
export const stallSettings = sqliteTable(
  'stall_settings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    effectiveAt: integer('effective_at').notNull(),
    negotiating: integer('negotiating').notNull(),
    introduced: integer('introduced').notNull(),
    landed: integer('landed').notNull(),
    started: integer('started').notNull(),
    recordedBy: integer('recorded_by').references(() => users.id),
  },
  (t) => [index('stall_settings_effective_idx').on(t.effectiveAt)],
);
