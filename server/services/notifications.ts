import { and, asc, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import { type Db, writeTransaction } from '../../db/client';
import { notifications, projects } from '../../db/schema';
import type { NotificationKind } from '../../shared/domain/leaders';
import { daysSinceActivity } from '../../shared/domain/stall';
import { audit } from '../audit';
import { filterConditions } from './board';
import { stallDaysAt } from './stall-settings';

/**
 * Adds a notification for each distinct recipient; call inside the writing transaction. With a
 * `dedupeKey` (the daily reminders) a person who already has that key gets nothing new. Returns how
 * many were added.
 */
export function notify(
  db: Db,
  recipients: readonly (number | null | undefined)[],
  n: {
    kind: NotificationKind;
    projectId: number | null;
    refId: number | null;
    text: string;
    at: number;
    exceptUserId?: number;
    dedupeKey?: string;
  },
): number {
  const ids = [...new Set(recipients.filter((r): r is number => r != null && r !== n.exceptUserId))];
  if (!ids.length) return 0;
  return db
    .insert(notifications)
    .values(
      ids.map((userId) => ({
        userId,
        kind: n.kind,
        projectId: n.projectId,
        refId: n.refId,
        text: n.text,
        createdAt: n.at,
        dedupeKey: n.dedupeKey ?? null,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: notifications.id })
    .all().length;
}

export function listNotifications(db: Db, userId: number, limit = 50) {
  return db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      projectId: notifications.projectId,
      projectName: projects.name,
      refId: notifications.refId,
      text: notifications.text,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .leftJoin(projects, eq(projects.id, notifications.projectId))
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit)
    .all();
}

export function unreadCount(db: Db, userId: number): number {
  return (
    db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
      .get()?.n ?? 0
  );
}

/** Marks the person's own notifications read (all unread ones when `ids` is omitted). */
export function markRead(
  db: Db,
  userId: number,
  ids: readonly number[] | undefined,
  now: number,
): { updated: number } {
  const conds = [eq(notifications.userId, userId), isNull(notifications.readAt)];
  if (ids) conds.push(inArray(notifications.id, [...ids]));
  return writeTransaction(db, () => {
    const read = db
      .update(notifications)
      .set({ readAt: now })
      .where(and(...conds))
      .returning({ id: notifications.id })
      .all();
    // Marking nothing (already read, or someone else's) changes nothing and is not recorded.
    if (read.length) {
      audit(db, {
        userId,
        action: 'notification.read',
        entity: 'notification',
        changes: { ids: read.map((n) => n.id), readAt: [null, now] },
        at: now,
      });
    }
    return { updated: read.length };
  });
}

/**
 * 久未推进 on the person's own projects (owner A or B), by the office's limits in effect now: derived
 * when the bell asks, never stored, so it follows a changed setting and clears with the next follow-up.
 */
export function stalledReminder(db: Db, userId: number, now: number, shown = 5) {
  const where = and(...filterConditions({ ownerId: userId, stalledOnly: true }, now, stallDaysAt(db)));
  const total = db.select({ n: count() }).from(projects).where(where).get()?.n ?? 0;
  const rows = total
    ? db
        .select({ id: projects.id, name: projects.name, lastActivityAt: projects.lastActivityAt })
        .from(projects)
        .where(where)
        .orderBy(asc(projects.lastActivityAt), asc(projects.id))
        .limit(shown)
        .all()
    : [];
  return {
    total,
    projects: rows.map((r) => ({ id: r.id, name: r.name, days: daysSinceActivity(r.lastActivityAt, now) })),
  };
}
