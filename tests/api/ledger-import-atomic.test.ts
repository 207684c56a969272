import { count, desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, ledgerImportRuns, projects } from '../../db/schema';
import { IMPORT_CHUNK_ROWS } from '../../server/services/ledger/commit';
import { importReportCsv } from '../../server/services/ledger/report-csv';
import { getUpload } from '../../server/services/ledger/uploads';
import { callerFor, trpcError } from '../helpers/caller';
import { createTestDb } from '../helpers/db';
import { makeProject, makeUser } from '../helpers/factories';
import { officeLedger, uploadLedger } from '../helpers/ledger-sheet';
import { NOW } from '../helpers/time';

/**
 * Decision 072: the commit writes in chunks of IMPORT_CHUNK_ROWS, each its own transaction, giving way to
 * other requests between them; an import run record says how far it got, and a failure midway is told
 * as it is (which rows are in, which are not), and the same upload picks up the rest.
 */
describe('a ledger import written in chunks', () => {
  const db = createTestDb();
  const admin = makeUser(db, { role: 'admin' });
  const officer = makeUser(db, { role: 'staff', displayName: '赵专员', username: 'zhao' });
  const api = callerFor(db, admin);
  const ROWS = IMPORT_CHUNK_ROWS * 2 + 50;
  const sheet = () =>
    officeLedger({
      headers: ['项目名称', '投资方', '行业', '招商方式', '总投资（万元）', '招商责任人'],
      rows: Array.from({ length: ROWS }, (_, i) => [
        `分块项目${i}`,
        `分块投资方${i}`,
        '数字',
        '楼宇招商',
        1000 + i,
        officer.displayName,
      ]),
    });
  const projectCount = () => db.select({ n: count() }).from(projects).get()!.n;
  const latestRun = () => db.select().from(ledgerImportRuns).orderBy(desc(ledgerImportRuns.id)).get();
  const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

  it('gives way between chunks, and a duplicate created meanwhile stops it honestly', async () => {
    const token = await uploadLedger(admin.id, await sheet());
    const before = projectCount();
    const commit = trpcError(api.ledger.commit({ token, sheet: 0 }));
    // Other requests run while it works: here, after the first chunk, someone registers row 300's project.
    while ((latestRun()?.rowsWritten ?? 0) < IMPORT_CHUNK_ROWS) await tick();
    const late = IMPORT_CHUNK_ROWS + 50;
    makeProject(db, { name: `分块项目${late}`, investor: `分块投资方${late}`, by: officer });
    const error = await commit;
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain(`已写入 ${IMPORT_CHUNK_ROWS} / ${ROWS} 行`);
    expect(error.message).toContain(`第 ${IMPORT_CHUNK_ROWS + 3} 行起未写入`); // sheet rows start at 3
    // What the record and the report say is what the database holds.
    expect(projectCount() - before).toBe(IMPORT_CHUNK_ROWS + 1);
    expect(latestRun()).toMatchObject({
      status: 'failed',
      rowsTotal: ROWS,
      rowsWritten: IMPORT_CHUNK_ROWS,
      created: IMPORT_CHUNK_ROWS,
      failedRow: IMPORT_CHUNK_ROWS + 3,
    });
    const failed = db.select().from(auditLog).where(eq(auditLog.action, 'ledger.import.failed')).all();
    expect(failed).toHaveLength(1);
    const report = importReportCsv(getUpload(token, admin.id, NOW)) ?? '';
    expect(report).toContain(`导入在第 ${IMPORT_CHUNK_ROWS + 3} 行中断`);
    expect(report.match(/未导入/g)?.length).toBe(ROWS - IMPORT_CHUNK_ROWS);

    // The same upload again: the rows already written (and the one created meanwhile) are skipped.
    const again = await api.ledger.commit({ token, sheet: 0 });
    expect(again).toMatchObject({ created: ROWS - IMPORT_CHUNK_ROWS - 1, skipped: IMPORT_CHUNK_ROWS + 1 });
    expect(projectCount() - before).toBe(ROWS); // every row once (one of them by the other person)
    expect(latestRun()).toMatchObject({ status: 'done', rowsWritten: ROWS - IMPORT_CHUNK_ROWS - 1 });
  });

  it('refuses a second commit of the same upload while the first is writing', async () => {
    const bytes = await officeLedger({
      headers: ['项目名称', '投资方', '行业', '招商方式', '总投资（万元）', '招商责任人'],
      rows: Array.from({ length: IMPORT_CHUNK_ROWS + 10 }, (_, i) => [
        `并发项目${i}`,
        '并发投资方',
        '数字',
        '楼宇招商',
        500,
        officer.displayName,
      ]),
    });
    const token = await uploadLedger(admin.id, bytes);
    const first = api.ledger.commit({ token, sheet: 0 });
    const runs = latestRun()?.id ?? 0;
    while ((latestRun()?.id ?? 0) === runs) await tick();
    expect((await trpcError(api.ledger.commit({ token, sheet: 0 }))).message).toContain('正在导入');
    expect(await first).toMatchObject({ created: IMPORT_CHUNK_ROWS + 10 });
  });
});
