import type { Db } from '../../../db/client';
import { correctionsFor } from '../../../shared/domain/review/corrections';
import type { Week } from '../../../shared/domain/review/week';
import { MAJOR_THRESHOLD_WAN } from '../../../shared/domain/money';
import type { ProjectState } from '../../../shared/domain/stages';
import { tableExists } from './facts';

/** The lists the meeting discusses. Each row carries its project's id and name so the page links to it. */
const LIST_LIMIT = 300;

export interface MoveRow {
  projectId: number;
  projectName: string;
  from: ProjectState | null;
  to: ProjectState;
  at: number;
  byName: string;
  note: string | null;
}

export function weekMoves(db: Db, week: Week): { total: number; rows: MoveRow[] } {
  const total = db.$client
    .prepare('select count(*) from stage_events where at >= ? and at < ?')
    .pluck()
    .get(week.start, week.end) as number;
  const rows = db.$client
    .prepare(
      `select e.project_id as projectId, p.name as projectName, e.from_state as "from", e.to_state as "to", e.at as at,
              u.display_name as byName, e.note as note
       from stage_events e join projects p on p.id = e.project_id join users u on u.id = e.by_user_id
       where e.at >= ? and e.at < ? order by e.at, e.id limit ?`,
    )
    .all(week.start, week.end, LIST_LIMIT) as MoveRow[];
  return { total, rows };
}

export function projectNames(
  db: Db,
  ids: readonly number[],
): Map<number, { name: string; ownerName: string }> {
  if (!ids.length) return new Map();
  const rows = db.$client
    .prepare(
      `select p.id, p.name, u.display_name from projects p join users u on u.id = p.owner_a_id
       where p.id in (select value from json_each(?))`,
    )
    .raw()
    .all(JSON.stringify(ids)) as [number, string, string][];
  return new Map(rows.map(([id, name, ownerName]) => [id, { name, ownerName }]));
}

/** Major projects at 引进 or later at the week's end with no primary leader assigned at that instant (issue 3's table). */
export function majorWithoutLeader(
  db: Db,
  week: Week,
  statesAtEnd: Int8Array,
  amountAt: (projectId: number) => number,
): { available: boolean; ids: number[] } {
  if (!tableExists(db, 'leader_assignments')) return { available: false, ids: [] };
  const led = new Set(
    db.$client
      .prepare(
        `select distinct project_id from leader_assignments
         where role = 'primary' and created_at < ? and (ended_at_ts is null or ended_at_ts >= ?)`,
      )
      .pluck()
      .all(week.end, week.end) as number[],
  );
  const ids: number[] = [];
  for (let p = 0; p < statesAtEnd.length; p++) {
    const s = statesAtEnd[p]!;
    if (s >= 1 && s <= 4 && amountAt(p) >= MAJOR_THRESHOLD_WAN && !led.has(p)) ids.push(p);
  }
  return { available: true, ids };
}

export interface DueRow {
  id: number;
  projectId: number;
  projectName: string;
  title: string;
  dueDate: string;
  who: string | null;
}

/** Milestones planned before `asOfDay` and not done (issue 4). A project with one is red. */
export function overdueMilestones(db: Db, asOfDay: string): DueRow[] | null {
  if (!tableExists(db, 'milestones') || !tableExists(db, 'schedules')) return null;
  return db.$client
    .prepare(
      `select m.id, s.project_id as projectId, p.name as projectName, m.name as title, m.planned_date as dueDate, u.display_name as who
       from milestones m join schedules s on s.id = m.schedule_id join projects p on p.id = s.project_id
       join users u on u.id = p.owner_a_id
       where m.active = 1 and m.actual_date is null and m.planned_date < ? and p.status = 'active'
       order by m.planned_date, m.id limit ?`,
    )
    .all(asOfDay, LIST_LIMIT) as DueRow[];
}

/** Problems not yet resolved whose due date is before `asOfDay` (issue 3). */
export function overdueProblems(db: Db, asOfDay: string): DueRow[] | null {
  if (!tableExists(db, 'problems')) return null;
  return db.$client
    .prepare(
      `select q.id, q.project_id as projectId, p.name as projectName, q.title, q.due_date as dueDate, un.name as who
       from problems q join projects p on p.id = q.project_id left join units un on un.id = q.unit_id
       where q.status in ('open', 'in_progress') and q.due_date is not null and q.due_date < ?
       order by q.due_date, q.id limit ?`,
    )
    .all(asOfDay, LIST_LIMIT) as DueRow[];
}

/** Instructions given before the week's end and not answered by then (issue 3). */
export function pendingInstructions(db: Db, week: Week): DueRow[] | null {
  if (!tableExists(db, 'instructions')) return null;
  return db.$client
    .prepare(
      `select i.id, i.project_id as projectId, p.name as projectName, i.text as title, i.reply_by as dueDate, u.display_name as who
       from instructions i join projects p on p.id = i.project_id join users u on u.id = i.leader_id
       where i.created_at < ? and (i.status = 'pending' or i.replied_at >= ?)
       order by i.reply_by, i.id limit ?`,
    )
    .all(week.end, week.end, LIST_LIMIT) as DueRow[];
}

export interface CorrectionRow {
  auditId: number;
  at: number;
  projectId: number;
  projectName: string;
  field: string;
  before: string | number | null;
  after: string | number | null;
  byName: string | null;
}

/** Edits made after the week to facts of that week (see correctionsFor). */
export function weekCorrections(db: Db, week: Week, movedInWeek: ReadonlySet<number>): CorrectionRow[] {
  const rows = db.$client
    .prepare(
      `select a.id, a.at, a.entity_id as projectId, a.changes, u.display_name as byName
       from audit_log a left join users u on u.id = a.user_id
       where a.at >= ? and a.entity = 'project' and a.action = 'project.update' order by a.at, a.id`,
    )
    .all(week.end) as {
    id: number;
    at: number;
    projectId: number;
    changes: string | null;
    byName: string | null;
  }[];
  const found = correctionsFor(rows, week, movedInWeek);
  const names = projectNames(db, [...new Set(found.map((c) => c.projectId))]);
  const by = new Map(rows.map((r) => [r.id, r.byName]));
  const scalar = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? v : null);
  return found.slice(0, LIST_LIMIT).map((c) => ({
    ...c,
    before: scalar(c.before),
    after: scalar(c.after),
    projectName: names.get(c.projectId)?.name ?? `#${c.projectId}`,
    byName: by.get(c.auditId) ?? null,
  }));
}
