import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app';
import { createSession, SESSION_COOKIE } from '../../server/auth/sessions';
import { businessDate } from '../../shared/domain/dates';
import { daysBetweenDates } from '../../shared/domain/problem-tally';
import { callerFor } from '../helpers/caller';
import { createTestDb } from '../helpers/db';
import { makeProject, makeUnit, makeUser } from '../helpers/factories';

/**
 * The problem downloads (issue 16 part 4): the tally's xlsx holds the figures the page's procedure
 * (problems.tally) shows, and the list's xlsx the rows problems.list gives for the same filter.
 */
const db = createTestDb();
const HOST = 'app.test';
const now = Date.now();
const today = businessDate(now);
const year = today.slice(0, 4);
const officer = makeUser(db, { role: 'staff', displayName: '王磊' });
const viewer = makeUser(db, { role: 'viewer' });
const commerce = makeUnit(db, '商务局');
const science = makeUnit(db, '科技局');
const project = makeProject(db, { by: officer, industry: 'finance', at: now });
const staff = callerFor(db, officer, now);
for (const [title, unitId, solve] of [
  ['用电增容', commerce.id, true],
  ['排污许可', commerce.id, false],
  ['人才公寓', science.id, true],
  ['道路施工', null, false],
] as const) {
  const { id } = await staff.problems.create({
    projectId: project.id,
    title,
    unitId,
    raisedDate: `${year}-01-02`,
    dueDate: `${year}-01-03`,
  });
  if (solve) await staff.problems.move({ id, version: 1, to: 'resolved', resolution: '已办结' });
}
const period = { from: `${year}-01-01`, to: today };

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp({ db });
  await app.ready();
});
afterAll(async () => {
  await app.close();
});

async function download(url: string) {
  const { token } = createSession(db, viewer.id);
  const res = await app.inject({
    method: 'GET',
    url,
    headers: { host: HOST, origin: `http://${HOST}`, cookie: `${SESSION_COOKIE}=${token}` },
  });
  return res;
}

async function sheets(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const out: Record<string, unknown[][]> = {};
  wb.eachSheet((ws) => {
    const rows: unknown[][] = [];
    // row.values is sparse (index 0 unused, trailing empty cells absent): padded to the header's width.
    ws.eachRow((row) =>
      rows.push(Array.from({ length: ws.columnCount }, (_, i) => (row.values as unknown[])[i + 1] ?? null)),
    );
    out[ws.name] = rows;
  });
  return out;
}

describe('GET /api/problems/tally.xlsx', () => {
  it('holds the figures of problems.tally, a sheet per dimension with its 合计', async () => {
    const res = await download(`/api/problems/tally.xlsx?from=${period.from}&to=${period.to}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('问题办结统计'));
    const book = await sheets(res.rawPayload);
    expect(Object.keys(book)).toEqual(['按责任单位', '按包保领导', '按月份', '按产业']);
    const tally = await callerFor(db, viewer, now).problems.tally(period);
    const figures = (f: (typeof tally)['total']) => [
      f.raised,
      f.solved,
      f.closed,
      f.overdue,
      f.rate === null ? null : f.rate / 100,
      f.medianDays,
    ];
    const units = book['按责任单位']!;
    expect(units[1]).toEqual([
      '责任单位',
      '提出',
      '办结',
      '销号',
      '逾期未办结',
      '办结率',
      '办结用时中位数（天）',
    ]);
    expect(units.slice(2)).toEqual([
      ...tally.byUnit.map((l) => [l.name ?? '未指定责任单位', ...figures(l)]),
      ['合计', ...figures(tally.total)],
    ]);
    // The hand count: 4 raised, 2 solved today (50 %), 2 overdue; 商务局 first with 2.
    const d = daysBetweenDates(`${year}-01-02`, today);
    expect(units.slice(2)).toEqual([
      ['商务局', 2, 1, 0, 1, 0.5, d],
      ['科技局', 1, 1, 0, 0, 1, d],
      ['未指定责任单位', 1, 0, 0, 1, 0, null],
      ['合计', 4, 2, 0, 2, 0.5, d],
    ]);
    expect(book['按产业']!.slice(2, 3)).toEqual([['金融', ...figures(tally.byCategory[0]!)]]);
    expect(book['按月份']![2]![0]).toBe(`${year}年1月`);
  });

  it('a malformed period is refused with its message', async () => {
    const res = await download('/api/problems/tally.xlsx?from=2026-11-01&to=2026-10-01');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'exportFilterInvalid' });
  });
});

describe('GET /api/problems.xlsx', () => {
  it('holds the rows problems.list gives for the same filter', async () => {
    const filter = { unitId: commerce.id };
    const res = await download(`/api/problems.xlsx?filter=${encodeURIComponent(JSON.stringify(filter))}`);
    expect(res.statusCode).toBe(200);
    const rows = (await sheets(res.rawPayload))['问题清单']!;
    expect(String(rows[0]![0])).toContain('当前筛选');
    const list = await callerFor(db, viewer, now).problems.list(filter);
    expect(rows.slice(2).map((r) => [r[0], r[2], r[7], r[8]])).toEqual(
      list.map((p) => [p.title, '商务局', p.status === 'open' ? '待办' : '已解决', p.overdue ? '是' : '否']),
    );
    expect(rows.slice(2).map((r) => r[0])).toEqual(['排污许可', '用电增容']);
  });

  it('a filter that is not JSON is refused', async () => {
    const res = await download('/api/problems.xlsx?filter=%7Bnot');
    expect(res.statusCode).toBe(400);
  });
});
