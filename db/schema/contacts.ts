import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { projects, users } from './core';

/**
 * The investor's people on a project (联系人): several per project, one of them primary (the one the
 * desk and the ledger show). Removing a contact deletes the row; its values stay in the audit row.
 */
export const projectContacts = sqliteTable(
  'project_contacts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    name: text('name').notNull(),
    title: text('title'),
    phone: text('phone'),
    email: text('email'),
    note: text('note'),
    isPrimary: integer('is_primary', { mode: 'boolean' }).notNull().default(false),
    version: integer('version').notNull().default(1),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: integer('created_at').notNull(),
    updatedBy: integer('updated_by').references(() => users.id),
    updatedAt: integer('updated_at'),
  },
  (t) => [
    index('project_contacts_project_idx').on(t.projectId),
    uniqueIndex('project_contacts_primary_idx')
      .on(t.projectId)
      .where(sql`${t.isPrimary} = 1`),
  ],
);
