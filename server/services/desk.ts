import { and, asc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  fundsInPlace,
  instructions,
  leaderAssignments,
  problems,
  projectContacts,
  projects,
  users,
} from '../../db/schema';
import { businessDate, businessDaysBetween } from '../../shared/domain/dates';
import { byUrgency, deskSignals, needsAttention, urgencyTier } from '../../shared/domain/desk';
import { isMajor } from '../../shared/domain/money';
import { milestoneStatus, worseLight } from '../../shared/domain/schedule';
import { daysSinceActivity, isStalled } from '../../shared/domain/stall';
import type { SessionUser } from '../auth/sessions';
import { forbidden, notFound } from '../errors';
import { openChaseUpStates } from './chase-ups';
import { lacksPrimaryLeaderSql } from './leaders';
import { projectAmountSql } from './project-select';
import { getThresholds } from './schedule-settings';
import { milestonesByProject, scheduleFigures } from './schedules';
import { stallDaysAt } from './stall-settings';

/** Leaders to pick from (the admin's desk switch, assignment forms), with their current load. */
export function listLeaders(db: Db) {
  return db
    .select({
      id: users.id,
      displayName: users.displayName,
      title: users.title,
      active: users.active,
      version: users.version,
      projects: sql<number>`(select count(*) from ${leaderAssignments} la join ${projects} p on p.id = la.project_id where la.leader_id = "users"."id" and la.ended_at is null and p.status <> 'dropped')`,
      primaries: sql<number>`(select count(*) from ${leaderAssignments} la join ${projects} p on p.id = la.project_id where la.leader_id = "users"."id" and la.ended_at is null and la.role = 'primary' and p.status <> 'dropped')`,
    })
    .from(users)
    .where(eq(users.role, 'leader'))
    .orderBy(asc(users.id))
    .all();
}

/**
 * The leader's desk: their projects (open assignments, not dropped) most urgent first, with totals.
 * A leader sees only their own desk; the other roles may open any leader's.
 */
export function desk(db: Db, user: SessionUser, leaderIdInput: number | undefined, now: number) {
  if (user.role === 'leader' && leaderIdInput !== undefined && leaderIdInput !== user.id) {
    throw forbidden('ownDeskOnly');
  }
  const leaderId = leaderIdInput ?? (user.role === 'leader' ? user.id : undefined);
  if (leaderId === undefined)
    return { leader: null, totals: { count: 0, attention: 0, agreed: 0, funds: 0 }, projects: [] };
  const leader = db
    .select({ id: users.id, displayName: users.displayName, title: users.title, role: users.role })
    .from(users)
    .where(eq(users.id, leaderId))
    .get();
  if (!leader || leader.role !== 'leader') throw notFound('leader');
  const today = businessDate(now);
  const stallDays = stallDaysAt(db);
  const rows = db
    .select({
      id: projects.id,
      name: projects.name,
      investor: projects.investor,
      stage: projects.stage,
      status: projects.status,
      role: leaderAssignments.role,
      estimatedInvestment: projects.estimatedInvestment,
      agreedInvestment: projects.agreedInvestment,
      amount: projectAmountSql,
      noPrimaryLeader: lacksPrimaryLeaderSql.mapWith(Boolean),
      stageEnteredAt: projects.stageEnteredAt,
      lastActivityAt: projects.lastActivityAt,
      ownerAId: projects.ownerAId,
      ownerName: users.displayName,
      contactName: projectContacts.name,
      contactTitle: projectContacts.title,
      contactPhone: projectContacts.phone,
      openProblems: sql<number>`(select count(*) from ${problems} pr where pr.project_id = "projects"."id" and pr.status in ('open','in_progress'))`,
      resolvedProblems: sql<number>`(select count(*) from ${problems} pr where pr.project_id = "projects"."id" and pr.status = 'resolved')`,
      overdueProblems: sql<number>`(select count(*) from ${problems} pr where pr.project_id = "projects"."id" and pr.status in ('open','in_progress') and pr.due_date < ${today})`,
      pendingInstructions: sql<number>`(select count(*) from ${instructions} i where i.project_id = "projects"."id" and i.status = 'pending')`,
      overdueInstructions: sql<number>`(select count(*) from ${instructions} i where i.project_id = "projects"."id" and i.status = 'pending' and i.reply_by < ${today})`,
      funds: sql<number>`(select coalesce(sum(f.amount), 0) from ${fundsInPlace} f where f.project_id = "projects"."id")`,
    })
    .from(leaderAssignments)
    .innerJoin(projects, eq(projects.id, leaderAssignments.projectId))
    .innerJoin(users, eq(users.id, projects.ownerAId))
    // The primary contact, if any: at most one per project (a unique partial index).
    .leftJoin(
      projectContacts,
      and(eq(projectContacts.projectId, projects.id), eq(projectContacts.isPrimary, true)),
    )
    .where(
      and(
        eq(leaderAssignments.leaderId, leaderId),
        isNull(leaderAssignments.endedAt),
        ne(projects.status, 'dropped'),
      ),
    )
    .all();
  const scheduleFacts = deskScheduleFacts(
    db,
    rows.map((r) => r.id),
    today,
  );
  const list = byUrgency(
    rows.map((r) => ({
      ...r,
      ...scheduleFacts(r),
      major: isMajor(r),
      daysInStage: Math.max(0, businessDaysBetween(r.stageEnteredAt, now)),
      daysSinceActivity: daysSinceActivity(r.lastActivityAt, now),
      stalled: isStalled(r, now, stallDays),
    })),
  ).map((r) => ({ ...r, tier: urgencyTier(r), signals: deskSignals(r) }));
  const totals = list.reduce(
    (t, r) => ({
      count: t.count + 1,
      attention: t.attention + (needsAttention(r) ? 1 : 0),
      agreed: t.agreed + (r.agreedInvestment ?? 0),
      funds: t.funds + r.funds,
    }),
    { count: 0, attention: 0, agreed: 0, funds: 0 },
  );
  return {
    leader: { id: leader.id, displayName: leader.displayName, title: leader.title },
    totals,
    projects: list,
  };
}

/**
 * The schedule and 督办单 facts of the desk's projects: the worse of each schedule's light and its
 * 序时进度 light (none while the project is held: its plan is paused), milestones overdue and due
 * within 7 days, and the open orders by their worst state.
 */
function deskScheduleFacts(db: Db, projectIds: number[], today: string) {
  const thresholds = getThresholds(db);
  const milestones = milestonesByProject(db, projectIds);
  const orders = openChaseUpStates(db, projectIds, today);
  return (p: { id: number; status: string }) => {
    const ms = p.status === 'active' ? milestones.get(p.id) : undefined;
    const figures = ms ? scheduleFigures(ms, today, thresholds) : null;
    const status = (ms ?? []).map((m) => milestoneStatus(m, today));
    const o = orders.get(p.id);
    return {
      light: figures ? worseLight(figures.light, figures.proRata.light) : null,
      overdueMilestones: status.filter((s) => s === 'overdue').length,
      dueSoonMilestones: status.filter((s) => s === 'due_soon').length,
      chaseUpsOverdue: o?.overdue ?? 0,
      chaseUpsRed: o?.red ?? 0,
      chaseUpsYellow: o?.yellow ?? 0,
    };
  };
}
