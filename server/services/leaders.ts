import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import { type Db, writeTransaction } from '../../db/client';
import { leaderAssignments, projects, taskForceProjects, taskForces, users } from '../../db/schema';
import { businessDate } from '../../shared/domain/dates';
import type { LeaderRole } from '../../shared/domain/leaders';
import { MAJOR_THRESHOLD_WAN } from '../../shared/domain/money';
import { ownerError } from '../../shared/domain/permissions';
import type { assignLeaderInput, BulkAssignInput } from '../../shared/schemas/leaders';
import type { SessionUser } from '../auth/sessions';
import { audit } from '../audit';
import { appErrorWith, conflict, fieldError, notFound } from '../errors';
import { notify } from './notifications';
import { projectAmountSql } from './project-select';
import { applyProjectChange } from './project-write';
import { notice } from '../../shared/labels/notices';

/** SQL: the project has an open primary leader. Correlated on projects.id; uses the partial unique index. */
export const hasPrimaryLeaderSql = sql<number>`exists (select 1 from ${leaderAssignments} la where la.project_id = "projects"."id" and la.role = 'primary' and la.ended_at is null)`;

/** SQL: 未落实包保 — a major project at 引进 or later, not dropped, without an open primary leader. */
export const lacksPrimaryLeaderSql = sql<number>`(${projects.status} <> 'dropped' and ${projects.stage} <> 'negotiating' and ${projectAmountSql} >= ${MAJOR_THRESHOLD_WAN} and not ${hasPrimaryLeaderSql})`;

/** Projects flagged 未落实包保 (for the weekly review and the admin), largest first. */
export function projectsWithoutPrimaryLeader(db: Db) {
  return db
    .select({
      id: projects.id,
      name: projects.name,
      stage: projects.stage,
      status: projects.status,
      amount: projectAmountSql,
      ownerAId: projects.ownerAId,
    })
    .from(projects)
    .where(lacksPrimaryLeaderSql)
    .orderBy(desc(projectAmountSql), asc(projects.id))
    .all();
}

/** Whether `userId` is an open primary or co-leader of the project. */
export function isProjectLeader(db: Db, projectId: number, userId: number): boolean {
  return !!db
    .select({ id: leaderAssignments.id })
    .from(leaderAssignments)
    .where(
      and(
        eq(leaderAssignments.projectId, projectId),
        eq(leaderAssignments.leaderId, userId),
        isNull(leaderAssignments.endedAt),
      ),
    )
    .get();
}

export function primaryLeaderId(db: Db, projectId: number): number | null {
  return (
    db
      .select({ leaderId: leaderAssignments.leaderId })
      .from(leaderAssignments)
      .where(
        and(
          eq(leaderAssignments.projectId, projectId),
          eq(leaderAssignments.role, 'primary'),
          isNull(leaderAssignments.endedAt),
        ),
      )
      .get()?.leaderId ?? null
  );
}

const assigner = alias(users, 'assigner');
const ender = alias(users, 'ender');

/** The project's 包保 section: open leaders, the task force, and the whole history newest first. */
export function projectLeadership(db: Db, projectId: number) {
  const project = db.select({ id: projects.id }).from(projects).where(eq(projects.id, projectId)).get();
  if (!project) throw notFound('project');
  const history = db
    .select({
      id: leaderAssignments.id,
      leaderId: leaderAssignments.leaderId,
      leaderName: users.displayName,
      leaderTitle: users.title,
      role: leaderAssignments.role,
      assignedAt: leaderAssignments.assignedAt,
      endedAt: leaderAssignments.endedAt,
      assignedByName: assigner.displayName,
      endedByName: ender.displayName,
    })
    .from(leaderAssignments)
    .innerJoin(users, eq(users.id, leaderAssignments.leaderId))
    .innerJoin(assigner, eq(assigner.id, leaderAssignments.assignedBy))
    .leftJoin(ender, eq(ender.id, leaderAssignments.endedBy))
    .where(eq(leaderAssignments.projectId, projectId))
    .orderBy(desc(leaderAssignments.createdAt), desc(leaderAssignments.id))
    .all();
  const current = history.filter((h) => h.endedAt === null);
  const taskForce =
    db
      .select({ id: taskForces.id, name: taskForces.name, leadLeaderName: users.displayName })
      .from(taskForceProjects)
      .innerJoin(taskForces, eq(taskForces.id, taskForceProjects.taskForceId))
      .innerJoin(users, eq(users.id, taskForces.leadLeaderId))
      .where(and(eq(taskForceProjects.projectId, projectId), isNull(taskForceProjects.removedAt)))
      .get() ?? null;
  return {
    primary: current.find((h) => h.role === 'primary') ?? null,
    co: current.filter((h) => h.role === 'co'),
    taskForce,
    history,
  };
}

function checkLeader(db: Db, leaderId: number, field = 'leaderId'): { displayName: string } {
  const u = db
    .select({ role: users.role, active: users.active, displayName: users.displayName })
    .from(users)
    .where(eq(users.id, leaderId))
    .get();
  if (!u?.active || u.role !== 'leader') throw fieldError({ [field]: 'leaderInactive' });
  return u;
}

function loadProjectName(db: Db, projectId: number): string {
  const p = db.select({ name: projects.name }).from(projects).where(eq(projects.id, projectId)).get();
  if (!p) throw notFound('project');
  return p.name;
}

function endOpen(db: Db, assignmentId: number, by: number, now: number): void {
  db.update(leaderAssignments)
    .set({ endedAt: businessDate(now), endedBy: by, endedAtTs: now })
    .where(and(eq(leaderAssignments.id, assignmentId), isNull(leaderAssignments.endedAt)))
    .run();
}

/**
 * Assigns a leader. A new primary ends the open primary (reassignment) and, if the leader was a
 * co-leader of the project, that co-assignment too: one leader holds one role per project.
 */
function assignOne(
  db: Db,
  user: SessionUser,
  projectId: number,
  leaderId: number,
  role: LeaderRole,
  now: number,
  expectedPrimaryId?: number | null,
) {
  const projectName = loadProjectName(db, projectId);
  const open = db
    .select({ id: leaderAssignments.id, leaderId: leaderAssignments.leaderId, role: leaderAssignments.role })
    .from(leaderAssignments)
    .where(and(eq(leaderAssignments.projectId, projectId), isNull(leaderAssignments.endedAt)))
    .all();
  const primary = open.find((a) => a.role === 'primary');
  if (expectedPrimaryId !== undefined && (primary?.id ?? null) !== expectedPrimaryId) {
    throw appErrorWith('CONFLICT', 'leadersChanged');
  }
  const same = open.find((a) => a.leaderId === leaderId);
  if (same?.role === role) return { changed: false };
  if (same && role === 'co') throw fieldError({ leaderId: 'alreadyPrimary' });
  const ended: number[] = [];
  if (role === 'primary' && primary) ended.push(primary.id);
  if (same) ended.push(same.id);
  for (const id of ended) endOpen(db, id, user.id, now);
  const row = db
    .insert(leaderAssignments)
    .values({ projectId, leaderId, role, assignedAt: businessDate(now), assignedBy: user.id, createdAt: now })
    .returning({ id: leaderAssignments.id })
    .get();
  audit(db, {
    userId: user.id,
    action: 'leader.assign',
    entity: 'project',
    entityId: projectId,
    changes: { role, leaderId: [primary && role === 'primary' ? primary.leaderId : null, leaderId], ended },
    at: now,
  });
  notify(db, [leaderId], {
    kind: 'assigned',
    projectId,
    refId: row.id,
    text: notice.leaderAssigned(projectName, role),
    at: now,
    exceptUserId: user.id,
  });
  return { changed: true, id: row.id };
}

export function assignLeader(
  db: Db,
  user: SessionUser,
  input: z.output<typeof assignLeaderInput>,
  now: number,
) {
  return writeTransaction(db, () => {
    checkLeader(db, input.leaderId);
    return assignOne(db, user, input.projectId, input.leaderId, input.role, now, input.expectedPrimaryId);
  });
}

export function endAssignment(db: Db, user: SessionUser, assignmentId: number, now: number) {
  return writeTransaction(db, () => {
    const a = db.select().from(leaderAssignments).where(eq(leaderAssignments.id, assignmentId)).get();
    if (!a) throw notFound('assignment');
    if (a.endedAt !== null) throw appErrorWith('CONFLICT', 'assignmentEnded');
    endOpen(db, a.id, user.id, now);
    audit(db, {
      userId: user.id,
      action: 'leader.end',
      entity: 'project',
      entityId: a.projectId,
      changes: { assignmentId, leaderId: a.leaderId, role: a.role, endedAt: [a.endedAt, businessDate(now)] },
      at: now,
    });
    return { ok: true };
  });
}

function setTaskForceFor(
  db: Db,
  user: SessionUser,
  projectId: number,
  taskForceId: number | null,
  now: number,
): boolean {
  const open = db
    .select({ id: taskForceProjects.id, taskForceId: taskForceProjects.taskForceId })
    .from(taskForceProjects)
    .where(and(eq(taskForceProjects.projectId, projectId), isNull(taskForceProjects.removedAt)))
    .get();
  if ((open?.taskForceId ?? null) === taskForceId) return false;
  if (open)
    db.update(taskForceProjects)
      .set({ removedAt: now, removedBy: user.id })
      .where(eq(taskForceProjects.id, open.id))
      .run();
  if (taskForceId !== null)
    db.insert(taskForceProjects).values({ taskForceId, projectId, addedAt: now, addedBy: user.id }).run();
  audit(db, {
    userId: user.id,
    action: 'taskForce.assign',
    entity: 'project',
    entityId: projectId,
    changes: { taskForceId: [open?.taskForceId ?? null, taskForceId] },
    at: now,
  });
  return true;
}

function checkTaskForce(db: Db, taskForceId: number | null): void {
  if (taskForceId === null) return;
  const tf = db
    .select({ active: taskForces.active })
    .from(taskForces)
    .where(eq(taskForces.id, taskForceId))
    .get();
  if (!tf?.active) throw fieldError({ taskForceId: 'taskForceInactive' });
}

export function setProjectTaskForce(
  db: Db,
  user: SessionUser,
  projectId: number,
  taskForceId: number | null,
  now: number,
) {
  return writeTransaction(db, () => {
    loadProjectName(db, projectId);
    checkTaskForce(db, taskForceId);
    return { changed: setTaskForceFor(db, user, projectId, taskForceId, now) };
  });
}

/**
 * Bulk assignment from the board: every selected project at the version the person saw, all or
 * nothing. A stale version anywhere is a CONFLICT and nothing is written.
 */
export function bulkAssign(db: Db, user: SessionUser, input: BulkAssignInput, now: number) {
  return writeTransaction(db, () => {
    const ids = input.projects.map((p) => p.id);
    const rows = db
      .select({
        id: projects.id,
        version: projects.version,
        ownerAId: projects.ownerAId,
        ownerBId: projects.ownerBId,
      })
      .from(projects)
      .where(inArray(projects.id, ids))
      .all();
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const p of input.projects) {
      const row = byId.get(p.id);
      if (!row) throw notFound('project');
      if (row.version !== p.version) throw conflict('project');
    }
    let changed = 0;
    if (input.kind === 'leader') {
      checkLeader(db, input.leaderId);
      for (const id of ids) if (assignOne(db, user, id, input.leaderId, 'primary', now).changed) changed++;
    } else if (input.kind === 'taskForce') {
      checkTaskForce(db, input.taskForceId);
      for (const id of ids) if (setTaskForceFor(db, user, id, input.taskForceId, now)) changed++;
    } else {
      const owner = db
        .select({ role: users.role, active: users.active })
        .from(users)
        .where(eq(users.id, input.ownerAId))
        .get();
      const error = ownerError(owner);
      if (error) throw fieldError({ ownerAId: error });
      for (const p of input.projects) {
        const row = byId.get(p.id)!;
        if (row.ownerAId === input.ownerAId) continue;
        // B 岗 cannot be the same person as A 岗: the new A's old B slot is cleared.
        const ownerBId = row.ownerBId === input.ownerAId ? null : row.ownerBId;
        applyProjectChange(
          db,
          user,
          { id: p.id, version: p.version, fields: { ownerAId: input.ownerAId, ownerBId } },
          now,
        );
        changed++;
      }
    }
    return { changed };
  });
}

/** Board filter: projects the leader leads (primary or co), open assignments only. */
export function leadByCondition(leaderId: number) {
  return sql`exists (select 1 from ${leaderAssignments} la where la.project_id = "projects"."id" and la.leader_id = ${leaderId} and la.ended_at is null)`;
}

/** Board filter: projects currently in the task force. */
export function inTaskForceCondition(taskForceId: number) {
  return sql`exists (select 1 from ${taskForceProjects} tp where tp.project_id = "projects"."id" and tp.task_force_id = ${taskForceId} and tp.removed_at is null)`;
}
