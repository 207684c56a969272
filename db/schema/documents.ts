import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { DocumentStatus, DocumentTarget } from '../../shared/domain/documents';
import { projects, users } from './core';

/**
 * 佐证材料 (issue 17, decision 008). The bytes live on disk under FILES_DIR by their SHA-256 (never
 * overwritten); these rows say what they are. A row is never deleted: a newer file supersedes it, or it
 * is withdrawn with a reason, and both stay for the record.
 */
export const documentKinds = sqliteTable('document_kinds', {
  key: text('key').primaryKey(),
  label: text('label').notNull(),
  position: integer('position').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  version: integer('version').notNull().default(1),
});

export const documents = sqliteTable(
  'documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    /** What it is attached to: the project itself, or a problem, 批示 or 督办单 on it (targetId). */
    target: text('target').$type<DocumentTarget>().notNull().default('project'),
    targetId: integer('target_id'),
    kind: text('kind')
      .notNull()
      .references(() => documentKinds.key),
    /** The cleaned original name, as offered for download. */
    name: text('name').notNull(),
    /** The type judged from the content, never from the name. */
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    status: text('status').$type<DocumentStatus>().notNull().default('current'),
    supersedesId: integer('supersedes_id'),
    uploadedBy: integer('uploaded_by')
      .notNull()
      .references(() => users.id),
    uploadedAt: integer('uploaded_at').notNull(),
    /** Superseded or withdrawn: when, by whom, and (withdrawn) why. */
    endedBy: integer('ended_by').references(() => users.id),
    endedAt: integer('ended_at'),
    endReason: text('end_reason'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('documents_project_idx').on(t.projectId, t.status, t.kind),
    index('documents_target_idx').on(t.target, t.targetId),
    index('documents_hash_idx').on(t.sha256),
  ],
);
