import type { Db } from '../../../db/client';
import type { Channel, Industry } from '../../../shared/domain/catalog';
import type { ProjectFact, TargetFact } from '../../../shared/domain/review/compute';
import type { AmountChange } from '../../../shared/domain/review/replay';
import type { Week } from '../../../shared/domain/review/week';
import { PROJECT_AMOUNT } from '../project-select';

/** The reads the review needs besides the event log: raw prepared statements, explicit columns. */

/**
 * Every project's review facts, held in memory per database and re-read only when the projects table
 * changed (reading and building 20,000 of them takes ~40 ms; checking takes ~3 ms, or nothing when the
 * database has not been written at all).
 *
 * - Write stamp: `total_changes()` (rows written by this connection) and `data_version` (commits by any
 *   other connection). Unchanged → nothing at all was written since the last check → the facts hold.
 * - Change marker, read when the stamp moved: (row count, highest id, sum of versions, latest updated_at).
 *   Every write to a project row bumps its version (optimistic concurrency: projects.update/move,
 *   reassignment, ledger import) and a new row raises the count and the highest id, so any insert or edit
 *   of a project changes the marker. A follow-up touches last_activity_at only (not a fact here), a
 *   session refresh no project at all: both leave the facts held.
 * The stamp and marker are read before the rows, so a write in between only causes one extra re-read.
 * The returned objects are shared between requests and frozen.
 */
export interface HeldFacts {
  list: readonly ProjectFact[];
  /** Today's amount (agreed ?? estimated, 万元) by project id. */
  amountById: ReadonlyMap<number, number>;
}

const heldFacts = new WeakMap<Db, { stamp: string; marker: string; facts: HeldFacts }>();

function writeStamp(db: Db): string {
  const changes = db.$client.prepare('select total_changes()').pluck().get() as number;
  return `${changes}|${db.$client.pragma('data_version', { simple: true }) as number}`;
}

export function projectFactsMarker(db: Db): string {
  const row = db.$client
    .prepare('select count(*), max(id), total(version), max(updated_at) from projects')
    .raw()
    .get() as [number, number | null, number, number | null];
  return row.join('|');
}

export function heldProjectFacts(db: Db): HeldFacts {
  const stamp = writeStamp(db);
  const held = heldFacts.get(db);
  if (held && held.stamp === stamp) return held.facts;
  const marker = projectFactsMarker(db);
  if (held && held.marker === marker) {
    held.stamp = stamp;
    return held.facts;
  }
  // Frozen, list and items: computeReview indexes a frozen list once and reuses the index.
  const list = Object.freeze(readProjectFacts(db));
  const facts: HeldFacts = { list, amountById: new Map(list.map((p) => [p.id, p.amount])) };
  heldFacts.set(db, { stamp, marker, facts });
  return facts;
}

export function projectFacts(db: Db): readonly ProjectFact[] {
  return heldProjectFacts(db).list;
}

function readProjectFacts(db: Db): ProjectFact[] {
  const rows = db.$client
    .prepare(
      `select id, industry, channel, unit_id, owner_a_id, ${PROJECT_AMOUNT}, is_bond, is_first_store
       from projects`,
    )
    .raw()
    .all() as [number, Industry, Channel, number | null, number, number, number, number][];
  return rows.map(([id, industry, channel, unitId, ownerAId, amount, isBond, isFirstStore]) =>
    Object.freeze({
      id,
      industry,
      channel,
      unitId,
      ownerAId,
      amount,
      isBond: isBond === 1,
      isFirstStore: isFirstStore === 1,
    }),
  );
}

/** Amounts in effect before `end` as known at `knownAt` (decision 090), by effect then record. */
export function amountChangesBefore(db: Db, end: number, knownAt: number): AmountChange[] {
  const rows = db.$client
    .prepare(
      `select project_id, at, amount from investment_history where at < ? and recorded_at < ?
       order by at, recorded_at, id`,
    )
    .raw()
    .all(end, sqlInstant(knownAt)) as [number, number, number][];
  return rows.map(([projectId, at, amount]) => ({ projectId, at, amount }));
}

/** Funds in place dated within [from, to] (business dates) and recorded before `recordedBefore`, optionally for some projects. */
export function fundsBetween(
  db: Db,
  from: string,
  to: string,
  recordedBefore: number,
  only: { industry: Industry | null; unitId: number | null; ownerId?: number | null } = {
    industry: null,
    unitId: null,
  },
): number {
  if (from > to) return 0;
  const ownerId = only.ownerId ?? null;
  const filtered = only.industry !== null || only.unitId !== null || ownerId !== null;
  const sql = filtered
    ? `select coalesce(sum(f.amount), 0) from funds_in_place f join projects p on p.id = f.project_id
       where f.date >= ? and f.date <= ? and f.created_at < ?
         and (? is null or p.industry = ?) and (? is null or p.unit_id = ?) and (? is null or p.owner_a_id = ?)`
    : 'select coalesce(sum(amount), 0) from funds_in_place where date >= ? and date <= ? and created_at < ?';
  const args: unknown[] = [from, to, sqlInstant(recordedBefore)];
  if (filtered) args.push(only.industry, only.industry, only.unitId, only.unitId, ownerId, ownerId);
  return db.$client
    .prepare(sql)
    .pluck()
    .get(...args) as number;
}

/** Active targets whose period overlaps the week. */
export function targetsForWeek(db: Db, week: Week): TargetFact[] {
  const rows = db.$client
    .prepare(
      `select id, metric, value, period_start, period_end, industry, unit_id, owner_id from targets
       where active = 1 and period_start <= ? and period_end >= ? order by period_start, id`,
    )
    .raw()
    .all(week.lastDay, week.firstDay) as [
    number,
    TargetFact['metric'],
    number,
    string,
    string,
    Industry | null,
    number | null,
    number | null,
  ][];
  return rows.map(([id, metric, value, periodStart, periodEnd, industry, unitId, ownerId]) => ({
    id,
    metric,
    value,
    periodStart,
    periodEnd,
    industry,
    unitId,
    ownerId,
  }));
}

/** Infinity ("as known now") as an instant SQLite compares with. */
export const sqlInstant = (t: number): number => Math.min(t, Number.MAX_SAFE_INTEGER);
