import { and, asc, desc, eq, gte, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { leaderAssignments, milestones, projects, schedules, users } from '../../db/schema';
import { businessDate } from '../../shared/domain/dates';
import { MAJOR_THRESHOLD_WAN } from '../../shared/domain/money';
import { lightRank, milestoneStatus } from '../../shared/domain/schedule';
import type { OverviewFilter } from '../../shared/schemas/schedules';
import { openChaseUpCounts } from './chase-ups';
import { getThresholds } from './schedule-settings';
import { scheduleFigures } from './schedules';
import { projectAmountSql } from './project-select';

interface OverviewMilestone {
  id: number;
  name: string;
  plannedDate: string;
  actualDate: string | null;
  linkedStage: string | null;
}

/** The filter's conditions on projects (industry, stage, current leader), shared by both lists. */
function filterConds(db: Db, filter: OverviewFilter) {
  const conds = [or(gte(projectAmountSql, MAJOR_THRESHOLD_WAN), sql`${schedules.id} is not null`)];
  if (filter.industry) conds.push(eq(projects.industry, filter.industry));
  if (filter.stage) conds.push(eq(projects.stage, filter.stage));
  if (filter.leaderId) {
    conds.push(
      inArray(
        projects.id,
        db
          .select({ id: leaderAssignments.projectId })
          .from(leaderAssignments)
          .where(and(eq(leaderAssignments.leaderId, filter.leaderId), isNull(leaderAssignments.endedAt))),
      ),
    );
  }
  return conds;
}

/** Active milestones by schedule, in plan order: one pass over the table, whatever the number of schedules. */
function milestonesBySchedule(db: Db, wanted: ReadonlySet<number>) {
  const out = new Map<number, OverviewMilestone[]>();
  if (wanted.size === 0) return out;
  for (const { scheduleId, ...m } of db
    .select({
      scheduleId: milestones.scheduleId,
      id: milestones.id,
      name: milestones.name,
      plannedDate: milestones.plannedDate,
      actualDate: milestones.actualDate,
      linkedStage: milestones.linkedStage,
    })
    .from(milestones)
    .where(eq(milestones.active, true))
    .orderBy(asc(milestones.scheduleId), asc(milestones.position))
    .all()) {
    if (!wanted.has(scheduleId)) continue;
    const list = out.get(scheduleId);
    if (list) list.push(m);
    else out.set(scheduleId, [m]);
  }
  return out;
}

/** Current leaders' names by project, the primary leader (主包) first. */
function leaderNames(db: Db) {
  const out = new Map<number, string[]>();
  for (const l of db
    .select({ projectId: leaderAssignments.projectId, name: users.displayName })
    .from(leaderAssignments)
    .innerJoin(users, eq(users.id, leaderAssignments.leaderId))
    .where(isNull(leaderAssignments.endedAt))
    .orderBy(desc(leaderAssignments.role), asc(leaderAssignments.id))
    .all()) {
    const list = out.get(l.projectId);
    if (list) list.push(l.name);
    else out.set(l.projectId, [l.name]);
  }
  return out;
}

/**
 * 挂图作战: every active major project, plus any other active project given a schedule, each with its
 * milestones for the shared timeline; red first, then yellow, green, and not yet scheduled. Held (暂缓)
 * and dropped (终止) ones leave the chart and are listed apart with their reason and since when.
 */
export function scheduleOverview(db: Db, filter: OverviewFilter, now: number) {
  const today = businessDate(now);
  const thresholds = getThresholds(db);
  const all = db
    .select({
      id: projects.id,
      name: projects.name,
      industry: projects.industry,
      stage: projects.stage,
      status: projects.status,
      amount: projectAmountSql,
      ownerName: users.displayName,
      scheduleId: schedules.id,
      targetDate: schedules.targetDate,
      holdReason: projects.holdReason,
      dropCategory: projects.dropCategory,
      dropNote: projects.dropNote,
      // When it was held or dropped: the latest stage event into its present state (only those rows ask).
      since: sql<
        number | null
      >`case when ${projects.status} = 'active' then null else (select max(e.at) from stage_events e where e.project_id = ${projects.id} and e.to_state = ${projects.status}) end`,
    })
    .from(projects)
    .innerJoin(users, eq(users.id, projects.ownerAId))
    .leftJoin(schedules, eq(schedules.projectId, projects.id))
    .where(and(...filterConds(db, filter)))
    .all();
  const active = all.filter((r) => r.status === 'active');
  const msBySchedule = milestonesBySchedule(db, new Set(active.flatMap((r) => r.scheduleId ?? [])));
  const leaders = leaderNames(db);
  const chaseUps = openChaseUpCounts(db);
  const out = active.map((r) => {
    const ms = r.scheduleId ? (msBySchedule.get(r.scheduleId) ?? []) : [];
    const figures = r.scheduleId ? scheduleFigures(ms, today, thresholds) : null;
    const next = ms.find((m) => !m.actualDate);
    return {
      id: r.id,
      name: r.name,
      industry: r.industry,
      stage: r.stage,
      status: r.status,
      amount: r.amount,
      ownerName: r.ownerName,
      leaders: leaders.get(r.id) ?? [],
      targetDate: r.targetDate,
      light: figures?.light ?? null,
      proRata: figures?.proRata ?? null,
      overdue: ms.filter((m) => milestoneStatus(m, today) === 'overdue').length,
      next: next ? { name: next.name, plannedDate: next.plannedDate } : null,
      openChaseUps: chaseUps.get(r.id) ?? 0,
      milestones: ms.map((m) => ({ ...m, status: milestoneStatus(m, today) })),
    };
  });
  const filtered = filter.light ? out.filter((r) => (r.light ?? 'none') === filter.light) : out;
  const rank = (r: (typeof out)[number]) => (r.light ? lightRank(r.light) : 3);
  filtered.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (b.proRata?.pointsBehind ?? 0) - (a.proRata?.pointsBehind ?? 0) ||
      b.overdue - a.overdue ||
      b.amount - a.amount ||
      a.id - b.id,
  );
  const held = all
    .filter((r) => r.status !== 'active')
    .map((r) => ({
      id: r.id,
      name: r.name,
      industry: r.industry,
      stage: r.stage,
      status: r.status as 'on_hold' | 'dropped',
      amount: r.amount,
      ownerName: r.ownerName,
      leaders: leaders.get(r.id) ?? [],
      holdReason: r.holdReason,
      dropCategory: r.dropCategory,
      dropNote: r.dropNote,
      since: r.since == null ? null : businessDate(r.since),
    }))
    .sort((a, b) => b.status.localeCompare(a.status) || b.amount - a.amount || a.id - b.id);
  return { today, rows: filtered, held };
}

export type Overview = ReturnType<typeof scheduleOverview>;
