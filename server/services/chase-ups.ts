import { alias } from 'drizzle-orm/sqlite-core';
import { and, asc, desc, eq, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { type Db, writeTransaction } from '../../db/client';
import { chaseUpOrders, leaderAssignments, milestones, projects, users } from '../../db/schema';
import { businessDate } from '../../shared/domain/dates';
import {
  type ChaseUpLevel,
  chaseUpDatesError,
  chaseUpLevel,
  milestoneStatus,
} from '../../shared/domain/schedule';
import type { closeChaseUpInput, issueChaseUpInput } from '../../shared/schemas/schedules';
import type { SessionUser } from '../auth/sessions';
import { audit } from '../audit';
import { conflict, fieldError, notFound } from '../errors';
import { notify } from './notifications';
import { getSchedule } from './schedules';
import { notice } from '../../shared/labels/notices';

type IssueInput = z.output<typeof issueChaseUpInput>;
type CloseInput = z.output<typeof closeChaseUpInput>;

const assignee = alias(users, 'assignee');
const issuer = alias(users, 'issuer');
const closer = alias(users, 'closer');

const orderColumns = {
  id: chaseUpOrders.id,
  projectId: chaseUpOrders.projectId,
  projectName: projects.name,
  milestoneId: chaseUpOrders.milestoneId,
  milestoneName: milestones.name,
  subject: chaseUpOrders.subject,
  assigneeId: chaseUpOrders.assigneeId,
  assigneeName: assignee.displayName,
  dueDate: chaseUpOrders.dueDate,
  yellowDate: chaseUpOrders.yellowDate,
  redDate: chaseUpOrders.redDate,
  status: chaseUpOrders.status,
  resolution: chaseUpOrders.resolution,
  issuedByName: issuer.displayName,
  issuedAt: chaseUpOrders.issuedAt,
  closedByName: closer.displayName,
  closedAt: chaseUpOrders.closedAt,
  version: chaseUpOrders.version,
};

function selectOrders(db: Db, where: SQL | undefined, today: string) {
  return db
    .select(orderColumns)
    .from(chaseUpOrders)
    .innerJoin(projects, eq(projects.id, chaseUpOrders.projectId))
    .innerJoin(assignee, eq(assignee.id, chaseUpOrders.assigneeId))
    .innerJoin(issuer, eq(issuer.id, chaseUpOrders.issuedBy))
    .leftJoin(closer, eq(closer.id, chaseUpOrders.closedBy))
    .leftJoin(milestones, eq(milestones.id, chaseUpOrders.milestoneId))
    .where(where)
    .orderBy(asc(chaseUpOrders.status), desc(chaseUpOrders.issuedAt), desc(chaseUpOrders.id))
    .all()
    .map((o) => ({
      ...o,
      level: chaseUpLevel({ ...o, closedDate: o.closedAt ? businessDate(o.closedAt) : null }, today),
      overdue: o.status === 'open' && o.dueDate < today,
    }));
}

export function projectChaseUps(db: Db, projectId: number, now: number) {
  return selectOrders(db, eq(chaseUpOrders.projectId, projectId), businessDate(now));
}

/** Open orders on the desk of `userId`: those naming them, and those on projects they lead (主包/协包). */
export function deskChaseUps(db: Db, userId: number, now: number) {
  const led = db
    .select({ projectId: leaderAssignments.projectId })
    .from(leaderAssignments)
    .where(and(eq(leaderAssignments.leaderId, userId), isNull(leaderAssignments.endedAt)))
    .all()
    .map((r) => r.projectId);
  const mine = led.length
    ? or(eq(chaseUpOrders.assigneeId, userId), inArray(chaseUpOrders.projectId, led))
    : eq(chaseUpOrders.assigneeId, userId);
  const level = { red: 0, yellow: 1, blue: 2 } as const;
  return selectOrders(db, and(eq(chaseUpOrders.status, 'open'), mine), businessDate(now)).sort(
    (a, b) => level[a.level] - level[b.level] || a.dueDate.localeCompare(b.dueDate),
  );
}

/**
 * Issues a chase-up order (督办单) on a red project or an overdue milestone. Only admins and leaders
 * (the router's guard checks who); the person named and the project's leaders are notified.
 */
export function issueChaseUp(db: Db, user: SessionUser, input: IssueInput, now: number): { id: number } {
  const today = businessDate(now);
  const dates = chaseUpDatesError(input, today);
  if (dates) throw fieldError(dates);
  return writeTransaction(db, () => {
    const s = getSchedule(db, input.projectId, now);
    if (!s.schedule) throw fieldError({ projectId: 'noSchedule' });
    const milestone = input.milestoneId
      ? s.schedule.milestones.find((m) => m.id === input.milestoneId)
      : null;
    if (input.milestoneId && !milestone) throw fieldError({ milestoneId: 'milestoneNotInProject' });
    const red = milestone
      ? milestoneStatus(milestone, today) === 'overdue'
      : s.schedule.light === 'red' || s.schedule.proRata.light === 'red';
    if (!red)
      throw fieldError({
        [milestone ? 'milestoneId' : 'projectId']: milestone ? 'overdueMilestoneOnly' : 'redProjectOnly',
      });
    const who = db
      .select({ active: users.active, name: users.displayName })
      .from(users)
      .where(eq(users.id, input.assigneeId))
      .get();
    if (!who?.active) throw fieldError({ assigneeId: 'personInactive' });
    const row = db
      .insert(chaseUpOrders)
      .values({
        ...input,
        milestoneId: input.milestoneId ?? null,
        status: 'open',
        issuedBy: user.id,
        issuedAt: now,
      })
      .returning({ id: chaseUpOrders.id })
      .get();
    const leaders = db
      .select({ id: leaderAssignments.leaderId })
      .from(leaderAssignments)
      .where(and(eq(leaderAssignments.projectId, input.projectId), isNull(leaderAssignments.endedAt)))
      .all()
      .map((r) => r.id);
    notify(db, [input.assigneeId, ...leaders], {
      kind: 'chase_up',
      projectId: input.projectId,
      refId: row.id,
      text: notice.chaseUp(s.project.name, milestone?.name ?? null, input.subject, input.dueDate),
      at: now,
      exceptUserId: user.id,
    });
    audit(db, {
      userId: user.id,
      action: 'chaseUp.issue',
      entity: 'project',
      entityId: input.projectId,
      changes: { id: row.id, ...input },
      at: now,
    });
    return row;
  });
}

/** Closes an order with its resolution (who may: the person it names, the project's leaders, an admin). */
export function closeChaseUp(db: Db, user: SessionUser, input: CloseInput, now: number): { version: number } {
  return writeTransaction(db, () => {
    const o = db.select().from(chaseUpOrders).where(eq(chaseUpOrders.id, input.id)).get();
    if (!o) throw notFound('chaseUp');
    if (o.version !== input.version) throw conflict('chaseUp');
    if (o.status !== 'open') throw fieldError({ resolution: 'chaseUpClosed' });
    const version = o.version + 1;
    db.update(chaseUpOrders)
      .set({ status: 'closed', resolution: input.resolution, closedBy: user.id, closedAt: now, version })
      .where(and(eq(chaseUpOrders.id, o.id), eq(chaseUpOrders.version, o.version)))
      .run();
    audit(db, {
      userId: user.id,
      action: 'chaseUp.close',
      entity: 'project',
      entityId: o.projectId,
      changes: { id: o.id, status: [o.status, 'closed'], resolution: [o.resolution, input.resolution] },
      at: now,
    });
    return { version };
  });
}

/**
 * The open orders of these projects, each counted once by its worst state (the desk's urgency, issue 16):
 * past its due date, else the level it has escalated to.
 */
export function openChaseUpStates(db: Db, projectIds: readonly number[], today: string) {
  const out = new Map<number, Record<'overdue' | ChaseUpLevel, number>>();
  if (!projectIds.length) return out;
  for (const o of db
    .select({
      projectId: chaseUpOrders.projectId,
      dueDate: chaseUpOrders.dueDate,
      yellowDate: chaseUpOrders.yellowDate,
      redDate: chaseUpOrders.redDate,
    })
    .from(chaseUpOrders)
    .where(and(eq(chaseUpOrders.status, 'open'), inArray(chaseUpOrders.projectId, [...projectIds])))
    .all()) {
    const counts = out.get(o.projectId) ?? { overdue: 0, red: 0, yellow: 0, blue: 0 };
    counts[o.dueDate < today ? 'overdue' : chaseUpLevel(o, today)] += 1;
    out.set(o.projectId, counts);
  }
  return out;
}

/** Schedules' projects with at least one open order (for the overview's badge). */
export function openChaseUpCounts(db: Db): Map<number, number> {
  const out = new Map<number, number>();
  for (const r of db
    .select({ projectId: chaseUpOrders.projectId })
    .from(chaseUpOrders)
    .where(eq(chaseUpOrders.status, 'open'))
    .all()) {
    out.set(r.projectId, (out.get(r.projectId) ?? 0) + 1);
  }
  return out;
}
