import { readCsv } from './read/csv';
import type { SheetGrid } from './read/grid';
import { LIMIT_MESSAGES, LIMITS, LedgerFileError } from './read/limits';
import { readXlsx } from './read/xlsx';

export { LedgerFileError } from './read/limits';
export type { SheetGrid } from './read/grid';

/** Limits from issues 7 and 11: bigger files are refused before anything is parsed. */
export const MAX_UPLOAD_BYTES = LIMITS.uploadBytes;
export const MAX_IMPORT_ROWS = LIMITS.rows;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * The sheets of an uploaded ledger: an .xlsx workbook, or a CSV (UTF-8 or GB18030) as one sheet, read
 * as streams within the limits of read/limits.ts. Encrypted workbooks and the old .xls format are OLE
 * containers, not zip files: they get their own message, as do files that are neither. This runs in
 * the reading worker (read/worker.ts); the server calls it through read/in-worker.ts.
 */
export async function readLedgerFile(bytes: Buffer, fileName: string): Promise<SheetGrid[]> {
  if (bytes.length === 0) throw new LedgerFileError(LIMIT_MESSAGES.empty());
  if (bytes.length > LIMITS.uploadBytes) throw new LedgerFileError(LIMIT_MESSAGES.uploadBytes());
  if (startsWith(bytes, OLE)) throw new LedgerFileError(LIMIT_MESSAGES.encrypted());
  if (startsWith(bytes, ZIP)) return readXlsx(bytes);
  const lower = fileName.toLowerCase();
  // Text without NUL bytes is read as CSV; anything else (PDF, images, Word …) is not a spreadsheet.
  if (bytes.subarray(0, 4096).includes(0) || !(lower.endsWith('.csv') || lower.endsWith('.txt')))
    throw new LedgerFileError(LIMIT_MESSAGES.notSpreadsheet());
  return [readCsv(bytes, fileName)];
}
