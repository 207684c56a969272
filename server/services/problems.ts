import { and, asc, desc, eq, inArray, isNotNull, lt, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import { type Db, writeTransaction } from '../../db/client';
import { leaderAssignments, problemEvents, problems, projects, units, users } from '../../db/schema';
import { businessDate } from '../../shared/domain/dates';
import { checkProblemMove, isProblemOverdue } from '../../shared/domain/problems';
import type {
  escalateProblemInput,
  moveProblemInput,
  problemInput,
  ProblemListInput,
} from '../../shared/schemas/problems';
import type { SessionUser } from '../auth/sessions';
import { audit } from '../audit';
import { appError, conflict, fieldError, notFound } from '../errors';
import { updateVersioned } from './versioned-update';
import { primaryLeaderId } from './leaders';
import { notify } from './notifications';
import { notice } from '../../shared/labels/notices';

const owner = alias(users, 'problem_owner');
/** The problem's project's current primary leader (主包), joined as `primary` and `primaryUser`. */
export const primary = alias(leaderAssignments, 'primary_la');
export const primaryUser = alias(users, 'primary_user');
export const currentPrimaryOfProblem = and(
  eq(primary.projectId, problems.projectId),
  eq(primary.role, 'primary'),
  sql`${primary.endedAt} is null`,
);

function checkRefs(db: Db, input: { unitId?: number | null; ownerId?: number | null }): void {
  if (input.unitId != null) {
    const u = db.select({ active: units.active }).from(units).where(eq(units.id, input.unitId)).get();
    if (!u?.active) throw fieldError({ unitId: 'problemUnitInactive' });
  }
  if (input.ownerId != null) {
    const u = db
      .select({ active: users.active, role: users.role })
      .from(users)
      .where(eq(users.id, input.ownerId))
      .get();
    if (!u?.active || u.role === 'viewer') throw fieldError({ ownerId: 'personInactive' });
  }
}

export function createProblem(db: Db, user: SessionUser, input: z.output<typeof problemInput>, now: number) {
  const today = businessDate(now);
  if (input.raisedDate > today) throw fieldError({ raisedDate: 'dateInFuture' });
  if (input.dueDate && input.dueDate < input.raisedDate) throw fieldError({ dueDate: 'dueBeforeRaised' });
  return writeTransaction(db, () => {
    const p = db.select({ id: projects.id }).from(projects).where(eq(projects.id, input.projectId)).get();
    if (!p) throw notFound('project');
    checkRefs(db, input);
    const row = db
      .insert(problems)
      .values({
        projectId: input.projectId,
        title: input.title,
        detail: input.detail ?? null,
        unitId: input.unitId ?? null,
        ownerId: input.ownerId ?? null,
        raisedDate: input.raisedDate,
        dueDate: input.dueDate ?? null,
        status: 'open',
        createdBy: user.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: problems.id })
      .get();
    db.insert(problemEvents)
      .values({
        problemId: row.id,
        kind: 'created',
        fromStatus: null,
        toStatus: 'open',
        at: now,
        byUserId: user.id,
      })
      .run();
    audit(db, {
      userId: user.id,
      action: 'problem.create',
      entity: 'problem',
      entityId: row.id,
      changes: input,
      at: now,
    });
    return row;
  });
}

function loadProblem(db: Db, id: number) {
  const p = db.select().from(problems).where(eq(problems.id, id)).get();
  if (!p) throw notFound('problem');
  return p;
}

/** Moves a problem along 待办 → 办理中 → 已解决 → 已销号; the row and its event commit together. */
export function moveProblem(
  db: Db,
  user: SessionUser,
  input: z.output<typeof moveProblemInput>,
  now: number,
) {
  return writeTransaction(db, () => {
    const before = loadProblem(db, input.id);
    if (before.version !== input.version) throw conflict('problem');
    // Who may (销号 is the leaders') was decided at the door: server/routers/problems.ts.
    const check = checkProblemMove(before.status, input.to, {
      reason: input.reason,
      resolution: input.resolution,
    });
    if (!check.ok) {
      if (check.error === 'reason') throw fieldError({ reason: 'reopenNeedsReason' });
      if (check.error === 'resolution') throw fieldError({ resolution: 'resolutionRequired' });
      throw appError(check.error === 'same_status' ? 'problemSameStatus' : 'problemMoveNotAllowed');
    }
    const resolution = input.to === 'resolved' ? (input.resolution ?? null) : before.resolution;
    updateVersioned(
      db,
      problems,
      { id: input.id, version: input.version },
      { status: input.to, resolution, updatedAt: now },
      'problem',
    );
    db.insert(problemEvents)
      .values({
        problemId: input.id,
        kind: 'status',
        fromStatus: before.status,
        toStatus: input.to,
        at: now,
        byUserId: user.id,
        reason: input.reason ?? (input.to === 'resolved' ? resolution : null),
      })
      .run();
    audit(db, {
      userId: user.id,
      action: 'problem.move',
      entity: 'problem',
      entityId: input.id,
      changes: {
        status: [before.status, input.to],
        ...(resolution !== before.resolution && { resolution: [before.resolution, resolution] }),
        reason: input.reason ?? null,
      },
      at: now,
    });
    return { version: before.version + 1 };
  });
}

/** 上报: hands an open problem to the project's primary leader and notifies them. */
export function escalateProblem(
  db: Db,
  user: SessionUser,
  input: z.output<typeof escalateProblemInput>,
  now: number,
) {
  return writeTransaction(db, () => {
    const before = loadProblem(db, input.id);
    if (before.version !== input.version) throw conflict('problem');
    if (before.status === 'resolved' || before.status === 'closed') {
      throw appError('problemClosed');
    }
    const leaderId = primaryLeaderId(db, before.projectId);
    if (leaderId === null) throw appError('noPrimaryLeader');
    if (before.escalatedTo === leaderId) throw appError('alreadyEscalated');
    updateVersioned(
      db,
      problems,
      { id: input.id, version: input.version },
      { escalatedAt: now, escalatedTo: leaderId, updatedAt: now },
      'problem',
    );
    db.insert(problemEvents)
      .values({
        problemId: input.id,
        kind: 'escalated',
        fromStatus: before.status,
        toStatus: before.status,
        at: now,
        byUserId: user.id,
        reason: input.note ?? null,
      })
      .run();
    const project = db
      .select({ name: projects.name })
      .from(projects)
      .where(eq(projects.id, before.projectId))
      .get();
    notify(db, [leaderId], {
      kind: 'problem_escalated',
      projectId: before.projectId,
      refId: input.id,
      text: notice.problemEscalated(project?.name ?? '', before.title, input.note),
      at: now,
      exceptUserId: user.id,
    });
    audit(db, {
      userId: user.id,
      action: 'problem.escalate',
      entity: 'problem',
      entityId: input.id,
      changes: { escalatedTo: [before.escalatedTo, leaderId] },
      at: now,
    });
    return { version: before.version + 1 };
  });
}

/** The problems for a filter, open ones first by due date; the page shows 500, the export more. */
export function listProblems(db: Db, filter: ProblemListInput, now: number, limit = 500) {
  const today = businessDate(now);
  const conds: SQL[] = [];
  if (filter.projectId) conds.push(eq(problems.projectId, filter.projectId));
  if (filter.unitId) conds.push(eq(problems.unitId, filter.unitId));
  if (filter.status) conds.push(eq(problems.status, filter.status));
  if (filter.overdue)
    conds.push(
      inArray(problems.status, ['open', 'in_progress']),
      isNotNull(problems.dueDate),
      lt(problems.dueDate, today),
    );
  if (filter.leaderId) {
    conds.push(
      sql`exists (select 1 from ${leaderAssignments} la where la.project_id = "problems"."project_id" and la.leader_id = ${filter.leaderId} and la.ended_at is null)`,
    );
  }
  const rows = db
    .select({
      id: problems.id,
      projectId: problems.projectId,
      projectName: projects.name,
      title: problems.title,
      detail: problems.detail,
      unitId: problems.unitId,
      unitName: units.name,
      ownerId: problems.ownerId,
      ownerName: owner.displayName,
      raisedDate: problems.raisedDate,
      dueDate: problems.dueDate,
      status: problems.status,
      resolution: problems.resolution,
      escalatedAt: problems.escalatedAt,
      leaderId: primary.leaderId,
      leaderName: primaryUser.displayName,
      version: problems.version,
    })
    .from(problems)
    .innerJoin(projects, eq(projects.id, problems.projectId))
    .leftJoin(units, eq(units.id, problems.unitId))
    .leftJoin(owner, eq(owner.id, problems.ownerId))
    .leftJoin(primary, currentPrimaryOfProblem)
    .leftJoin(primaryUser, eq(primaryUser.id, primary.leaderId))
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(
      sql`case when ${problems.status} in ('open','in_progress') then 0 else 1 end`,
      asc(sql`coalesce(${problems.dueDate}, '9999-12-31')`),
      desc(problems.id),
    )
    .limit(limit)
    .all();
  return rows.map((r) => ({ ...r, overdue: isProblemOverdue(r, today) }));
}

export function problemHistory(db: Db, id: number) {
  loadProblem(db, id);
  return db
    .select({
      id: problemEvents.id,
      kind: problemEvents.kind,
      fromStatus: problemEvents.fromStatus,
      toStatus: problemEvents.toStatus,
      at: problemEvents.at,
      reason: problemEvents.reason,
      byName: users.displayName,
    })
    .from(problemEvents)
    .innerJoin(users, eq(users.id, problemEvents.byUserId))
    .where(eq(problemEvents.problemId, id))
    .orderBy(asc(problemEvents.at), asc(problemEvents.id))
    .all();
}
