import type { Db } from '../../../db/client';
import { businessDate } from '../../../shared/domain/dates';
import { correctionsFor } from '../../../shared/domain/review/corrections';
import { type EventLog, lowerBound } from '../../../shared/domain/review/event-log';
import type { Week } from '../../../shared/domain/review/week';
import { MAJOR_THRESHOLD_WAN } from '../../../shared/domain/money';
import type { ProjectState } from '../../../shared/domain/stages';
import { lateFacts } from './late-facts';

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

/** Moves in effect in the week as known at its end (decision 090): later records are corrections. */
const KNOWN_MOVE = `e.at >= ? and e.at < ? and e.recorded_at < ?
  and not exists (select 1 from stage_events s where s.supersedes_id = e.id and s.recorded_at < ?)`;

export function weekMoves(db: Db, week: Week, known: EventLog): { total: number; rows: MoveRow[] } {
  // Counted in the log as known at the week's end (the same rule in memory: two binary searches
  // instead of a look-up per move, ~30 ms at 15,000 moves a week); the rows shown come from SQL.
  const total = lowerBound(known, week.end) - lowerBound(known, week.start);
  const at = [week.start, week.end, week.end, week.end];
  const rows = db.$client
    .prepare(
      `select e.project_id as projectId, p.name as projectName, e.from_state as "from", e.to_state as "to", e.at as at,
              u.display_name as byName, e.note as note
       from stage_events e join projects p on p.id = e.project_id join users u on u.id = e.by_user_id
       where ${KNOWN_MOVE} order by e.at, e.id limit ?`,
    )
    .all(...at, LIST_LIMIT) as MoveRow[];
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
): number[] {
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
  return ids;
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
export function overdueMilestones(db: Db, asOfDay: string): DueRow[] {
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
export function overdueProblems(db: Db, asOfDay: string): DueRow[] {
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
export function pendingInstructions(db: Db, week: Week): DueRow[] {
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
  key: string;
  /** When the change was recorded. */
  at: number;
  projectId: number;
  projectName: string;
  field: string;
  before: string | number | null;
  after: string | number | null;
  /** The business day the recorded fact took effect, when it is not the change itself (a late fund, a backdated move). */
  effectiveDay: string | null;
  byName: string | null;
}

/**
 * Changes recorded after the week to facts of that week: edits of the week's dated facts and amounts
 * (correctionsFor, from the audit log) and facts recorded later but in effect by the week's end
 * (lateFacts: a backdated import, a late fund, a corrected classification or amount).
 */
export function weekCorrections(db: Db, week: Week, movedInWeek: ReadonlySet<number>): CorrectionRow[] {
  const rows = db.$client
    .prepare(
      `select a.id, a.at, a.entity_id as projectId, a.changes, u.display_name as byName
       from audit_log a left join users u on u.id = a.user_id
       where a.at >= ? and a.entity = 'project' and a.action in ('project.update', 'project.import.update')
       order by a.at, a.id`,
    )
    .all(week.end) as {
    id: number;
    at: number;
    projectId: number;
    changes: string | null;
    byName: string | null;
  }[];
  const edits = correctionsFor(rows, week, movedInWeek);
  const late = lateFacts(db, week);
  const names = projectNames(db, [...new Set([...edits, ...late].map((c) => c.projectId))]);
  const by = new Map(rows.map((r) => [r.id, r.byName]));
  const users = nameMap(db, 'select id, display_name from users');
  const units = nameMap(db, 'select id, name from units');
  const scalar = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? v : null);
  const shown = (field: string, v: string | number | null) =>
    v === null
      ? null
      : field === 'ownerAId'
        ? (users.get(String(v)) ?? v)
        : field === 'unitId'
          ? (units.get(String(v)) ?? v)
          : v;
  const all = [
    ...edits.map((c) => ({
      key: `u${c.auditId}-${c.field}`,
      at: c.at,
      projectId: c.projectId,
      field: c.field,
      before: scalar(c.before),
      after: scalar(c.after),
      effectiveDay: null,
      byName: by.get(c.auditId) ?? null,
    })),
    ...late.map((f) => ({
      key: f.key,
      at: f.at,
      projectId: f.projectId,
      field: f.field,
      before: shown(f.field, f.before),
      after: shown(f.field, f.after),
      effectiveDay: businessDate(f.effectiveAt),
      byName: f.byId === null ? null : (users.get(String(f.byId)) ?? null),
    })),
  ].sort((a, b) => a.at - b.at);
  return all.slice(0, LIST_LIMIT).map((c) => ({
    ...c,
    projectName: names.get(c.projectId)?.name ?? `#${c.projectId}`,
  }));
}

function nameMap(db: Db, sql: string): Map<string, string> {
  return new Map(
    (db.$client.prepare(sql).raw().all() as [number, string][]).map(([id, n]) => [String(id), n]),
  );
}
