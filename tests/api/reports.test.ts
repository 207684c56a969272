import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { reportPeriod } from '../../server/services/review/report';
import { reportWorkbook } from '../../server/services/review/report-xlsx';
import { periodOf } from '../../shared/domain/review/period';
import { callerFor, fieldNames, trpcError } from '../helpers/caller';
import { createTestDb } from '../helpers/db';
import { makeProject, makeUnit, makeUser } from '../helpers/factories';
import { shanghai } from '../helpers/time';

// A hand-computed month (2026-11, closed: "now" is 2026-12-05) and quarter (2026-Q4, running).
const db = createTestDb();
const admin = makeUser(db, { role: 'admin' });
const u1 = makeUnit(db, '投资促进局');
const u2 = makeUnit(db, '商务局');
const u3 = makeUnit(db, '科技局');
const ma = makeUser(db, { role: 'staff', displayName: '马丽' });
const wang = makeUser(db, { role: 'staff', displayName: '王强' });
const li = makeUser(db, { role: 'staff', displayName: '李娜' });
const viewer = makeUser(db, { role: 'viewer' });
const NOW = shanghai(2026, 12, 5, 10);
const at = (m: number, d: number) => shanghai(2026, m, d, 10);

// P1, P2: 马丽 / 投资促进局, registered and signed in November (3,000 + 6,000 万元), P2 also landed.
const p1 = makeProject(db, {
  by: ma,
  unitId: u1.id,
  at: at(11, 5),
  stage: 'introduced',
  estimatedInvestment: 3000,
});
const p2 = makeProject(db, {
  by: ma,
  unitId: u1.id,
  at: at(11, 12),
  stage: 'landed',
  estimatedInvestment: 6000,
});
// P3: 王强 / 商务局, registered in November.
makeProject(db, { by: wang, unitId: u2.id, at: at(11, 20), estimatedInvestment: 800 });
// P4: 王强 / 商务局, registered and completed in October; 投产 and 入统 in November.
const p4 = makeProject(db, {
  by: wang,
  unitId: u2.id,
  at: at(10, 15),
  stage: 'completed',
  estimatedInvestment: 2000,
});
// P5: 李娜 / 科技局, signed in December. P6: 马丽 / 投资促进局, signed in October.
makeProject(db, { by: li, unitId: u3.id, at: at(12, 2), stage: 'introduced', estimatedInvestment: 1000 });
makeProject(db, { by: ma, unitId: u1.id, at: at(10, 8), stage: 'introduced', estimatedInvestment: 2000 });

const asAdmin = callerFor(db, admin, at(10, 1));
await asAdmin.targets.create({
  metric: 'agreed_investment',
  value: 10000,
  periodStart: '2026-10-01',
  periodEnd: '2026-12-31',
  unitId: u1.id,
});
await asAdmin.targets.create({
  metric: 'new_projects',
  value: 4,
  periodStart: '2026-11-01',
  periodEnd: '2026-11-30',
  unitId: u2.id,
});
await asAdmin.targets.create({
  metric: 'agreed_investment',
  value: 5000,
  periodStart: '2026-11-01',
  periodEnd: '2026-11-30',
  ownerId: ma.id,
});
await asAdmin.targets.create({
  metric: 'landed_projects',
  value: 2,
  periodStart: '2026-11-01',
  periodEnd: '2026-11-30',
  ownerId: wang.id,
});
const wangNov = callerFor(db, wang, at(11, 16));
await wangNov.operations.setProduction({ projectId: p4.id, date: '2026-11-10', version: null });
await wangNov.operations.addFixedAsset({ projectId: p4.id, date: '2026-11-15', amount: 500 });
await wangNov.operations.setAnnual({
  projectId: p4.id,
  year: 2025,
  output: 10000,
  tax: 800,
  jobs: 120,
  version: null,
});
await callerFor(db, wang, at(12, 2)).operations.addFixedAsset({
  projectId: p4.id,
  date: '2026-12-02',
  amount: 300,
});

const api = callerFor(db, viewer, NOW);
const ranks = (rows: { label: string; rank: number | null; score: number | null }[]) =>
  rows.map((r) => [r.label, r.rank, r.score]);

describe('the monthly report (2026-11, closed)', () => {
  it('sums the month: registered, signed, landed, amounts, funnel and flow', async () => {
    const r = await api.review.report({ period: '2026-11' });
    expect(r.period).toMatchObject({
      key: '2026-11',
      kind: 'month',
      firstDay: '2026-11-01',
      lastDay: '2026-11-30',
      previous: '2026-10',
      next: '2026-12',
      closed: true,
      current: false,
    });
    expect(r.reached.map((s) => [s.stage, s.count, s.amount])).toEqual([
      ['negotiating', 3, 9800],
      ['introduced', 2, 9000],
      ['landed', 1, 6000],
      ['started', 0, 0],
      ['completed', 0, 0],
    ]);
    // October: P4 (every stage) and P6.
    expect(r.previousReached.map((s) => s.count)).toEqual([2, 2, 1, 1, 1]);
    // At the end of November: P1 引进, P2 落地, P3 洽谈, P4 建成, P6 引进 (P5 not yet).
    expect(r.funnel.states.slice(0, 5).map((s) => s.count)).toEqual([1, 2, 1, 0, 1]);
    expect(r.funnel.activeAmount).toBe(3000 + 6000 + 800 + 2000 + 2000);
    expect(r.flow.newLeads).toBe(3);
    expect(r.trend).toHaveLength(12);
    expect(r.trend.at(-1)?.week).toBe('2026-11');
  });

  it('ranks units and officers by progress against their targets, those without after', async () => {
    const r = await api.review.report({ period: '2026-11' });
    // 投资促进局: 11,000 of 10,000 → capped at 100 %; 商务局: 1 of 4 new projects; 科技局: no target.
    expect(ranks(r.ranking.units)).toEqual([
      ['投资促进局', 1, 1],
      ['商务局', 2, 0.25],
      ['科技局', null, null],
    ]);
    expect(r.ranking.units[0]?.actual).toEqual({
      newLeads: 2,
      signed: 2,
      signedAmount: 9000,
      landed: 1,
      started: 0,
      completed: 0,
    });
    // 马丽: 9,000 of 5,000 (capped); 王强: 0 of 2 landed; 李娜: no target.
    expect(ranks(r.ranking.officers)).toEqual([
      ['马丽', 1, 1],
      ['王强', 2, 0],
      ['李娜', null, null],
    ]);
    const t1 = r.targets.find((t) => t.unitId === u1.id)!;
    expect(t1.actual).toBe(11000);
    // 61 of the quarter's 92 days elapsed at the end of November.
    expect(t1.elapsed).toBeCloseTo(61 / 92, 10);
    expect(r.targets.find((t) => t.ownerId === ma.id)?.ownerName).toBe('马丽');
  });

  it('shows 投产, 固定资产投资入统 and the latest annual results', async () => {
    const r = await api.review.report({ period: '2026-11' });
    expect(r.afterCompletion.production).toEqual([
      { projectId: p4.id, projectName: p4.name, date: '2026-11-10' },
    ]);
    expect(r.afterCompletion.fixedAssets).toEqual({
      total: 500,
      rows: [{ projectId: p4.id, projectName: p4.name, amount: 500, entries: 1 }],
    });
    expect(r.afterCompletion.annual).toMatchObject({ year: 2025, output: 10000, tax: 800, jobs: 120 });
  });

  it('reads the same after late facts, which show as corrections', async () => {
    const before = await api.review.report({ period: '2026-11' });
    expect(before.corrections).toEqual([]);
    expect(before.corrected).toBeNull();
    const late = callerFor(db, wang, at(12, 3));
    await late.operations.addFixedAsset({ projectId: p4.id, date: '2026-11-28', amount: 200 });
    await late.operations.setProduction({ projectId: p4.id, date: '2026-11-12', version: 1 });
    await callerFor(db, ma, at(12, 3)).funds.add({ projectId: p2.id, date: '2026-11-20', amount: 700 });
    const after = await api.review.report({ period: '2026-11' });
    const { corrections, corrected, ...figures } = after;
    const { corrections: _c, corrected: _d, ...then } = before;
    expect(JSON.stringify(figures)).toBe(JSON.stringify(then));
    expect(corrections.map((c) => [c.field, c.before, c.after, c.effectiveDay])).toEqual([
      ['fundsInPlace', null, 700, '2026-11-20'],
      ['fixedAsset', null, 200, '2026-11-28'],
      ['productionDate', '2026-11-10', '2026-11-12', null],
    ]);
    expect(corrected).toMatchObject({ fixedAssets: 700, production: 1, funds: { week: 700 } });
    expect(after.funds.week).toBe(0);
  });

  it('refuses a malformed period naming the field, and a period not begun', async () => {
    for (const bad of ['2026-13', '2026-Q5', '2026-W47', 'november'])
      expect(fieldNames(await trpcError(api.review.report({ period: bad })))).toEqual(['period']);
    const future = await trpcError(api.review.report({ period: '2027-01' }));
    expect(fieldNames(future)).toEqual(['period']);
  });
});

describe('the quarterly report (2026-Q4, running)', () => {
  it('sums the quarter to date, ranks and shows the after-建成 figures', async () => {
    const r = await api.review.report({ period: '2026-Q4' });
    expect(r.period).toMatchObject({
      kind: 'quarter',
      previous: '2026-Q3',
      next: null,
      current: true,
      closed: false,
    });
    expect(r.reached.map((s) => s.count)).toEqual([6, 5, 2, 1, 1]);
    expect(r.reached[1]?.amount).toBe(3000 + 6000 + 2000 + 1000 + 2000);
    expect(ranks(r.ranking.units)).toEqual([
      ['投资促进局', 1, 1],
      ['商务局', 2, 0.25],
      ['科技局', null, null],
    ]);
    expect(r.ranking.units[2]?.actual.signedAmount).toBe(1000);
    expect(ranks(r.ranking.officers).map((x) => x[0])).toEqual(['马丽', '王强', '李娜']);
    // 500 (Nov 15) + 200 (Nov 28, recorded late) + 300 (Dec 2); the corrected 投产 date.
    expect(r.afterCompletion.fixedAssets.total).toBe(1000);
    expect(r.afterCompletion.fixedAssets.rows[0]?.entries).toBe(3);
    expect(r.afterCompletion.production.map((p) => p.date)).toEqual(['2026-11-12']);
    expect(r.corrections).toEqual([]);
  });

  it('a target owner must be an active officer', async () => {
    const e = await trpcError(
      asAdmin.targets.create({
        metric: 'new_projects',
        value: 1,
        periodStart: '2026-10-01',
        periodEnd: '2026-12-31',
        ownerId: viewer.id,
      }),
    );
    expect(fieldNames(e)).toEqual(['ownerId']);
  });
});

describe('the report as xlsx', () => {
  it('has a titled sheet per section, a frozen header and numbers as numbers', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await reportWorkbook(reportPeriod(db, periodOf('2026-11')!, NOW))) as unknown as ArrayBuffer,
    );
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([
      '概览',
      '漏斗',
      '本期流转',
      '目标进度',
      '责任单位排名',
      '招商专员排名',
      '投产项目',
      '固定资产投资入统',
      '年度经营',
      '更正记录',
    ]);
    for (const ws of wb.worksheets) {
      expect(ws.getCell('A1').text).toMatch(/^南关区招商引资工作月报（2026年11月） · /);
      expect(ws.getCell('A2').value).toBe('2026-11（2026-11-01 — 2026-11-30）');
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    }
    const rows = (name: string) =>
      (wb.getWorksheet(name)!.getSheetValues() as unknown[][]).slice(4).map((r) => r.slice(1));
    expect(rows('概览').slice(0, 3)).toEqual([
      ['新增线索', 3, 2],
      ['签约引进', 2, 2],
      ['签约总投资（万元）', 9000, 4000],
    ]);
    expect(rows('责任单位排名')).toEqual([
      [1, '投资促进局', 1, 1, 2, 2, 9000, 1, 0, 0],
      [2, '商务局', 1, 0.25, 1, 0, 0, 0, 0, 0],
      ['未设目标', '科技局', 0, undefined, 0, 0, 0, 0, 0, 0],
    ]);
    expect(wb.getWorksheet('责任单位排名')!.getColumn(4).numFmt).toBe('0.0%');
    expect(rows('固定资产投资入统')).toEqual([
      [p4.name, 500, 1],
      ['合计', 500, 1],
    ]);
    expect(rows('年度经营')).toEqual([
      [p4.name, 10000, 800, 120],
      ['合计', 10000, 800, 120],
    ]);
  });
});

void p1;
