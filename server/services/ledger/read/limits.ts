import { type AppMessage, appMessage } from '../../../../shared/errors/catalog';
import { formatMessageZh } from '../../../../shared/errors/format';

/**
 * What an uploaded ledger may hold (issue 11). Each limit is checked while the file is read, before
 * anything beyond it is kept, and a file over one is refused with a message naming it.
 */
export const LIMITS = {
  uploadBytes: 10 * 1024 * 1024,
  /** Inflated bytes of the parts read (sheets, shared strings, styles): stops zip bombs. */
  uncompressedBytes: 100 * 1024 * 1024,
  /** Compression ratio of one part above 1 MB: real sheets stay far below it. */
  ratio: 200,
  zipEntries: 5_000,
  sheets: 20,
  /** Data rows of one import (validate.ts refuses more); a little room for titles, headers, totals. */
  rows: 20_000,
  rowSlack: 200,
  /** The last row a value may sit in (blank lines between blocks are allowed). */
  rowPosition: 100_000,
  columns: 200,
  cellChars: 32_767,
  /** Characters of text kept over the whole file (about 40 MB): stops a text bomb under the other limits. */
  textChars: 20_000_000,
  mergedCells: 1_000_000,
} as const;
const MB = 1024 * 1024;

const n = (x: number) => x.toLocaleString('en-US');

/**
 * A file that cannot be imported: `app` is the message for the person (a code of
 * shared/errors/ledger-files.ts), `message` its Chinese text.
 */
export class LedgerFileError extends Error {
  constructor(readonly app: AppMessage) {
    super(formatMessageZh(app));
  }
}

/** The message of each limit, with the limit as its parameter. */
export const LIMIT_MESSAGES = {
  empty: () => appMessage('fileEmpty'),
  uploadBytes: () => appMessage('fileTooLarge', { mb: LIMITS.uploadBytes / MB }),
  uncompressed: () => appMessage('fileUncompressed', { mb: LIMITS.uncompressedBytes / MB }),
  zipEntries: () => appMessage('fileZipEntries', { limit: n(LIMITS.zipEntries) }),
  sheets: () => appMessage('fileSheets', { limit: LIMITS.sheets }),
  rows: (sheet: string) => appMessage('fileRows', { sheet, limit: n(LIMITS.rows) }),
  rowPosition: (sheet: string) => appMessage('fileRowPosition', { sheet, limit: n(LIMITS.rowPosition) }),
  columns: (sheet: string, cell: string) => appMessage('fileColumns', { sheet, cell, limit: LIMITS.columns }),
  cellChars: (sheet: string, cell: string) =>
    appMessage('fileCellChars', { sheet, cell, limit: n(LIMITS.cellChars) }),
  sheetCellChars: (sheet: string) => appMessage('fileSheetCellChars', { sheet, limit: n(LIMITS.cellChars) }),
  partChars: (part: string) => appMessage('filePartChars', { part, limit: n(LIMITS.cellChars) }),
  sharedTextChars: (item: number) => appMessage('fileSharedTextChars', { item, limit: n(LIMITS.cellChars) }),
  textChars: () => appMessage('fileTextChars', { wan: n(LIMITS.textChars / 10_000) }),
  mergedCells: () => appMessage('fileMergedCells', { limit: n(LIMITS.mergedCells) }),
  damaged: () => appMessage('fileDamaged'),
  encrypted: () => appMessage('fileEncrypted'),
  notSpreadsheet: () => appMessage('fileNotSpreadsheet'),
  tooSlow: () => appMessage('fileTooSlow'),
  tooBig: () => appMessage('fileTooBig'),
  busy: () => appMessage('fileReaderBusy'),
} as const;
