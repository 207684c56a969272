import { restoreNeutralised } from '../../../../shared/domain/cell-safety';
import { decodeCsvBytes, parseCsv } from '../../../../shared/domain/ledger/csv';
import { GridBuilder, type SheetGrid, TextBudget } from './grid';

/** A CSV (UTF-8 or GB18030) as one sheet, placed cell by cell within the same limits as a workbook. */
export function readCsv(bytes: Buffer, fileName: string): SheetGrid {
  const grid = new GridBuilder(fileName.replace(/\.(csv|txt)$/i, '') || 'CSV', new TextBudget());
  parseCsv(decodeCsvBytes(bytes), (cells, row) => {
    cells.forEach((cell, col) => grid.set(row, col, restoreNeutralised(cell)));
  });
  return grid.finish();
}
