import { eq } from 'drizzle-orm';
import { type Db, writeTransaction } from '../../../db/client';
import { ledgerImportRuns } from '../../../db/schema';
import { audit } from '../../audit';

/**
 * The record of one ledger import (decisions 072, 073). It is started on the main connection before
 * the import's transaction (so it survives a rollback and says `running`), closed as `done` inside that
 * transaction (so `done` and the rows commit together), or as `failed` after a rollback; a run still
 * `running` at start-up was cut short by the server stopping and is closed as failed. What it says is
 * always what the database holds.
 */
export interface RunCounts {
  rowsWritten: number;
  created: number;
  updated: number;
}

export function startRun(
  db: Db,
  run: { userId: number; fileName: string; sheetName: string; rowsTotal: number },
  now: number,
): number {
  return writeTransaction(db, () => {
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
  });
}

export function finishRun(
  db: Db,
  id: number,
  userId: number | null,
  outcome: ({ status: 'done' } & RunCounts) | { status: 'failed'; failedRow: number | null; error: string },
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
