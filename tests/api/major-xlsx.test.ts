import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { businessDate } from '../../shared/domain/dates';
import type { MilestoneInput } from '../../shared/schemas/schedules';
import { STATUS_FILL } from '../../server/services/schedule-overview-xlsx';
import { callerFor } from '../helpers/caller';
import { createTestDb } from '../helpers/db';
import { makeProject, makeUser } from '../helpers/factories';
import { DAY_MS, NOW, TODAY } from '../helpers/time';

const db = createTestDb();
const officer = makeUser(db, { role: 'staff', displayName: '郑凯' });
const api = callerFor(db, officer);
const BUILDING = 2;
const m = (name: string, plannedDate: string, actualDate: string | null = null): MilestoneInput => ({
  name,
  plannedDate,
  actualDate,
  linkedStage: null,
});
const major = (name: string, status?: 'on_hold') =>
  makeProject(db, {
    by: officer,
    name,
    estimatedInvestment: 8000,
    stage: 'landed',
    at: NOW - 60 * DAY_MS,
    status,
  });

async function workbook() {
  const file = await api.schedules.exportOverview({});
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  return wb;
}
const fillOf = (cell: ExcelJS.Cell) =>
  cell.fill?.type === 'pattern' ? (cell.fill.fgColor?.argb ?? null) : null;

describe('挂图作战 xlsx (issue 16)', async () => {
  const red = major('总览红灯商场');
  await api.schedules.create({
    projectId: red.id,
    templateId: BUILDING,
    targetDate: '2027-06-30',
    milestones: [
      m('签订协议', '2026-09-01', '2026-09-05'),
      m('注册公司', '2026-10-15', '2026-10-10'),
      m('装修设计', '2026-11-16'),
      m('入驻开业', '2027-06-30'),
    ],
  });
  const held = major('暂缓的写字楼', 'on_hold');
  const wb = await workbook();
  const ws = wb.getWorksheet('挂图作战')!;
  const headers = (ws.getRow(3).values as (string | number | null | undefined)[]).map((v) =>
    v == null ? '' : String(v),
  );
  const col = (header: string) => headers.indexOf(header);
  const row = ws.getRow(4);

  it('is laid out for an A3 landscape wall: one page wide, title rows repeated, panes frozen', () => {
    expect(ws.pageSetup).toMatchObject({
      paperSize: 8,
      orientation: 'landscape',
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(ws.pageSetup.printTitlesRow).toBe('1:3');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 3 });
    expect(ws.getCell('A1').value).toBe(`重大项目挂图作战（${TODAY}）`);
  });

  it('a row per active project with leader, owner, light and 序时进度', () => {
    expect(row.getCell(col('项目名称')).value).toBe('总览红灯商场');
    expect(row.getCell(col('招商责任人')).value).toBe('郑凯');
    expect(row.getCell(col('红黄绿灯')).value).toBe('▲ 红灯');
    expect(row.getCell(col('序时进度')).value).toBe('66.7%');
    expect(ws.getRow(5).getCell(col('项目名称')).value).toBeNull(); // the held one is not on the chart
  });

  it('milestones as dated columns, coloured by status', () => {
    const cell = (name: string) => row.getCell(col(name));
    expect(cell('签订协议').value).toBe('计 2026-09-01\n实 2026-09-05');
    expect(fillOf(cell('签订协议'))).toBe(STATUS_FILL.done_late);
    expect(fillOf(cell('注册公司'))).toBe(STATUS_FILL.done_on_time);
    expect(cell('装修设计').value).toBe('计 2026-11-16');
    expect(fillOf(cell('装修设计'))).toBe(STATUS_FILL.overdue);
    expect(fillOf(cell('入驻开业'))).toBe(STATUS_FILL.upcoming);
  });

  it('a month Gantt across the plan, shaded where each milestone’s window falls', () => {
    const first = col('2026-09');
    expect(first).toBeGreaterThan(col('入驻开业'));
    expect(headers.slice(first)).toEqual([
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
      '2027-06',
    ]);
    const gantt = (month: string) => row.getCell(col(month));
    expect(gantt('2026-09').value).toBe('签订协议');
    expect(fillOf(gantt('2026-09'))).toBe(STATUS_FILL.done_late);
    // 装修设计 was due 11-16 and is still open: its window runs to today, red.
    expect(gantt('2026-11').value).toBe('装修设计');
    expect(fillOf(gantt('2026-11'))).toBe(STATUS_FILL.overdue);
    expect(gantt('2027-03').value).toBeNull();
    expect(fillOf(gantt('2027-03'))).toBe(STATUS_FILL.upcoming);
    expect(gantt('2027-06').value).toBe('入驻开业');
  });

  it('held and dropped projects on their own sheet with the reason', () => {
    const sheet = wb.getWorksheet('暂缓及终止')!;
    expect(sheet.getRow(3).values).toEqual(
      expect.arrayContaining([
        held.name,
        '暂缓',
        '落地',
        '企业暂缓投资计划',
        businessDate(NOW - 60 * DAY_MS),
      ]),
    );
  });
});
