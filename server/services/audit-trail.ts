import { and, count, desc, eq, gte, like, lt, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { auditLog, users } from '../../db/schema';
import { addBusinessDays, startOfBusinessDay } from '../../shared/domain/dates';
import type { auditListInput } from '../../shared/schemas/audit';
import { auditValueKind } from '../../shared/domain/audit-actions';

const columns = {
  id: auditLog.id,
  at: auditLog.at,
  userId: auditLog.userId,
  userName: users.displayName,
  action: auditLog.action,
  entity: auditLog.entity,
  entityId: auditLog.entityId,
  changes: auditLog.changes,
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The audit trail, newest first, filtered by who, what entity, action prefix and Shanghai date range. */
export function listAudit(db: Db, input: z.output<typeof auditListInput>) {
  const where: (SQL | undefined)[] = [
    input.userId ? eq(auditLog.userId, input.userId) : undefined,
    input.entity ? eq(auditLog.entity, input.entity) : undefined,
    input.entityId ? eq(auditLog.entityId, input.entityId) : undefined,
    input.action ? like(auditLog.action, `${escapeLike(input.action)}%`) : undefined,
    input.from ? gte(auditLog.at, startOfBusinessDay(input.from).getTime()) : undefined,
    input.to ? lt(auditLog.at, startOfBusinessDay(addBusinessDays(input.to, 1)).getTime()) : undefined,
  ];
  const filter = and(...where);
  const total = db.select({ n: count() }).from(auditLog).where(filter).get()?.n ?? 0;
  const rows = db
    .select(columns)
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(filter)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .all();
  const parsed = rows.map(parseChanges);
  return { total, page: input.page, pageSize: input.pageSize, rows: parsed, names: namesIn(db, parsed) };
}

/** One project's own trail (entity 'project'), newest first. */
export function projectAudit(db: Db, projectId: number) {
  const rows = db
    .select(columns)
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(and(eq(auditLog.entity, 'project'), eq(auditLog.entityId, projectId)))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(500)
    .all()
    .map(parseChanges);
  return { rows, names: namesIn(db, rows) };
}

/** The entities and actions present, for the filter menus. */
export function auditFacets(db: Db) {
  const entities = db
    .selectDistinct({ v: auditLog.entity })
    .from(auditLog)
    .orderBy(auditLog.entity)
    .all()
    .map((r) => r.v);
  const actions = db
    .selectDistinct({ v: auditLog.action })
    .from(auditLog)
    .orderBy(auditLog.action)
    .all()
    .map((r) => r.v);
  return { entities, actions };
}

function parseChanges<T extends { changes: string | null }>(
  row: T,
): Omit<T, 'changes'> & { changes: unknown } {
  let changes: unknown = row.changes;
  try {
    changes = row.changes === null ? null : JSON.parse(row.changes);
  } catch {
    // Older rows may hold plain text.
  }
  return { ...row, changes };
}

/**
 * The people, units and projects the rows refer to by id (the row's object, and in its changes the
 * owners, leaders, members, units), so the trail can name them; a deactivated account keeps its name.
 */
function namesIn(db: Db, rows: { entity: string; entityId: number | null; changes: unknown }[]) {
  const userIds = new Set<number>();
  const unitIds = new Set<number>();
  const projectIds = new Set<number>();
  const objectIds = { user: userIds, unit: unitIds, project: projectIds } as Record<string, Set<number>>;
  const collect = (field: string, value: unknown): void => {
    if (Array.isArray(value)) return value.forEach((v) => collect(field, v));
    if (typeof value !== 'number') return;
    const kind = auditValueKind(field);
    if (kind === 'user' || kind === 'users') userIds.add(value);
    if (kind === 'unit') unitIds.add(value);
  };
  for (const { entity, entityId } of rows) if (entityId !== null) objectIds[entity]?.add(entityId);
  for (const { changes } of rows)
    if (changes && typeof changes === 'object' && !Array.isArray(changes))
      for (const [field, value] of Object.entries(changes)) collect(field, value);
  const lookup = (table: 'users' | 'units' | 'projects', column: string, ids: Set<number>) =>
    ids.size === 0
      ? {}
      : Object.fromEntries(
          db.$client
            .prepare(`select id, ${column} from ${table} where id in (${[...ids].map(() => '?').join(',')})`)
            .raw()
            .all(...ids) as [number, string][],
        );
  return {
    users: lookup('users', 'display_name', userIds) as Record<string, string>,
    units: lookup('units', 'name', unitIds) as Record<string, string>,
    projects: lookup('projects', 'name', projectIds) as Record<string, string>,
  };
}
