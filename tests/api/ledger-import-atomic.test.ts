import { count, desc, eq, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, ledgerImportRuns, projects } from '../../db/schema';
import { IMPORT_CHUNK_ROWS } from '../../server/services/ledger/commit';
import { progressOf } from '../../server/services/ledger/import-progress';
import { importReportCsv } from '../../server/services/ledger/report-csv';
import { getUpload } from '../../server/services/ledger/uploads';
import { sharedWrite, writesPaused } from '../../server/write-gate';
import { callerFor, trpcError } from '../helpers/caller';
import { createTestDb, dataChecksum } from '../helpers/db';
import { editFields, makeProject, makeUser } from '../helpers/factories';
import { officeLedger, uploadLedger } from '../helpers/ledger-sheet';
import { NOW } from '../helpers/time';

/**
 * Decision 073: the commit writes every row in ONE transaction on its own connection, in chunks of
 * IMPORT_CHUNK_ROWS with the event loop served between them. A failure anywhere leaves nothing written
 * and a run record that says failed; other writes wait at the write gate meanwhile and then succeed;
 * reads see the data as it was until the import commits.
 */
describe('a ledger import is all or nothing', () => {
  const db = createTestDb();
  const admin = makeUser(db, { role: 'admin' });
  const officer = makeUser(db, { role: 'staff', displayName: '赵专员', username: 'zhao' });
  const api = callerFor(db, admin);
  const ROWS = IMPORT_CHUNK_ROWS * 2 + 50;
  const sheet = (prefix: string, rows = ROWS) =>
    officeLedger({
      headers: ['项目名称', '投资方', '行业', '招商方式', '总投资（万元）', '招商责任人'],
      rows: Array.from({ length: rows }, (_, i) => [
        `${prefix}项目${i}`,
        `${prefix}投资方${i}`,
        '数字',
        '楼宇招商',
        1000 + i,
        officer.displayName,
      ]),
    });
  const projectCount = () => db.select({ n: count() }).from(projects).get()!.n;
  const latestRun = () => db.select().from(ledgerImportRuns).orderBy(desc(ledgerImportRuns.id)).get();
  const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
  /** Everything but the run records and the audit rows that record the attempt itself. */
  const checksum = () =>
    dataChecksum(
      db,
      ['ledger.import.start', 'ledger.import.failed', 'access.denied'],
      ['ledger_import_runs'],
    );

  it('a failure in a late chunk leaves nothing written, and the run record says failed', async () => {
    const token = await uploadLedger(admin.id, await sheet('失败'));
    const before = checksum();
    // The database refuses one row of the third chunk (sheet rows start at 3).
    const late = IMPORT_CHUNK_ROWS * 2 + 10;
    db.$client.exec(
      `create trigger refuse_late before insert on projects when new.name = '失败项目${late}'
       begin select raise(abort, '模拟的写入失败'); end`,
    );
    try {
      const error = await trpcError(api.ledger.commit({ token, sheet: 0 }));
      expect(error.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      db.$client.exec('drop trigger refuse_late');
    }
    expect(checksum()).toBe(before);
    const first = IMPORT_CHUNK_ROWS * 2 + 3;
    expect(latestRun()).toMatchObject({
      status: 'failed',
      rowsTotal: ROWS,
      rowsWritten: 0,
      created: 0,
      failedRow: first,
      error: '模拟的写入失败',
    });
    const failed = db.select().from(auditLog).where(eq(auditLog.action, 'ledger.import.failed')).all();
    expect(failed).toHaveLength(1);
    const report = importReportCsv(getUpload(token, admin.id, NOW)) ?? '';
    expect(report).toContain(`导入失败，未写入任何数据（第 ${first}–${first + 49} 行：模拟的写入失败）`);

    // The same upload again, the cause gone: every row, once.
    const again = await api.ledger.commit({ token, sheet: 0 });
    expect(again).toMatchObject({ created: ROWS, skipped: 0 });
    expect(latestRun()).toMatchObject({ status: 'done', rowsWritten: ROWS, created: ROWS });
  });

  it('a duplicate created while the import waits to write stops it before anything is written', async () => {
    const token = await uploadLedger(admin.id, await sheet('并行'));
    const before = projectCount();
    // A mutation is running when the import has checked its rows: the import waits for it …
    let commit!: Promise<Error & { code: string }>;
    await sharedWrite(db, async () => {
      commit = trpcError(api.ledger.commit({ token, sheet: 0 }));
      while (!writesPaused(db)) await tick();
      // … and that mutation registers one of the sheet's projects.
      makeProject(db, { name: '并行项目200', investor: '并行投资方200', by: officer });
    });
    const error = await commit;
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('未写入任何数据（第 203 行');
    expect(projectCount()).toBe(before + 1); // only the other person's
    expect(latestRun()).toMatchObject({ status: 'failed', rowsWritten: 0, failedRow: 203 });
  });

  it('writes made during the import wait for it and then succeed; reads see the data as it was', async () => {
    const existing = makeProject(db, { name: '等待中的项目', by: officer });
    const token = await uploadLedger(admin.id, await sheet('等待', IMPORT_CHUNK_ROWS * 5));
    const before = projectCount();
    const order: string[] = [];
    const commit = api.ledger.commit({ token, sheet: 0 }).then((r) => {
      order.push('import');
      return r;
    });
    while (progressOf(admin.id)?.phase !== 'writing') await tick();
    expect(progressOf(admin.id)).toMatchObject({ total: IMPORT_CHUNK_ROWS * 5 });
    // Someone edits a project meanwhile: the edit queues behind the import instead of failing.
    const edit = api.projects
      .update({
        id: existing.id,
        version: existing.version,
        fields: editFields(existing, { description: '导入时修改' }),
      })
      .then((r) => {
        order.push('edit');
        return r;
      });
    // Reads go on against the last committed state: none of the import's rows yet.
    expect(projectCount()).toBe(before);
    expect((await commit).created).toBe(IMPORT_CHUNK_ROWS * 5);
    const edited = await edit;
    expect(order).toEqual(['import', 'edit']);
    expect(edited).toMatchObject({ version: existing.version + 1 });
    expect(projectCount()).toBe(before + IMPORT_CHUNK_ROWS * 5);
    expect(progressOf(admin.id)).toBeNull();
  });

  it('refuses a second commit of the same upload while the first is writing', async () => {
    const token = await uploadLedger(admin.id, await sheet('再次', IMPORT_CHUNK_ROWS + 10));
    const first = api.ledger.commit({ token, sheet: 0 });
    const runs = latestRun()?.id ?? 0;
    while ((latestRun()?.id ?? 0) === runs) await tick();
    // While the first checks, the second is refused as running; once the first writes, every mutation
    // waits at the write gate, and the second then finds the file imported (or gone). Never twice.
    const second = await trpcError(api.ledger.commit({ token, sheet: 0 }));
    expect(second.message).toMatch(/正在导入|已经导入过|已过期/);
    expect(await first).toMatchObject({ created: IMPORT_CHUNK_ROWS + 10 });
    const imported = db.select({ n: count() }).from(projects).where(like(projects.name, '再次%')).get()!.n;
    expect(imported).toBe(IMPORT_CHUNK_ROWS + 10);
  });
});
