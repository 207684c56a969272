import { count, ne } from 'drizzle-orm';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { type Db, openDatabase } from '../../db/client';
import { auditLog, followUps, fundsInPlace, projects, stageEvents } from '../../db/schema';

/**
 * A fresh database on a temp file, migrated by the real openDatabase. Call it at the top of a test file
 * (or of a describe block that needs its own data); it is closed and removed when those tests end.
 */
export function createTestDb(): Db {
  const dir = mkdtempSync(join(tmpdir(), 'invest-pipeline-test-'));
  const db = openDatabase(join(dir, 'test.db'));
  afterAll(() => {
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return db;
}

/** Rows in every table a project mutation writes: equal before and after proves a refusal wrote nothing. */
/** Audit rows that record a change: a refusal is itself logged (access.denied) but changes no data. */
export function countAuditChanges(db: Db): number {
  return db.select({ n: count() }).from(auditLog).where(ne(auditLog.action, 'access.denied')).get()?.n ?? 0;
}

export function countRows(db: Db) {
  const n = (
    table: typeof projects | typeof stageEvents | typeof auditLog | typeof followUps | typeof fundsInPlace,
  ) =>
    table === auditLog
      ? // A refusal is itself logged (access.denied, issue 6): it is not a change to the data.
        (db.select({ n: count() }).from(auditLog).where(ne(auditLog.action, 'access.denied')).get()?.n ?? 0)
      : (db.select({ n: count() }).from(table).get()?.n ?? 0);
  return {
    projects: n(projects),
    stageEvents: n(stageEvents),
    auditLog: n(auditLog),
    followUps: n(followUps),
    funds: n(fundsInPlace),
  };
}
