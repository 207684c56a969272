import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { preparedOnce } from '../db/prepared';
import { auditLog } from '../db/schema';
import type { AuditAction } from '../shared/domain/audit-actions';

export type Changes = Record<string, [unknown, unknown]>;

/** The fields whose values differ, as { field: [before, after] }. */
export function diff<T extends Record<string, unknown>>(before: T, after: Partial<T>): Changes {
  const changes: Changes = {};
  for (const [key, value] of Object.entries(after)) {
    if (value !== undefined && before[key] !== value) changes[key] = [before[key] ?? null, value];
  }
  return changes;
}

/** Records a mutation; call inside the mutation's own transaction. */
export function audit(
  db: Db,
  entry: {
    userId: number | null;
    action: AuditAction;
    entity: string;
    entityId?: number | null;
    changes?: unknown;
    at: number;
  },
): void {
  insertAudit(db).run({
    at: entry.at,
    userId: entry.userId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    changes: entry.changes === undefined ? null : JSON.stringify(entry.changes),
  });
}

const insertAudit = preparedOnce((db) =>
  db
    .insert(auditLog)
    .values({
      at: sql.placeholder('at'),
      userId: sql.placeholder('userId'),
      action: sql.placeholder('action'),
      entity: sql.placeholder('entity'),
      entityId: sql.placeholder('entityId'),
      changes: sql.placeholder('changes'),
    })
    .prepare(),
);
