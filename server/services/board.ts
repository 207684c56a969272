import { and, desc, eq, gte, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { industryChains, projects, users } from '../../db/schema';
import { businessDate } from '../../shared/domain/dates';
import { MAJOR_THRESHOLD_WAN } from '../../shared/domain/money';
import { daysSinceActivity, overStallLimit, stalledBefore, type StallDays } from '../../shared/domain/stall';
import { FUNNEL_STAGES, type FunnelStage } from '../../shared/domain/stages';
import type { BoardFilter } from '../../shared/schemas/project';
import { scheduleLights } from './schedules';
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

/** The board's filter as SQL; `stallDays` are the office's limits in effect now (stallDaysAt). */
export function filterConditions(filter: BoardFilter, now: number, stallDays: StallDays): SQL[] {
  const conds: SQL[] = [eq(projects.status, 'active')];
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conds.push(
      sql`(${projects.name} like ${pattern} escape '\\' or ${projects.investor} like ${pattern} escape '\\')`,
    );
  }
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

/** A board card's columns: the board's columns and the swimlanes select the same. */
export const cardColumns = {
  id: projects.id,
  name: projects.name,
  investor: projects.investor,
  industry: projects.industry,
  stage: projects.stage,
  status: projects.status,
  estimatedInvestment: projects.estimatedInvestment,
  agreedInvestment: projects.agreedInvestment,
  agreementType: projects.agreementType,
  signingDate: projects.signingDate,
  registeredEntity: projects.registeredEntity,
  creditCode: projects.creditCode,
  location: projects.location,
  landingDate: projects.landingDate,
  startDate: projects.startDate,
  completionDate: projects.completionDate,
  ownerAId: projects.ownerAId,
  ownerName: users.displayName,
  isKey: projects.isKey,
  missingFacts: projects.missingFacts,
  lastActivityAt: projects.lastActivityAt,
  version: projects.version,
  noPrimaryLeader: lacksPrimaryLeaderSql.mapWith(Boolean),
};

/** The cards' query: the board's columns and the swimlanes narrow it with their own where and order. */
export function selectCards(db: Db) {
  return db.select(cardColumns).from(projects).innerJoin(users, eq(users.id, projects.ownerAId));
}
type CardRow = ReturnType<ReturnType<typeof selectCards>['all']>[number];
export type BoardCard = Awaited<ReturnType<typeof columnCards>>[number];

/** One page of a column's cards, most recently active first. */
export function columnCards(
  db: Db,
  filter: BoardFilter,
  stage: FunnelStage,
  offset: number,
  limit: number,
  now: number,
) {
  const stallDays = stallDaysAt(db);
  const rows = selectCards(db)
    .where(and(...filterConditions(filter, now, stallDays), eq(projects.stage, stage)))
    .orderBy(desc(projects.lastActivityAt), desc(projects.id))
    .limit(limit)
    .offset(offset)
    .all();
  return decorateCards(db, rows, now, stallDays);
}

/** A card's derived fields: amount, 重大, days idle, 久未推进 by the office's days, the schedule light. */
export function decorateCards<T extends CardRow>(db: Db, rows: T[], now: number, stallDays: StallDays) {
  const lights = scheduleLights(
    db,
    rows.map((r) => r.id),
    businessDate(now),
  ); // one query per page
  return rows.map((r) => {
    const amount = r.agreedInvestment ?? r.estimatedInvestment;
    const days = daysSinceActivity(r.lastActivityAt, now);
    return {
      ...r,
      amount,
      major: amount >= MAJOR_THRESHOLD_WAN,
      daysSinceActivity: days,
      stalled: overStallLimit(stallDays, r.stage, days),
      scheduleLight: lights.get(r.id) ?? null,
    };
  });
}

/** Count and total investment per stage for the filter, computed in one pass however many cards are shown. */
export function columnTotals(db: Db, filter: BoardFilter, now: number) {
  const stallDays = stallDaysAt(db);
  const rows = db
    .select({
      stage: projects.stage,
      count: sql<number>`count(*)`,
      amount: sql<number>`coalesce(sum(${projectAmountSql}), 0)`,
    })
    .from(projects)
    .where(and(...filterConditions(filter, now, stallDays)))
    .groupBy(projects.stage)
    .all();
  const byStage = new Map(rows.map((r) => [r.stage, r]));
  return FUNNEL_STAGES.map((stage) => ({
    stage,
    count: byStage.get(stage)?.count ?? 0,
    amount: byStage.get(stage)?.amount ?? 0,
  }));
}

export function board(db: Db, filter: BoardFilter, limit: number, now: number) {
  return {
    columns: columnTotals(db, filter, now).map((c) => ({
      ...c,
      cards: c.count === 0 ? [] : columnCards(db, filter, c.stage, 0, limit, now),
    })),
  };
}
