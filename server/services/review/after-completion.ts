import type { Db } from '../../../db/client';
import type { Period } from '../../../shared/domain/review/period';
import { sqlInstant } from './facts';

/**
 * After 建成 in a report (issue 16 part 6, decision 041): projects that went into production (投产) in
 * the period, fixed-asset investment counted (固定资产投资入统) dated in the period, and the latest
 * year's output, tax and jobs recorded — each as known at `knownAt` (the period's end for the report as
 * it stood; Infinity for the same as corrected now). A 投产 date or a year's figures changed later are
 * read back from the audit rows every change writes (server/services/operations.ts).
 */
export interface ProductionRow {
  projectId: number;
  projectName: string;
  date: string;
}
export interface FixedAssetRow {
  projectId: number;
  projectName: string;
  /** 万元 dated in the period. */
  amount: number;
  entries: number;
}
export interface AnnualRow {
  projectId: number;
  projectName: string;
  output: number;
  tax: number;
  jobs: number;
}
export interface AfterCompletion {
  production: ProductionRow[];
  fixedAssets: { total: number; rows: FixedAssetRow[] };
  /** The latest year up to the period's year with figures recorded (null: none), and its figures. */
  annual: { year: number | null; rows: AnnualRow[]; output: number; tax: number; jobs: number };
}

type Changes = Record<string, unknown>;

/** The audit rows of one kind of operations change per project, oldest first, recorded before `knownAt`. */
function auditChanges(db: Db, action: string, knownAt: number): Map<number, Changes[]> {
  const rows = db.$client
    .prepare(
      `select entity_id, changes from audit_log where action = ? and entity = 'project' and at < ?
       order by at, id`,
    )
    .raw()
    .all(action, sqlInstant(knownAt)) as [number, string | null][];
  const out = new Map<number, Changes[]>();
  for (const [projectId, changes] of rows) {
    if (!changes) continue;
    let list = out.get(projectId);
    if (!list) out.set(projectId, (list = []));
    list.push(JSON.parse(changes) as Changes);
  }
  return out;
}

const after = (pair: unknown): unknown => (Array.isArray(pair) ? pair[1] : undefined);

function productionKnown(db: Db, period: Period, knownAt: number): Map<number, string> {
  const rows = db.$client
    .prepare('select project_id, date, updated_at from production_starts')
    .raw()
    .all() as [number, string, number][];
  const dates = new Map<number, string>();
  let history: Map<number, Changes[]> | null = null;
  for (const [projectId, date, updatedAt] of rows) {
    if (updatedAt < knownAt) {
      dates.set(projectId, date);
      continue;
    }
    // Changed since: the date the last change recorded before `knownAt` set, if any.
    history ??= auditChanges(db, 'operations.production', knownAt);
    const known = (history.get(projectId) ?? []).map((c) => after(c.productionDate)).filter(Boolean);
    const last = known.at(-1);
    if (typeof last === 'string') dates.set(projectId, last);
  }
  for (const [id, date] of dates) if (date < period.firstDay || date > period.lastDay) dates.delete(id);
  return dates;
}

function annualKnown(db: Db, year: number, knownAt: number) {
  const rows = db.$client
    .prepare('select project_id, year, output, tax, jobs, updated_at from annual_results where year <= ?')
    .raw()
    .all(year) as [number, number, number, number, number, number][];
  const known: { projectId: number; year: number; output: number; tax: number; jobs: number }[] = [];
  let history: Map<number, Changes[]> | null = null;
  for (const [projectId, y, output, tax, jobs, updatedAt] of rows) {
    if (updatedAt < knownAt) {
      known.push({ projectId, year: y, output, tax, jobs });
      continue;
    }
    // Changed since: fold the figures each change recorded before `knownAt` set for that year.
    history ??= auditChanges(db, 'operations.annual', knownAt);
    const figures: Record<'output' | 'tax' | 'jobs', number | undefined> = {
      output: undefined,
      tax: undefined,
      jobs: undefined,
    };
    for (const c of history.get(projectId) ?? []) {
      if (c.year !== y) continue;
      for (const k of ['output', 'tax', 'jobs'] as const) {
        const v = after(c[k]);
        if (typeof v === 'number') figures[k] = v;
      }
    }
    if (figures.output !== undefined && figures.tax !== undefined && figures.jobs !== undefined)
      known.push({ projectId, year: y, output: figures.output, tax: figures.tax, jobs: figures.jobs });
  }
  return known;
}

export function afterCompletion(db: Db, period: Period, knownAt: number): AfterCompletion {
  const production = productionKnown(db, period, knownAt);
  const fixed = db.$client
    .prepare(
      `select project_id, sum(amount), count(*) from fixed_asset_entries
       where date >= ? and date <= ? and created_at < ? group by project_id`,
    )
    .raw()
    .all(period.firstDay, period.lastDay, sqlInstant(knownAt)) as [number, number, number][];
  const allAnnual = annualKnown(db, period.year, knownAt);
  const year = allAnnual.reduce<number | null>((m, r) => (m === null || r.year > m ? r.year : m), null);
  const annual = allAnnual.filter((r) => r.year === year);
  const ids = [...production.keys(), ...fixed.map(([id]) => id), ...annual.map((r) => r.projectId)];
  const names = new Map(
    ids.length
      ? (db.$client
          .prepare('select id, name from projects where id in (select value from json_each(?))')
          .raw()
          .all(JSON.stringify([...new Set(ids)])) as [number, string][])
      : [],
  );
  const nameOf = (id: number) => names.get(id) ?? `#${id}`;
  const fixedRows = fixed
    .map(([projectId, amount, entries]) => ({ projectId, projectName: nameOf(projectId), amount, entries }))
    .sort((a, b) => b.amount - a.amount || a.projectId - b.projectId);
  const annualRows = annual
    .map((r) => ({
      projectId: r.projectId,
      projectName: nameOf(r.projectId),
      output: r.output,
      tax: r.tax,
      jobs: r.jobs,
    }))
    .sort((a, b) => b.output - a.output || a.projectId - b.projectId);
  const sum = (k: 'output' | 'tax' | 'jobs') => annualRows.reduce((s, r) => s + r[k], 0);
  return {
    production: [...production]
      .map(([projectId, date]) => ({ projectId, projectName: nameOf(projectId), date }))
      .sort((a, b) => a.date.localeCompare(b.date) || a.projectId - b.projectId),
    fixedAssets: { total: fixedRows.reduce((s, r) => s + r.amount, 0), rows: fixedRows },
    annual: { year, rows: annualRows, output: sum('output'), tax: sum('tax'), jobs: sum('jobs') },
  };
}

/**
 * Operations facts recorded after the period's end that concern it: fixed-asset entries dated in the
 * period, and 投产 dates set or changed later whose old or new date lies in it. Listed among the
 * report's corrections, so its figures never change silently.
 */
export function afterCompletionCorrections(db: Db, period: Period) {
  const fixed = db.$client
    .prepare(
      `select f.id, f.project_id, f.amount, f.date, f.created_at, u.display_name from fixed_asset_entries f
       left join users u on u.id = f.created_by
       where f.date >= ? and f.date <= ? and f.created_at >= ? order by f.created_at, f.id`,
    )
    .raw()
    .all(period.firstDay, period.lastDay, period.end) as [
    number,
    number,
    number,
    string,
    number,
    string | null,
  ][];
  const production = db.$client
    .prepare(
      `select a.id, a.entity_id, a.changes, a.at, u.display_name from audit_log a left join users u on u.id = a.user_id
       where a.action = 'operations.production' and a.entity = 'project' and a.at >= ? order by a.at, a.id`,
    )
    .raw()
    .all(period.end) as [number, number, string | null, number, string | null][];
  const inPeriod = (v: unknown) => typeof v === 'string' && v >= period.firstDay && v <= period.lastDay;
  return [
    ...fixed.map(([id, projectId, amount, date, at, byName]) => ({
      key: `fa${id}`,
      at,
      projectId,
      field: 'fixedAsset',
      before: null,
      after: amount,
      effectiveDay: date,
      byName,
    })),
    ...production.flatMap(([id, projectId, changes, at, byName]) => {
      const pair = changes ? (JSON.parse(changes) as Changes).productionDate : undefined;
      if (!Array.isArray(pair) || !(inPeriod(pair[0]) || inPeriod(pair[1]))) return [];
      const [before, next] = pair as [string | null, string];
      return [
        {
          key: `pd${id}`,
          at,
          projectId,
          field: 'productionDate',
          before,
          after: next,
          effectiveDay: null,
          byName,
        },
      ];
    }),
  ];
}
