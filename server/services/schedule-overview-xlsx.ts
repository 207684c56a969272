import type ExcelJS from 'exceljs';
import type { Db } from '../../db/client';
import {
  ganttCell,
  ganttColumns,
  milestoneNameColumns,
  milestoneWindows,
  type MilestoneStatus,
} from '../../shared/domain/schedule';
import type { OverviewFilter } from '../../shared/schemas/schedules';
import { domainZh, lightZh, milestoneStatusZh } from '../../shared/labels/domain';
import { scheduleOverview, type Overview } from './schedule-overview';
import { newWorkbook, workbookBytes } from './workbook-file';

const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const LIGHT_FILL = { red: 'FFFECACA', yellow: 'FFFEF08A', green: 'FFBBF7D0' } as const;
/** The Gantt's and the milestone columns' colours, one per status (as on the page). */
export const STATUS_FILL: Record<MilestoneStatus, string> = {
  done_on_time: 'FFA7F3D0',
  done_late: 'FFFDE68A',
  due_soon: 'FFFCD34D',
  overdue: 'FFFCA5A5',
  upcoming: 'FFBAE6FD',
};
/** The light told by shape as well as colour, for a grey printer. */
const LIGHT_SHAPE = { red: '▲', yellow: '◆', green: '●' } as const;
/** OOXML paper size 8 is A3; exceljs's typings list only some of the sizes the format has. */
const A3 = 8 as ExcelJS.PaperSize;
const TITLE_ROWS = 3;
const FROZEN_COLUMNS = 2;

const FIXED = [
  { header: '序号', width: 5 },
  { header: '项目名称', width: 30 },
  { header: '阶段', width: 6 },
  { header: '总投资（万元）', width: 11 },
  { header: '包保领导', width: 12 },
  { header: '招商责任人', width: 10 },
  { header: '红黄绿灯', width: 9 },
  { header: '序时进度', width: 9 },
  { header: '逾期节点', width: 8 },
  { header: '未办结督办单', width: 8 },
  { header: '目标日期', width: 11 },
] as const;

type Row = Overview['rows'][number];
const dates = (m: { plannedDate: string; actualDate: string | null }) =>
  `计 ${m.plannedDate}${m.actualDate ? `\n实 ${m.actualDate}` : ''}`;

/** The span the Gantt covers: every planned and actual date, the targets and today. */
function span(rows: readonly Row[], today: string): [string, string] {
  let first = today;
  let last = today;
  for (const r of rows) {
    for (const d of [r.targetDate, ...r.milestones.flatMap((m) => [m.plannedDate, m.actualDate])]) {
      if (!d) continue;
      if (d < first) first = d;
      if (d > last) last = d;
    }
  }
  return [first, last];
}

/**
 * 挂图作战 on one A3 landscape sheet: a row per active major project with its milestones as dated
 * columns (计划 / 实际, coloured by status) and a Gantt of weeks or months shaded where each
 * milestone's window falls; title rows frozen and repeated on every printed page. Held and dropped
 * projects are on a second sheet with their reason.
 */
function chartSheet(wb: ExcelJS.Workbook, { today, rows }: Overview) {
  const names = milestoneNameColumns(rows.map((r) => r.milestones));
  const msCount = names ? names.length : Math.max(0, ...rows.map((r) => r.milestones.length));
  const msHeaders = names ?? Array.from({ length: msCount }, (_, i) => `节点${i + 1}`);
  const [first, last] = span(rows, today);
  const gantt = ganttColumns(first, last);
  const ganttStart = FIXED.length + msCount + 1;
  const width = ganttStart - 1 + gantt.columns.length;
  const ws = wb.addWorksheet('挂图作战', {
    pageSetup: {
      paperSize: A3,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.3, right: 0.3, top: 0.4, bottom: 0.4, header: 0.2, footer: 0.2 },
      printTitlesRow: `1:${TITLE_ROWS}`,
    },
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
    views: [{ state: 'frozen', xSplit: FROZEN_COLUMNS, ySplit: TITLE_ROWS }],
  });
  FIXED.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  for (let i = 0; i < msCount; i++) ws.getColumn(FIXED.length + 1 + i).width = 12;
  gantt.columns.forEach((_, i) => (ws.getColumn(ganttStart + i).width = gantt.unit === 'week' ? 5 : 6));

  const title = ws.getCell(1, 1);
  title.value = `重大项目挂图作战（${today}）`;
  title.font = { bold: true, size: 16 };
  ws.mergeCells(1, 1, 1, Math.max(1, width));
  const group = ws.getRow(2);
  group.getCell(1).value =
    `共 ${rows.length} 个在推进的重大项目；灯色 ▲红 ◆黄 ●绿；节点列为计划（计）/ 实际（实）日期`;
  ws.mergeCells(2, 1, 2, FIXED.length);
  if (msCount) {
    group.getCell(FIXED.length + 1).value = '工期节点（计划 / 实际）';
    ws.mergeCells(2, FIXED.length + 1, 2, FIXED.length + msCount);
  }
  group.getCell(ganttStart).value = `工期甘特图（按${gantt.unit === 'week' ? '周' : '月'}）`;
  ws.mergeCells(2, ganttStart, 2, width);
  const head = ws.getRow(TITLE_ROWS);
  [...FIXED.map((c) => c.header), ...msHeaders].forEach((h, i) => (head.getCell(i + 1).value = h));
  gantt.columns.forEach((c, i) => {
    const cell = head.getCell(ganttStart + i);
    cell.value = gantt.unit === 'week' ? c.start.slice(5) : c.start.slice(0, 7);
    if (c.start <= today && today <= c.end) cell.font = { bold: true, color: { argb: 'FFDC2626' } };
  });
  for (const r of [group, head]) {
    r.font = { ...r.font, bold: true };
    r.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    r.eachCell((c) => (c.fill = solid('FFEFEFEF')));
  }
  head.height = 30;

  rows.forEach((r, i) => {
    const row = ws.getRow(TITLE_ROWS + 1 + i);
    row.values = [
      i + 1,
      r.name,
      domainZh.stage[r.stage],
      r.amount,
      r.leaders.join('、'),
      r.ownerName,
      r.light ? `${LIGHT_SHAPE[r.light]} ${lightZh[r.light]}` : lightZh.none,
      r.proRata ? `${r.proRata.percent}%` : '',
      r.overdue,
      r.openChaseUps,
      r.targetDate ?? '',
    ];
    if (r.light) row.getCell(7).fill = solid(LIGHT_FILL[r.light]);
    if (r.proRata && r.proRata.light !== 'green') row.getCell(8).fill = solid(LIGHT_FILL[r.proRata.light]);
    r.milestones.forEach((m, k) => {
      const at = names ? names.indexOf(m.name) : k;
      const cell = row.getCell(FIXED.length + 1 + at);
      cell.value = names ? dates(m) : `${m.name}\n${dates(m)}`;
      cell.fill = solid(STATUS_FILL[m.status]);
      cell.note = milestoneStatusZh[m.status];
    });
    const windows = milestoneWindows(r.milestones, today);
    gantt.columns.forEach((c, k) => {
      const shade = ganttCell(windows, c);
      if (!shade) return;
      const cell = row.getCell(ganttStart + k);
      cell.fill = solid(STATUS_FILL[shade.status]);
      if (shade.names.length) cell.value = shade.names.join('、');
    });
    row.alignment = { vertical: 'middle', wrapText: true };
    row.getCell(4).numFmt = '#,##0';
  });

  const legend = ws.getRow(TITLE_ROWS + rows.length + 2);
  legend.getCell(2).value = '图例';
  (Object.keys(STATUS_FILL) as MilestoneStatus[]).forEach((s, i) => {
    const cell = legend.getCell(3 + i);
    cell.value = milestoneStatusZh[s];
    cell.fill = solid(STATUS_FILL[s]);
  });
}

function heldSheet(wb: ExcelJS.Workbook, { today, held }: Overview) {
  const ws = wb.addWorksheet('暂缓及终止', {
    pageSetup: { paperSize: A3, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.addRow([`暂缓及终止的重大项目（${today}）`]).font = { bold: true, size: 14 };
  ws.addRow([
    '序号',
    '项目名称',
    '状态',
    '原阶段',
    '总投资（万元）',
    '包保领导',
    '招商责任人',
    '自',
    '原因',
  ]).font = { bold: true };
  held.forEach((h, i) =>
    ws.addRow([
      i + 1,
      h.name,
      domainZh.stage[h.status],
      domainZh.stage[h.stage],
      h.amount,
      h.leaders.join('、'),
      h.ownerName,
      h.since ?? '',
      h.status === 'on_hold'
        ? (h.holdReason ?? '')
        : [h.dropCategory ? domainZh.dropCategory[h.dropCategory] : null, h.dropNote]
            .filter(Boolean)
            .join('：'),
    ]),
  );
  [5, 30, 6, 6, 12, 12, 10, 11, 50].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'frozen', ySplit: 2 }];
}

/** The overview as an .xlsx workbook (base64), in the order shown on the page. */
export async function overviewWorkbook(
  db: Db,
  filter: OverviewFilter,
  now: number,
): Promise<{ filename: string; base64: string }> {
  const overview = scheduleOverview(db, filter, now);
  const wb = await newWorkbook();
  wb.created = new Date(now);
  chartSheet(wb, overview);
  heldSheet(wb, overview);
  const buffer = await workbookBytes(wb);
  return { filename: `挂图作战-${overview.today}.xlsx`, base64: buffer.toString('base64') };
}
