import { count, ne } from 'drizzle-orm';
import { createHash } from 'node:crypto';
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

/**
 * A hash of every row of every table (not the migrations journal): equal before and after proves a
 * refused call wrote nothing. Audit rows of the given actions (refusals the app logs on purpose) and
 * the given tables (records of the attempt) are left out: they record the attempt, not a change to the data.
 */
export function dataChecksum(
  db: Db,
  ignoredAuditActions: readonly string[],
  ignoredTables: readonly string[] = [],
): string {
  const tables = (
    db.$client
      .prepare(
        // The search index's shadow tables (migration 0016) hold what project_search shows, without rowids.
        `select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%'
         and name not like 'project!_search!_%' escape '!'`,
      )
      .pluck()
      .all() as string[]
  ).filter((t) => !ignoredTables.includes(t));
  const ignored = ignoredAuditActions.map((a) => `'${a.replaceAll("'", "''")}'`).join(', ');
  const hash = createHash('sha256');
  for (const table of tables) {
    const where = table === 'audit_log' && ignored ? ` where action not in (${ignored})` : '';
    hash.update(table);
    hash.update(
      JSON.stringify(db.$client.prepare(`select * from "${table}"${where} order by rowid`).raw().all()),
    );
  }
  return hash.digest('hex');
}
