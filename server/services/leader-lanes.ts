import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { Actor } from '../../shared/domain/permissions';
import { leaderAssignments, projects, users } from '../../db/schema';
import { FUNNEL_STAGES, type FunnelStage } from '../../shared/domain/stages';
import type { BoardFilter } from '../../shared/schemas/project';
import { cardColumns, decorateCards, filterConditions } from './board';
import { stallDaysAt } from './stall-settings';

/**
 * The board in swimlanes by primary leader (主包领导): one lane per leader with projects under the
 * filter, then a lane of projects without a primary leader. Every cell carries all its cards, as the
 * board's cards (so they move like them); the client shows the first few and expands on request.
 */
export function leaderLanes(db: Db, user: Actor, filter: BoardFilter, now: number) {
  const stallDays = stallDaysAt(db);
  const rows = db
    .select({
      ...cardColumns,
      leaderId: sql<
        number | null
      >`(select la.leader_id from ${leaderAssignments} la where la.project_id = "projects"."id" and la.role = 'primary' and la.ended_at is null)`,
    })
    .from(projects)
    .innerJoin(users, eq(users.id, projects.ownerAId))
    .where(and(...filterConditions(filter, now, stallDays)))
    .orderBy(desc(projects.lastActivityAt), desc(projects.id))
    .all();
  const cards = decorateCards(rows, user, now, stallDays).map((card, i) => ({
    ...card,
    leaderId: rows[i]!.leaderId,
  }));
  const leaders = db
    .select({ id: users.id, displayName: users.displayName, title: users.title })
    .from(users)
    .where(eq(users.role, 'leader'))
    .orderBy(asc(users.id))
    .all();

  type Card = (typeof cards)[number];
  type Cell = { stage: FunnelStage; count: number; amount: number; cards: Card[] };
  const lanes = new Map<number | null, Cell[]>();
  for (const card of cards) {
    let cells = lanes.get(card.leaderId);
    if (!cells) {
      cells = FUNNEL_STAGES.map((stage) => ({ stage, count: 0, amount: 0, cards: [] }));
      lanes.set(card.leaderId, cells);
    }
    const cell = cells[FUNNEL_STAGES.indexOf(card.stage)]!;
    cell.count++;
    cell.amount += card.amount;
    cell.cards.push(card);
  }
  const out: { leader: (typeof leaders)[number] | null; cells: Cell[] }[] = leaders
    .filter((l) => lanes.has(l.id))
    .map((l) => ({ leader: l, cells: lanes.get(l.id)! }));
  const none = lanes.get(null);
  if (none) out.push({ leader: null, cells: none });
  return out.map((lane) => ({
    leader: lane.leader,
    count: lane.cells.reduce((s, c) => s + c.count, 0),
    amount: lane.cells.reduce((s, c) => s + c.amount, 0),
    cells: lane.cells,
  }));
}
