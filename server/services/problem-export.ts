import type ExcelJS from 'exceljs';
import type { ProblemTally, TallyFigures, TallyLine } from '../../shared/domain/problem-tally';
import type { ProblemStatus } from '../../shared/domain/problems';
import { domainZh } from '../../shared/labels/domain';
import { problemStatusZh, problemTallyZh as L } from '../../shared/labels/problems';
import { chineseDate } from '../../shared/domain/dates';
import { dateValue, newWorkbook, workbookBytes } from './workbook-file';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2E8F0' } };
const PAGE: Partial<ExcelJS.PageSetup> = {
  orientation: 'landscape',
  paperSize: 9,
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
};

function titleAndHeader(ws: ExcelJS.Worksheet, title: string, headers: readonly string[]): void {
  const t = ws.getRow(1);
  t.getCell(1).value = title;
  ws.mergeCells(1, 1, 1, headers.length);
  t.font = { bold: true, size: 14 };
  t.alignment = { horizontal: 'center', vertical: 'middle' };
  t.height = 28;
  const h = ws.getRow(2);
  headers.forEach((text, i) => {
    const cell = h.getCell(i + 1);
    cell.value = text;
    cell.fill = HEADER_FILL;
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF94A3B8' } } };
  });
  h.font = { bold: true };
  h.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  h.height = 30;
}

/** One problem of the list as the sheet shows it. */
export interface ProblemSheetRow {
  title: string;
  projectName: string;
  unitName: string | null;
  ownerName: string | null;
  leaderName: string | null;
  raisedDate: string;
  dueDate: string | null;
  status: ProblemStatus;
  overdue: boolean;
  resolution: string | null;
  detail: string | null;
}

const LIST_COLUMNS: { header: string; width: number; value: (r: ProblemSheetRow) => unknown }[] = [
  { header: '问题', width: 30, value: (r) => r.title },
  { header: '项目', width: 28, value: (r) => r.projectName },
  { header: '责任单位', width: 16, value: (r) => r.unitName },
  { header: '责任人', width: 10, value: (r) => r.ownerName },
  { header: '包保领导', width: 10, value: (r) => r.leaderName },
  { header: '提出日期', width: 12, value: (r) => dateValue(r.raisedDate) },
  { header: '办结期限', width: 12, value: (r) => dateValue(r.dueDate) },
  { header: '状态', width: 9, value: (r) => problemStatusZh[r.status] },
  { header: '是否逾期', width: 9, value: (r) => (r.overdue ? '是' : '否') },
  { header: '办理结果', width: 36, value: (r) => r.resolution },
  { header: '问题描述', width: 40, value: (r) => r.detail },
];

/** 问题清单 as offices file it: title with the date, frozen bold header with a filter, one row a problem. */
export async function problemListXlsx(
  rows: readonly ProblemSheetRow[],
  opts: { today: string; filtered: boolean },
): Promise<Buffer> {
  const wb = await newWorkbook();
  wb.creator = '招商项目全周期管理';
  const ws = wb.addWorksheet('问题清单', { views: [{ state: 'frozen', ySplit: 2 }], pageSetup: PAGE });
  ws.columns = LIST_COLUMNS.map((c) => ({ width: c.width }));
  titleAndHeader(
    ws,
    `问题清单（企业诉求）${opts.filtered ? '（当前筛选）' : ''}  导出日期：${chineseDate(opts.today)}  共 ${rows.length} 件`,
    LIST_COLUMNS.map((c) => c.header),
  );
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: LIST_COLUMNS.length } };
  rows.forEach((r, i) => {
    const row = ws.getRow(3 + i);
    LIST_COLUMNS.forEach((c, j) => (row.getCell(j + 1).value = c.value(r) as ExcelJS.CellValue));
    if (r.overdue) row.font = { color: { argb: 'FFB91C1C' } };
  });
  for (const j of [6, 7]) ws.getColumn(j).numFmt = 'yyyy-mm-dd';
  for (const j of [10, 11]) ws.getColumn(j).alignment = { wrapText: true, vertical: 'top' };
  return workbookBytes(wb);
}

const FIGURE_HEADERS = [
  L.col.raised,
  L.col.solved,
  L.col.closed,
  L.col.overdue,
  L.col.rate,
  L.col.medianDays,
] as const;

function figureCells(f: TallyFigures): ExcelJS.CellValue[] {
  // 办结率 as a fraction under a percent format, so Excel computes with it and shows 66.7%.
  return [f.raised, f.solved, f.closed, f.overdue, f.rate === null ? null : f.rate / 100, f.medianDays];
}

const monthName = (key: string) => `${key.slice(0, 4)}年${Number(key.slice(5, 7))}月`;

/** The sheets of the tally: one per dimension, in the order and names of the page. */
export const TALLY_SHEETS = [
  {
    name: L.by.unit,
    head: L.col.unit,
    lines: (t: ProblemTally) => t.byUnit,
    label: (l: TallyLine) => l.name ?? L.noUnit,
  },
  {
    name: L.by.leader,
    head: L.col.leader,
    lines: (t: ProblemTally) => t.byLeader,
    label: (l: TallyLine) => l.name ?? L.noLeader,
  },
  {
    name: L.by.month,
    head: L.col.month,
    lines: (t: ProblemTally) => t.byMonth,
    label: (l: TallyLine) => monthName(l.key),
  },
  {
    name: L.by.category,
    head: L.col.category,
    lines: (t: ProblemTally) => t.byCategory,
    label: (l: TallyLine) => domainZh.industry[l.key as keyof typeof domainZh.industry] ?? l.key,
  },
] as const;

/** 问题办结统计: a sheet per dimension with a 合计 row, 办结率 as 0.0%, titled with the period. */
export async function problemTallyXlsx(tally: ProblemTally): Promise<Buffer> {
  const wb = await newWorkbook();
  wb.creator = '招商项目全周期管理';
  const title = `${L.title}（${chineseDate(tally.from)}至${chineseDate(tally.to)}，截至${chineseDate(tally.today)}）`;
  for (const sheet of TALLY_SHEETS) {
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 2 }], pageSetup: PAGE });
    ws.columns = [{ width: 22 }, ...FIGURE_HEADERS.map((h) => ({ width: Math.max(10, h.length * 2 + 2) }))];
    titleAndHeader(ws, title, [sheet.head, ...FIGURE_HEADERS]);
    const lines = sheet.lines(tally);
    lines.forEach((l, i) => {
      ws.getRow(3 + i).values = [sheet.label(l), ...figureCells(l)];
    });
    const total = ws.getRow(3 + lines.length);
    total.values = [L.total, ...figureCells(tally.total)];
    total.font = { bold: true };
    total.border = { top: { style: 'thin', color: { argb: 'FF94A3B8' } } };
    ws.getColumn(6).numFmt = '0.0%';
    ws.getColumn(7).numFmt = '0.#';
  }
  return workbookBytes(wb);
}
