import { eq } from 'drizzle-orm';
import { type Db, writeTransaction } from '../../../db/client';
import { ledgerImportRuns } from '../../../db/schema';
import { audit } from '../../audit';

/**
 * The record of one chunked ledger import (decision 072). It is started in the same transaction as the
 * units the import creates, advanced in each chunk's transaction, and closed as done or failed, so what
 * it says is always what the database holds.
 */
export interface RunProgress {
  rowsWritten: number;
  created: number;
  updated: number;
}

export function startRun(
  db: Db,
  run: { userId: number; fileName: string; sheetName: string; rowsTotal: number },
  now: number,
): number {
  const { id } = db
    .insert(ledgerImportRuns)
    .values({ ...run, status: 'running', startedAt: now })
    .returning({ id: ledgerImportRuns.id })
    .get();
  audit(db, {
    userId: run.userId,
    action: 'ledger.import.start',
    entity: 'ledgerImportRun',
    entityId: id,
    changes: { file: run.fileName, sheet: run.sheetName, rows: run.rowsTotal },
    at: now,
  });
  return id;
}

/** Inside a chunk's transaction: the rows written so far, committed with them. */
export function advanceRun(db: Db, id: number, progress: RunProgress): void {
  db.update(ledgerImportRuns).set(progress).where(eq(ledgerImportRuns.id, id)).run();
}

export function finishRun(
  db: Db,
  id: number,
  userId: number | null,
  outcome: { status: 'done' } | { status: 'failed'; failedRow: number | null; error: string },
  now: number,
): void {
  writeTransaction(db, () => {
    db.update(ledgerImportRuns)
      .set({ ...outcome, finishedAt: now })
      .where(eq(ledgerImportRuns.id, id))
      .run();
    if (outcome.status === 'failed')
      audit(db, {
        userId,
        action: 'ledger.import.failed',
        entity: 'ledgerImportRun',
        entityId: id,
        changes: { failedRow: outcome.failedRow, error: outcome.error },
        at: now,
      });
  });
}

/** At start-up: an import still `running` was cut short by the server stopping; it says so. */
export function closeAbandonedRuns(db: Db, now: number): void {
  const running = db
    .select({ id: ledgerImportRuns.id })
    .from(ledgerImportRuns)
    .where(eq(ledgerImportRuns.status, 'running'))
    .all();
  for (const { id } of running)
    finishRun(db, id, null, { status: 'failed', failedRow: null, error: '服务器重启，导入中断' }, now);
}

export function importRun(db: Db, id: number) {
  return db.select().from(ledgerImportRuns).where(eq(ledgerImportRuns.id, id)).get();
}
