import ExcelJS from 'exceljs';
import { receiveUpload } from '../../server/services/ledger/uploads';
import { NOW } from './time';

type Cell = ExcelJS.CellValue;

/**
 * An .xlsx ledger the way offices keep one: a merged title row, headers with line breaks and full-width
 * brackets, the rows given, a blank row, and a 合计 row of SUM formulas (with cached results) at the
 * bottom; optionally a second sheet in front (a cover/notes sheet).
 */
export async function officeLedger(opts: {
  headers: string[];
  rows: Cell[][];
  coverSheet?: boolean;
  sheetName?: string;
  totalColumns?: number[];
}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  if (opts.coverSheet) {
    const cover = wb.addWorksheet('填报说明');
    cover.getCell('A1').value = '填报说明：金额单位为万元，日期写成 2024-03-05';
  }
  const ws = wb.addWorksheet(opts.sheetName ?? '2026年项目台账');
  const n = opts.headers.length;
  ws.getCell(1, 1).value = '南关区2026年招商引资项目台账';
  ws.mergeCells(1, 1, 1, n);
  ws.getRow(2).values = opts.headers;
  opts.rows.forEach((r, i) => {
    ws.getRow(3 + i).values = r;
  });
  const last = 2 + opts.rows.length;
  const totalRow = ws.getRow(last + 2); // one blank row above the total
  totalRow.getCell(1).value = '合计';
  for (const c of opts.totalColumns ?? []) {
    const letter = ws.getColumn(c).letter;
    const sum = opts.rows.reduce((s, r) => s + (typeof r[c - 1] === 'number' ? (r[c - 1] as number) : 0), 0);
    totalRow.getCell(c).value = { formula: `SUM(${letter}3:${letter}${last})`, result: sum };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** What the upload route does: read the file (in the worker) and keep it for the preview and commit steps. */
export async function uploadLedger(
  userId: number,
  bytes: Buffer,
  fileName = '台账.xlsx',
  now = NOW,
): Promise<string> {
  return (await receiveUpload(userId, fileName, bytes, now)).token;
}
