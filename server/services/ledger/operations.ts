import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { annualResults, fixedAssetEntries, productionStarts } from '../../../db/schema';
import { businessDate } from '../../../shared/domain/dates';
import type { OperationsPlan, StoredOperations } from '../../../shared/domain/ledger/operations';
import { SYSTEM_NOTES } from '../../../shared/domain/system-notes';
import type { SessionUser } from '../../auth/sessions';
import { addFixedAsset, setAnnualResult, setProduction } from '../operations';

/** Every project's after-建成 records by project id: read once for the export and for the import's check. */
export function loadStoredOperations(db: Db): Map<number, StoredOperations> {
  const byProject = new Map<number, StoredOperations>();
  const of = (projectId: number) => {
    let s = byProject.get(projectId);
    if (!s) byProject.set(projectId, (s = { production: null, fixedAssetSum: 0, years: new Map() }));
    return s;
  };
  for (const p of db.select().from(productionStarts).all())
    of(p.projectId).production = { date: p.date, version: p.version };
  for (const f of db
    .select({
      projectId: fixedAssetEntries.projectId,
      sum: sql<number>`sum(${fixedAssetEntries.amount})`,
    })
    .from(fixedAssetEntries)
    .groupBy(fixedAssetEntries.projectId)
    .all())
    of(f.projectId).fixedAssetSum = f.sum;
  for (const y of db.select().from(annualResults).all())
    of(y.projectId).years.set(y.year, { output: y.output, tax: y.tax, jobs: y.jobs, version: y.version });
  return byProject;
}

/** The latest year a project has results for, as the ledger's export writes it. */
export function latestYear(s: StoredOperations | undefined) {
  if (!s?.years.size) return null;
  const year = Math.max(...s.years.keys());
  return { year, ...s.years.get(year)! };
}

/** A row's operations to write, on the project it belongs to (a new project's id is known once written). */
export interface OperationsWrite {
  projectId: number;
  plan: OperationsPlan;
  /** The date a new entry of 入统 carries: the project's 建成 date when the sheet gives it, else today. */
  fixedAssetDate: string | null;
}

/**
 * Writes an import's operations on its connection, inside its transaction, through the procedures'
 * own service functions: the same checks (建成 only, no future date, versions) and the same audit rows.
 */
export function writeImportOperations(
  db: Db,
  user: SessionUser,
  writes: OperationsWrite[],
  now: number,
): void {
  for (const { projectId, plan, fixedAssetDate } of writes) {
    if (plan.production) setProduction(db, user, { projectId, ...plan.production }, now);
    if (plan.addFixedAssets > 0)
      addFixedAsset(
        db,
        user,
        {
          projectId,
          date: fixedAssetDate ?? businessDate(now),
          amount: plan.addFixedAssets,
          note: SYSTEM_NOTES.importedFixedAssets,
        },
        now,
      );
    if (plan.annual) setAnnualResult(db, user, { projectId, ...plan.annual }, now);
  }
}
