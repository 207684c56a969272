import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { leaderAssignments, projects, users } from '../../db/schema';
import { MAJOR_THRESHOLD_WAN } from '../../shared/domain/money';
import { FUNNEL_STAGES, type FunnelStage } from '../../shared/domain/stages';
import { daysSinceActivity, overStallLimit } from '../../shared/domain/stall';
import type { BoardFilter } from '../../shared/schemas/project';
import { filterConditions } from './board';
import { lacksPrimaryLeaderSql } from './leaders';
import { projectAmountSql } from './project-select';
import { stallDaysAt } from './stall-settings';

/** Cards shown per lane and stage; the lane's counts and totals always cover every project. */
export const LANE_CELL_LIMIT = 12;

/**
 * The board in swimlanes by primary leader (主包领导): one lane per leader with projects under the
 * filter, then a lane of projects without a primary leader. Read-only: moves happen on the board.
 */
export function leaderLanes(db: Db, filter: BoardFilter, now: number) {
  const stallDays = stallDaysAt(db);
  const rows = db
    .select({
      id: projects.id,
      name: projects.name,
      investor: projects.investor,
      stage: projects.stage,
      amount: projectAmountSql,
      ownerName: users.displayName,
      lastActivityAt: projects.lastActivityAt,
      leaderId: sql<
        number | null
      >`(select la.leader_id from ${leaderAssignments} la where la.project_id = "projects"."id" and la.role = 'primary' and la.ended_at is null)`,
      noPrimaryLeader: lacksPrimaryLeaderSql.mapWith(Boolean),
    })
    .from(projects)
    .innerJoin(users, eq(users.id, projects.ownerAId))
    .where(and(...filterConditions(filter, now, stallDays)))
    .orderBy(desc(projects.lastActivityAt), desc(projects.id))
    .all();
  const leaders = db
    .select({ id: users.id, displayName: users.displayName, title: users.title })
    .from(users)
    .where(eq(users.role, 'leader'))
    .orderBy(asc(users.id))
    .all();

  type Cell = { stage: FunnelStage; count: number; amount: number; cards: (typeof rows)[number][] };
  const lanes = new Map<number | null, Cell[]>();
  for (const r of rows) {
    let cells = lanes.get(r.leaderId);
    if (!cells) {
      cells = FUNNEL_STAGES.map((stage) => ({ stage, count: 0, amount: 0, cards: [] }));
      lanes.set(r.leaderId, cells);
    }
    const cell = cells[FUNNEL_STAGES.indexOf(r.stage)]!;
    cell.count++;
    cell.amount += r.amount;
    if (cell.cards.length < LANE_CELL_LIMIT) cell.cards.push(r);
  }
  const decorate = (cells: Cell[]) =>
    cells.map((c) => ({
      ...c,
      cards: c.cards.map((card) => {
        const days = daysSinceActivity(card.lastActivityAt, now);
        return {
          ...card,
          major: card.amount >= MAJOR_THRESHOLD_WAN,
          daysSinceActivity: days,
          stalled: overStallLimit(stallDays, card.stage, days),
        };
      }),
    }));
  const out: { leader: (typeof leaders)[number] | null; cells: ReturnType<typeof decorate> }[] = leaders
    .filter((l) => lanes.has(l.id))
    .map((l) => ({ leader: l, cells: decorate(lanes.get(l.id)!) }));
  const none = lanes.get(null);
  if (none) out.push({ leader: null, cells: decorate(none) });
  return out.map((lane) => ({
    leader: lane.leader,
    count: lane.cells.reduce((s, c) => s + c.count, 0),
    amount: lane.cells.reduce((s, c) => s + c.amount, 0),
    cells: lane.cells,
  }));
}
