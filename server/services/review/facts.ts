import type { Db } from '../../../db/client';
import type { Channel, Industry } from '../../../shared/domain/catalog';
import type { ProjectFact, TargetFact } from '../../../shared/domain/review/compute';
import type { AmountChange } from '../../../shared/domain/review/replay';
import type { Week } from '../../../shared/domain/review/week';

/** The reads the review needs besides the event log: raw prepared statements, explicit columns. */

export function projectFacts(db: Db): ProjectFact[] {
  const rows = db.$client
    .prepare(
      `select id, industry, channel, unit_id, owner_a_id, coalesce(agreed_investment, estimated_investment), is_bond, is_first_store
       from projects`,
    )
    .raw()
    .all() as [number, Industry, Channel, number | null, number, number, number, number][];
  return rows.map(([id, industry, channel, unitId, ownerAId, amount, isBond, isFirstStore]) => ({
    id,
    industry,
    channel,
    unitId,
    ownerAId,
    amount,
    isBond: isBond === 1,
    isFirstStore: isFirstStore === 1,
  }));
}

export function amountChangesBefore(db: Db, end: number): AmountChange[] {
  const rows = db.$client
    .prepare('select project_id, at, amount from investment_history where at < ? order by at, id')
    .raw()
    .all(end) as [number, number, number][];
  return rows.map(([projectId, at, amount]) => ({ projectId, at, amount }));
}

/** Funds in place dated within [from, to] (business dates) and recorded before `recordedBefore`, optionally for some projects. */
export function fundsBetween(
  db: Db,
  from: string,
  to: string,
  recordedBefore: number,
  only: { industry: Industry | null; unitId: number | null } = { industry: null, unitId: null },
): number {
  if (from > to) return 0;
  const filtered = only.industry !== null || only.unitId !== null;
  const sql = filtered
    ? `select coalesce(sum(f.amount), 0) from funds_in_place f join projects p on p.id = f.project_id
       where f.date >= ? and f.date <= ? and f.created_at < ?
         and (? is null or p.industry = ?) and (? is null or p.unit_id = ?)`
    : 'select coalesce(sum(amount), 0) from funds_in_place where date >= ? and date <= ? and created_at < ?';
  const args: unknown[] = [from, to, recordedBefore];
  if (filtered) args.push(only.industry, only.industry, only.unitId, only.unitId);
  return db.$client.prepare(sql).pluck().get(...args) as number;
}

/** Active targets whose period overlaps the week. */
export function targetsForWeek(db: Db, week: Week): TargetFact[] {
  const rows = db.$client
    .prepare(
      `select id, metric, value, period_start, period_end, industry, unit_id from targets
       where active = 1 and period_start <= ? and period_end >= ? order by period_start, id`,
    )
    .raw()
    .all(week.lastDay, week.firstDay) as [number, TargetFact['metric'], number, string, string, Industry | null, number | null][];
  return rows.map(([id, metric, value, periodStart, periodEnd, industry, unitId]) => ({
    id,
    metric,
    value,
    periodStart,
    periodEnd,
    industry,
    unitId,
  }));
}

/** The latest follow-up recorded before `end`, per project. */
export function lastFollowUps(db: Db, end: number): Map<number, number> {
  const rows = db.$client
    .prepare('select project_id, max(created_at) from follow_ups where created_at < ? group by project_id')
    .raw()
    .all(end) as [number, number][];
  return new Map(rows);
}

export function tableExists(db: Db, name: string): boolean {
  return !!db.$client.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(name);
}
