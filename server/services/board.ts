import { type AnyColumn, and, desc, eq, gte, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { preparedByKey, rowReader } from '../../db/prepared';
import type { Actor } from '../../shared/domain/permissions';
import { projectFactsColumns, relationFromColumns } from '../permissions';
import { industryChains, projectContacts, projects, users } from '../../db/schema';
import { businessDate } from '../../shared/domain/dates';
import { MAJOR_THRESHOLD_WAN } from '../../shared/domain/money';
import { daysSinceActivity, overStallLimit, stalledBefore, type StallDays } from '../../shared/domain/stall';
import { FUNNEL_STAGES, type FunnelStage } from '../../shared/domain/stages';
import type { BoardFilter } from '../../shared/schemas/project';
import { milestonesJsonSql, scheduleLightOf } from './schedules';
import { inTaskForceCondition, lacksPrimaryLeaderSql, leadByCondition } from './leaders';
import { hasPendingFacts } from './pending-facts';
import { projectAmountSql } from './project-select';
import { stallDaysAt } from './stall-settings';

/** Active projects with no activity since the stall limit of their stage (calendar days in Shanghai). */
export function stalledCondition(now: number, stallDays: StallDays): SQL {
  const perStage = FUNNEL_STAGES.flatMap((stage) => {
    const before = stalledBefore(stallDays, stage, now);
    return before === null ? [] : [and(eq(projects.stage, stage), lt(projects.lastActivityAt, before))];
  });
  return and(eq(projects.status, 'active'), or(...perStage))!;
}

/**
 * The text search's rule: `q` inside a project's name, investor, registered entity or a contact's name,
 * as `like` has it (ASCII case folded, `%` and `_` literal).
 */
export function likeSearch(q: string): SQL {
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const like = (column: SQL | AnyColumn) => sql`${column} like ${pattern} escape '\\'`;
  return sql`(${like(projects.name)} or ${like(projects.investor)} or ${like(projects.registeredEntity)} or exists (select 1 from ${projectContacts} c where c.project_id = ${projects.id} and ${like(sql`c.name`)}))`;
}

/** Trigrams need 3 characters: shorter queries cannot use the index. */
const usesSearchIndex = (q: string) => [...q].length >= 3;

/**
 * The text search: from 3 characters the FTS5 trigram index (project_search, migration 0016) picks
 * the candidates and `likeSearch` confirms them, so the results are the like search's by construction
 * (the index folds case beyond ASCII: a superset); shorter queries cannot use trigrams and scan.
 */
export function textSearch(q: string): SQL {
  if (!usesSearchIndex(q)) return likeSearch(q);
  const phrase = `"${q.replaceAll('"', '""')}"`;
  return sql`(${projects.id} in (select rowid from project_search where project_search match ${phrase}) and ${likeSearch(q)})`;
}

/** The board's filter as SQL; `stallDays` are the office's limits in effect now (stallDaysAt). */
export function filterConditions(filter: BoardFilter, now: number, stallDays: StallDays): SQL[] {
  const indexed = filter.q !== undefined && usesSearchIndex(filter.q);
  // With the search index the matches are few: `+` keeps the planner from walking every active row
  // of the status index and probing the index's list for each (decision 132).
  const conds: SQL[] = [indexed ? sql`+${projects.status} = 'active'` : eq(projects.status, 'active')];
  if (filter.q) conds.push(textSearch(filter.q));
  if (filter.industry) conds.push(eq(projects.industry, filter.industry));
  if (filter.channel) conds.push(eq(projects.channel, filter.channel));
  if (filter.ownerId)
    conds.push(or(eq(projects.ownerAId, filter.ownerId), eq(projects.ownerBId, filter.ownerId))!);
  if (filter.majorOnly) conds.push(gte(projectAmountSql, MAJOR_THRESHOLD_WAN));
  if (filter.stalledOnly) conds.push(stalledCondition(now, stallDays));
  if (filter.leaderId) conds.push(leadByCondition(filter.leaderId));
  if (filter.taskForceId) conds.push(inTaskForceCondition(filter.taskForceId));
  if (filter.unitId) conds.push(eq(projects.unitId, filter.unitId));
  if (filter.keyOnly) conds.push(eq(projects.isKey, true));
  if (filter.bondOnly) conds.push(eq(projects.isBond, true));
  if (filter.firstStoreOnly) conds.push(eq(projects.isFirstStore, true));
  if (filter.chainId)
    conds.push(
      sql`${projects.industry} in (select j.value from ${industryChains} c, json_each(c.industries) j where c.id = ${filter.chainId})`,
    );
  if (filter.pendingOnly) conds.push(hasPendingFacts);
  return conds;
}

/** A card's order in its column: most recently active first. */
const CARD_ORDER = [desc(projects.lastActivityAt), desc(projects.id)];

/**
 * A board card's columns: what a card shows, and no more (the move dialog reads the gate fields when it
 * opens: projects.gates). `lastActivityAt`, the milestones and the permission facts are read in the same
 * statement and turned into `daysSinceActivity`, `scheduleLight` and `rel` by decorateCards.
 */
export const cardColumns = {
  id: projects.id,
  name: projects.name,
  investor: projects.investor,
  industry: projects.industry,
  stage: projects.stage,
  status: projects.status,
  amount: projectAmountSql,
  ownerAId: projects.ownerAId,
  ownerName: users.displayName,
  isKey: projects.isKey,
  missingFacts: projects.missingFacts,
  lastActivityAt: projects.lastActivityAt,
  version: projects.version,
  noPrimaryLeader: lacksPrimaryLeaderSql.mapWith(Boolean),
  milestones: milestonesJsonSql,
  ...projectFactsColumns,
};

/** The cards' query: the board's columns and the swimlanes narrow it with their own where and order. */
export function selectCards(db: Db) {
  return db.select(cardColumns).from(projects).innerJoin(users, eq(users.id, projects.ownerAId));
}
type CardRow = ReturnType<ReturnType<typeof selectCards>['all']>[number];
export type BoardCard = ReturnType<typeof decorateCards>[number];

/** One page of a column's cards, most recently active first: one statement (and the stall settings). */
export function columnCards(
  db: Db,
  user: Actor,
  filter: BoardFilter,
  stage: FunnelStage,
  offset: number,
  limit: number,
  now: number,
) {
  const stallDays = stallDaysAt(db);
  const rows = selectCards(db)
    .where(and(...filterConditions(filter, now, stallDays), eq(projects.stage, stage)))
    .orderBy(...CARD_ORDER)
    .limit(limit)
    .offset(offset)
    .all();
  return decorateCards(rows, user, now, stallDays);
}

/**
 * A card's derived fields: 重大, days idle, 久未推进 by the office's days, the schedule light and the
 * caller's relation (`rel`, for the shared permission model); the raw inputs of these are dropped.
 * Built field by field: copying the row with rest and spread cost more than the rest of the board.
 */
export function decorateCards(rows: CardRow[], user: Actor, now: number, stallDays: StallDays) {
  const today = businessDate(now);
  return rows.map((r) => {
    const days = daysSinceActivity(r.lastActivityAt, now);
    return {
      id: r.id,
      name: r.name,
      investor: r.investor,
      industry: r.industry,
      stage: r.stage,
      status: r.status,
      amount: r.amount,
      ownerName: r.ownerName,
      isKey: r.isKey,
      missingFacts: r.missingFacts,
      version: r.version,
      noPrimaryLeader: r.noPrimaryLeader,
      major: r.amount >= MAJOR_THRESHOLD_WAN,
      daysSinceActivity: days,
      stalled: overStallLimit(stallDays, r.stage, days),
      scheduleLight: scheduleLightOf(r.milestones, today),
      rel: relationFromColumns(user, r),
    };
  });
}

/** The name of the board statement's CTE of matching rows; a text search's is materialized. */
const MATCHING = 'matching';

function boardQuery(db: Db, filter: BoardFilter, limit: number, now: number, stallDays: StallDays) {
  // The filter's rows, as much of them as the totals and the pages read. SQLite folds this into each
  // reader, where an index walk serves it; a text search's matches are found once instead (boardSql).
  const matching = db.$with(MATCHING).as(
    db
      .select({
        id: projects.id,
        stage: projects.stage,
        lastActivityAt: projects.lastActivityAt,
        amount: sql<number>`${projectAmountSql}`.as('amount'),
      })
      .from(projects)
      .where(and(...filterConditions(filter, now, stallDays))),
  );
  const totals = db.$with('totals').as(
    db
      .select({
        stage: sql<FunnelStage>`${matching.stage}`.as('total_stage'),
        count: sql<number>`count(*)`.as('total_count'),
        amount: sql<number>`coalesce(sum(${matching.amount}), 0)`.as('total_amount'),
      })
      .from(matching)
      .groupBy(matching.stage),
  );
  const pages = sql.join(
    FUNNEL_STAGES.map(
      (stage) =>
        sql`select id from (${db
          .select({ id: matching.id })
          .from(matching)
          .where(eq(matching.stage, stage))
          .orderBy(desc(matching.lastActivityAt), desc(matching.id))
          .limit(limit)})`,
    ),
    sql` union all `,
  );
  return db
    .with(matching, totals)
    .select({ ...cardColumns, columnCount: totals.count, columnAmount: totals.amount })
    .from(projects)
    .innerJoin(users, eq(users.id, projects.ownerAId))
    .innerJoin(totals, eq(totals.stage, projects.stage))
    .where(sql`${projects.id} in (${pages})`)
    .orderBy(...CARD_ORDER);
}
type BoardQuery = ReturnType<typeof boardQuery>;
type BoardRow = ReturnType<BoardQuery['all']>[number];

/**
 * The board statement's SQL and values. With a text search, `matching` is marked `materialized`: found
 * once (index look-up, then the like confirmation) and read by the totals and the five pages, instead of
 * six times (≈ 11 → 4 ms at 100,000 projects, decision 132). drizzle has no way to write the hint.
 */
export function boardSql(db: Db, filter: BoardFilter, limit: number, now: number, stallDays: StallDays) {
  const query = boardQuery(db, filter, limit, now, stallDays);
  const built = query.toSQL();
  const cte = `"${MATCHING}" as (`;
  if (!built.sql.startsWith(`with ${cte}`)) throw new Error(`board SQL: expected it to start with ${cte}`);
  const text = filter.q ? built.sql.replace(cte, `"${MATCHING}" as materialized (`) : built.sql;
  return { sql: text, params: built.params, fields: query._.selectedFields };
}

/**
 * The board's statement for one filter, built once (decision 137), and its rows read as drizzle's. The
 * connection keeps the prepared statement and hands it back in object mode (decision 134): raw is asked
 * for on each call.
 */
function prepareBoard(db: Db, filter: BoardFilter, limit: number, now: number, stallDays: StallDays) {
  const { sql: text, params, fields } = boardSql(db, filter, limit, now, stallDays);
  const read = rowReader<BoardRow>(fields);
  return {
    rows: () =>
      (
        db.$client
          .prepare(text)
          .raw(true)
          .all(...params) as unknown[][]
      ).map(read),
  };
}
const boardStatement = preparedByKey<ReturnType<typeof prepareBoard>>(64);

function boardRows(db: Db, filter: BoardFilter, limit: number, now: number, stallDays: StallDays) {
  // 久未推进's limits move with the clock and the settings: that filter is built each time.
  if (filter.stalledOnly) return prepareBoard(db, filter, limit, now, stallDays).rows();
  const key = `${limit}|${JSON.stringify(filter)}`;
  return boardStatement(db, key, () => prepareBoard(db, filter, limit, now, stallDays)).rows();
}

/**
 * The board: every column's count and total for the filter, with the first `limit` cards of each, in
 * one statement (and the stall settings): the totals as a CTE grouped by stage, the cards as one
 * `limit` per stage joined to them. Each stage's page is its own ordered index walk; a window query
 * (row_number() over (partition by stage)) ranks every matching row first and measured 20–400 times
 * slower at 100,000 projects (docs/decisions/132-board-one-statement-and-search.md).
 */
export function board(db: Db, user: Actor, filter: BoardFilter, limit: number, now: number) {
  const stallDays = stallDaysAt(db);
  const rows = boardRows(db, filter, limit, now, stallDays);
  const byStage = new Map<FunnelStage, typeof rows>();
  for (const r of rows) {
    const column = byStage.get(r.stage);
    if (column) column.push(r);
    else byStage.set(r.stage, [r]);
  }
  return {
    columns: FUNNEL_STAGES.map((stage) => {
      const cards = byStage.get(stage) ?? [];
      return {
        stage,
        count: cards[0]?.columnCount ?? 0,
        amount: cards[0]?.columnAmount ?? 0,
        cards: decorateCards(cards, user, now, stallDays),
      };
    }),
  };
}
