import type ExcelJS from 'exceljs';
import { neutraliseCell } from '../../shared/domain/cell-safety';

/**
 * A new workbook. ExcelJS loads on the first export, not at start-up: compiling it is a good part of
 * the server's start (decision 130).
 */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: excel } = await import('exceljs');
  return new excel.Workbook();
}

/**
 * The bytes of a workbook the app hands out. Every export writes through here, so no text cell can
 * carry a live formula whatever people typed (numbers and the app's own formula cells are left alone).
 */
export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (typeof cell.value === 'string') cell.value = neutraliseCell(cell.value);
      });
    });
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A business date ('YYYY-MM-DD') as a cell value: exceljs writes a Date as its UTC calendar day. */
export function dateValue(d: unknown): Date | null {
  if (typeof d !== 'string') return null;
  const [y, m, day] = d.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, day ?? 1));
}
