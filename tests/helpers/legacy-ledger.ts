import type ExcelJS from 'exceljs';
import { officeLedger } from './ledger-sheet';

/**
 * A ledger as an office kept it before the app (issue 15): a merged title row, 序号, no 招商方式
 * column, 招商责任人 and 责任单位 columns left empty, 落地 and later rows without 注册主体, 信用代码 or
 * 落位地点, a 引进 row without its signing date, and a 合计 row at the bottom.
 */
export const LEGACY_HEADERS = [
  '序号',
  '项目名称',
  '投资方',
  '所属行业',
  '计划总投资（万元）',
  '协议投资额',
  '项目阶段',
  '签约日期',
  '落地日期',
  '开工日期',
  '招商责任人',
  '责任单位',
];

type Cell = ExcelJS.CellValue;

/** Seven good rows (names below), then optionally one with an impossible landing date. */
export function legacyRows(withBadDate: boolean): Cell[][] {
  const rows: Cell[][] = [
    [1, '华为吉林总部', '华为技术有限公司', '数字', 30000, null, '洽谈', null, null, null, null, null],
    [2, '万象城二期', '华润置地', '商贸', 12000, 12000, '已签约', '2026-03-05', null, null, '', ''],
    [3, '金融科技中心', '长春金控', '金融', 8000, 8000, '落地', '2026-01-10', '2026-04-01', null, null, null],
    [
      4,
      '跨境电商产业园',
      '吉林跨境',
      '商贸',
      3000,
      2500,
      '已落地',
      '2025-11-02',
      '2026-02-15',
      null,
      null,
      null,
    ],
    [
      5,
      '智慧物流基地',
      '京东物流',
      '数字',
      20000,
      18000,
      '开工',
      '2025-06-01',
      '2025-09-01',
      '2026-03-01',
      null,
      null,
    ],
    [6, '国际学校', '长春教育集团', '教育健康', 500, null, '洽谈', null, null, null, null, null],
    [7, '医疗器械研发中心', '迈瑞医疗', '科创', 1500, 1500, '已签约', null, null, null, null, null],
  ];
  if (withBadDate)
    rows.push([
      8,
      '坏日期项目',
      '某公司',
      '数字',
      100,
      100,
      '落地',
      '2026-01-01',
      '2026-13-45',
      null,
      null,
      null,
    ]);
  return rows;
}

export function legacyLedger(withBadDate: boolean): Promise<Buffer> {
  return officeLedger({ headers: LEGACY_HEADERS, rows: legacyRows(withBadDate), totalColumns: [5, 6] });
}
