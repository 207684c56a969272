import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { annualResults, auditLog, fixedAssetEntries, productionStarts, projects } from '../../db/schema';
import { ledgerCsv, ledgerLines, ledgerXlsx } from '../../server/services/ledger/export';
import { parseCsv } from '../../shared/domain/ledger/csv';
import { callerFor } from '../helpers/caller';
import { createTestDb } from '../helpers/db';
import { makeProject, makeUnit, makeUser } from '../helpers/factories';
import { officeLedger, uploadLedger } from '../helpers/ledger-sheet';
import { NOW, TODAY } from '../helpers/time';

const HEADERS = ['项目名称', '投资方', '所属行业', '招商方式', '计划总投资', '项目阶段', '招商责任人'];
const OPS = ['投产日期', '入统固定资产投资(万元)', '统计年度', '产值(万元)', '税收(万元)', '就业人数'];

describe('ledger: after 建成 (投产, 入统, a year’s results) in the export and the import', () => {
  const db = createTestDb();
  const admin = makeUser(db, { role: 'admin', displayName: '管理员' });
  const officer = makeUser(db, { role: 'staff', displayName: '王磊', username: 'wanglei' });
  makeUnit(db, '投资促进局');
  const api = callerFor(db, admin);
  const importSheet = async (rows: unknown[][], headers = [...HEADERS, ...OPS]) => {
    const token = await uploadLedger(
      admin.id,
      await officeLedger({ headers, rows: rows as never[][] }),
      '运营.xlsx',
    );
    const preview = await api.ledger.preview({ token, sheet: 0, onExisting: 'update' });
    return { token, preview };
  };
  const named = (name: string) => db.select().from(projects).where(eq(projects.name, name)).get()!;
  const fixedOf = (id: number) =>
    db.select().from(fixedAssetEntries).where(eq(fixedAssetEntries.projectId, id)).all();
  const yearsOf = (id: number) =>
    db.select().from(annualResults).where(eq(annualResults.projectId, id)).all();
  const productionOf = (id: number) =>
    db.select().from(productionStarts).where(eq(productionStarts.projectId, id)).get();
  const audits = (id: number, action: string) =>
    db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, action)))
      .all();

  it('exports 投产, the 入统 total and the latest year under Chinese headers', async () => {
    const p = makeProject(db, {
      by: officer,
      name: '运营导出项目',
      stage: 'completed',
      at: NOW - 90 * 86_400_000,
    });
    const officerApi = callerFor(db, officer);
    await officerApi.operations.setProduction({ projectId: p.id, date: '2026-09-01', version: null });
    await officerApi.operations.addFixedAsset({ projectId: p.id, date: '2026-08-01', amount: 1200 });
    await officerApi.operations.addFixedAsset({ projectId: p.id, date: '2026-10-01', amount: 800 });
    await officerApi.operations.setAnnual({
      projectId: p.id,
      year: 2025,
      output: 5000,
      tax: 200,
      jobs: 80,
      version: null,
    });
    await officerApi.operations.setAnnual({
      projectId: p.id,
      year: 2026,
      output: 7000,
      tax: 300,
      jobs: 95,
      version: null,
    });
    const csv = parseCsv(ledgerCsv(ledgerLines(db, { scope: 'all' }, NOW)));
    const header = csv[0]!;
    expect(OPS.every((h) => header.includes(h))).toBe(true);
    const line = csv.find((r) => r.includes('运营导出项目'))!;
    expect(OPS.map((h) => line[header.indexOf(h)])).toEqual([
      '2026-09-01',
      '2000',
      '2026',
      '7000',
      '300',
      '95',
    ]);

    // Importing the export back changes nothing.
    const xlsx = await ledgerXlsx(ledgerLines(db, { scope: 'all' }, NOW), { today: TODAY, filtered: false });
    const token = await uploadLedger(admin.id, xlsx, '台账.xlsx');
    const again = await api.ledger.preview({ token, sheet: 0, onExisting: 'update' });
    expect(again.counts).toMatchObject({ update: 0, error: 0, create: 0 });
  });

  it('a new completed project gets its 投产 date, one dated 入统 entry and the year, each audited', async () => {
    const { token, preview } = await importSheet([
      [
        '运营新项目',
        '甲公司',
        '数字经济',
        '产业链招商',
        3000,
        '建成',
        '王磊',
        '2026-06-18',
        2600,
        2025,
        4800,
        190,
        66,
      ],
    ]);
    // 建成 needs its gate facts; a legacy row without them is imported flagged 资料待补.
    expect(preview.counts).toMatchObject({ create: 1, error: 0 });
    const notes = preview.rows[0]!.notes;
    expect(notes).toEqual(
      expect.arrayContaining([
        '投产日期记为 2026-06-18',
        '补登入统固定资产投资 2600 万元',
        '登记 2025 年产值、税收和就业',
      ]),
    );
    await api.ledger.commit({ token, sheet: 0, onExisting: 'update' });
    const p = named('运营新项目');
    expect(productionOf(p.id)).toMatchObject({ date: '2026-06-18', version: 1, updatedBy: admin.id });
    expect(fixedOf(p.id)).toMatchObject([{ amount: 2600, note: '台账导入：入统固定资产投资' }]);
    expect(yearsOf(p.id)).toMatchObject([{ year: 2025, output: 4800, tax: 190, jobs: 66 }]);
    expect(audits(p.id, 'operations.production')).toHaveLength(1);
    expect(audits(p.id, 'operations.fixedAsset')).toHaveLength(1);
    expect(audits(p.id, 'operations.annual')).toHaveLength(1);
  });

  it('an update adds only what the sheet has beyond the record, and corrects 投产 at its version', async () => {
    const p = makeProject(db, { by: officer, name: '运营更新项目', investor: '乙公司', stage: 'completed' });
    const officerApi = callerFor(db, officer);
    await officerApi.operations.setProduction({ projectId: p.id, date: '2026-10-08', version: null });
    await officerApi.operations.addFixedAsset({ projectId: p.id, date: '2026-09-01', amount: 1000 });
    const row = (fixed: number, date = '2026-10-09') => [
      p.name,
      p.investor,
      '数字经济',
      '楼宇招商',
      1000,
      '建成',
      '王磊',
      date,
      fixed,
      2025,
      900,
      40,
      12,
    ];
    const { token, preview } = await importSheet([row(1500)]);
    expect(preview.counts).toMatchObject({ update: 1, error: 0 });
    expect(preview.rows[0]!.reason).toContain('补登入统固定资产投资 500 万元');
    await api.ledger.commit({ token, sheet: 0, onExisting: 'update' });
    expect(
      fixedOf(p.id)
        .map((e) => e.amount)
        .sort(),
    ).toEqual([1000, 500]);
    expect(productionOf(p.id)).toMatchObject({ date: '2026-10-09', version: 2 });
    expect(JSON.parse(audits(p.id, 'operations.production').at(-1)!.changes!)).toEqual({
      productionDate: ['2026-10-08', '2026-10-09'],
    });

    // A lower total is only a note; the same figures again are nothing to do.
    const lower = await importSheet([row(1200)]);
    expect(lower.preview.counts).toMatchObject({ skip: 1, update: 0 });
    expect(lower.preview.rows[0]!.notes).toContain('台账入统固定资产投资少于系统记录（1500 万元），未修改');
  });

  it('a project not yet 建成, or figures without their year, are noted and not written', async () => {
    const started = makeProject(db, { by: officer, name: '在建项目', investor: '丙公司', stage: 'started' });
    const done = makeProject(db, { by: officer, name: '无年度项目', investor: '丁公司', stage: 'completed' });
    const { token, preview } = await importSheet([
      [
        started.name,
        started.investor,
        '数字经济',
        '楼宇招商',
        1000,
        '开工',
        '王磊',
        '2026-10-01',
        800,
        null,
        null,
        null,
        null,
      ],
      [
        done.name,
        done.investor,
        '数字经济',
        '楼宇招商',
        1000,
        '建成',
        '王磊',
        null,
        null,
        null,
        5000,
        100,
        30,
      ],
    ]);
    expect(preview.counts).toMatchObject({ skip: 2, error: 0 });
    expect(preview.rows[0]!.notes).toContain('项目未建成，投产及运营数据未导入');
    expect(preview.rows[1]!.notes).toContain('未填统计年度，产值、税收和就业人数未导入');
    await api.ledger.commit({ token, sheet: 0, onExisting: 'update' });
    expect([...fixedOf(started.id), ...yearsOf(done.id)]).toEqual([]);
    expect(productionOf(started.id)).toBeUndefined();
  });

  it('an unreadable year or jobs, or a year without all its figures, is an error on the column', async () => {
    const before = db.select().from(annualResults).all().length;
    const { token, preview } = await importSheet([
      ['坏年度项目', '戊公司', '数字经济', '楼宇招商', 1000, '建成', '王磊', null, null, '明年', 100, 10, 5],
      ['缺税收项目', '己公司', '数字经济', '楼宇招商', 1000, '建成', '王磊', null, null, 2025, 100, null, 5],
      [
        '坏就业项目',
        '庚公司',
        '数字经济',
        '楼宇招商',
        1000,
        '建成',
        '王磊',
        null,
        null,
        2025,
        100,
        10,
        '很多',
      ],
      [
        '未来投产项目',
        '辛公司',
        '数字经济',
        '楼宇招商',
        1000,
        '建成',
        '王磊',
        '2027-01-01',
        null,
        null,
        null,
        null,
        null,
      ],
    ]);
    expect(preview.counts).toMatchObject({ error: 4, create: 0 });
    expect(preview.rows[0]!.errors.resultYear).toBe('统计年度应为 2000–2026 之间的年份');
    expect(preview.rows[1]!.errors.tax).toBe('必填');
    expect(preview.rows[2]!.errors.jobs).toBe('就业人数应为不小于 0 的整数');
    expect(preview.rows[3]!.errors.productionDate).toBeTruthy();
    await expect(api.ledger.commit({ token, sheet: 0, onExisting: 'update' })).rejects.toThrow();
    expect(db.select().from(annualResults).all()).toHaveLength(before);
  });

  it('a plan figure such as 预计年产值 is not read as the year’s 产值', async () => {
    const { preview } = await importSheet(
      [['预计产值项目', '壬公司', '数字经济', '楼宇招商', 1000, '洽谈', '王磊', 20000]],
      [...HEADERS, '预计年产值(万元)'],
    );
    expect(preview.columns.at(-1)?.field).toBeNull();
    expect(preview.counts).toMatchObject({ create: 1, error: 0 });
  });
});
