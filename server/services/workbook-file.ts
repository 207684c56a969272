import type ExcelJS from 'exceljs';
import { neutraliseCell } from '../../shared/domain/cell-safety';

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
