import ExcelJS from 'exceljs';
import { restoreNeutralised } from '../../../shared/domain/cell-safety';
import { decodeCsvBytes, parseCsv } from '../../../shared/domain/ledger/csv';
import type { CellValue } from '../../../shared/domain/ledger/table';

/** Limits from issue 7: bigger files are refused before anything is parsed. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 20_000;

/** A file that cannot be imported; the message is shown to the person as is. */
export class LedgerFileError extends Error {}

export interface SheetGrid {
  name: string;
  /** Rows of cell values from row 1, columns from A; merged cells repeat their master's value. */
  grid: CellValue[][];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** An exceljs cell value as a plain value: formulas give their cached result, rich text its text. */
function plain(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return restoreNeutralised(value);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if ('result' in value || 'formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) return null;
    if (typeof result === 'object' && 'error' in result) return String((result as { error: string }).error);
    return plain(result as ExcelJS.CellValue);
  }
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value) return typeof value.text === 'string' ? value.text : plain(value.text);
  if ('error' in value) return String(value.error);
  return null;
}

async function readXlsx(bytes: Buffer): Promise<SheetGrid[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new LedgerFileError(
      '文件已损坏或不是有效的 Excel 文件（.xlsx），请在 Excel 中打开后重新保存再上传',
    );
  }
  const sheets: SheetGrid[] = [];
  wb.eachSheet((ws) => {
    const grid: CellValue[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: CellValue[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cells[col - 1] = plain(cell.value);
      });
      grid[rowNumber - 1] = Array.from(cells, (c) => c ?? null);
    });
    sheets.push({ name: ws.name, grid: Array.from(grid, (r) => r ?? []) });
  });
  return sheets;
}

/**
 * The sheets of an uploaded ledger: an .xlsx workbook, or a CSV (UTF-8 or GB18030) as one sheet.
 * Encrypted workbooks and the old .xls format are OLE containers, not zip files: they get their own
 * message, as do files that are neither.
 */
export async function readLedgerFile(bytes: Buffer, fileName: string): Promise<SheetGrid[]> {
  if (bytes.length === 0) throw new LedgerFileError('文件是空的');
  if (bytes.length > MAX_UPLOAD_BYTES) throw new LedgerFileError('文件超过 10 MB，请拆分后分批导入');
  if (startsWith(bytes, OLE)) {
    throw new LedgerFileError(
      '无法读取：文件设置了打开密码，或是旧版 Excel 97-2003（.xls）格式。请在 Excel 中取消密码并另存为 .xlsx 后再上传',
    );
  }
  if (startsWith(bytes, ZIP)) return readXlsx(bytes);
  const lower = fileName.toLowerCase();
  // Text without NUL bytes is read as CSV; anything else (PDF, images, Word …) is not a spreadsheet.
  if (bytes.subarray(0, 4096).includes(0) || !(lower.endsWith('.csv') || lower.endsWith('.txt'))) {
    throw new LedgerFileError('不是 Excel 或 CSV 文件：请上传 .xlsx 或 .csv 格式的台账');
  }
  const rows = parseCsv(decodeCsvBytes(bytes)).map((r) => r.map(restoreNeutralised));
  return [{ name: fileName.replace(/\.(csv|txt)$/i, '') || 'CSV', grid: rows }];
}
