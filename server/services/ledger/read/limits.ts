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

const n = (x: number) => x.toLocaleString('en-US');

/** A file that cannot be imported; the message is shown to the person as is. */
export class LedgerFileError extends Error {}

export const LIMIT_MESSAGES = {
  empty: () => '文件是空的',
  uploadBytes: () => '文件超过 10 MB，请拆分后分批导入',
  uncompressed: () =>
    `文件解压后超过 ${LIMITS.uncompressedBytes / 1024 / 1024} MB（或压缩比异常），无法读取。请在 Excel 中删除多余内容后另存为 .xlsx 再上传`,
  zipEntries: () => `文件包含的部件超过 ${n(LIMITS.zipEntries)} 个，不是正常的台账文件`,
  sheets: () => `工作簿超过 ${LIMITS.sheets} 个工作表，请只保留台账所在的工作表后再上传`,
  rows: (sheet: string) =>
    `工作表「${sheet}」超过 ${n(LIMITS.rows)} 行数据，超过单次导入上限，请拆分后分批导入`,
  rowPosition: (sheet: string) =>
    `工作表「${sheet}」在第 ${n(LIMITS.rowPosition)} 行之后还有内容，超过单次导入上限，请删除多余的行后再上传`,
  columns: (sheet: string, ref: string) =>
    `工作表「${sheet}」的单元格 ${ref} 超出了 ${LIMITS.columns} 列的上限，请删除多余的列后再上传`,
  cellChars: (where: string) =>
    `${where}的内容超过 ${n(LIMITS.cellChars)} 个字符（Excel 单元格上限），请删减后再上传`,
  textChars: () =>
    `文件中的文字总量超过 ${n(LIMITS.textChars / 10_000)} 万字，超过单次导入上限，请拆分后分批导入`,
  mergedCells: () =>
    `合并单元格覆盖的范围过大（超过 ${n(LIMITS.mergedCells)} 个单元格），请取消多余的合并后再上传`,
  damaged: () => '文件已损坏或不是有效的 Excel 文件（.xlsx），请在 Excel 中打开后重新保存再上传',
  encrypted: () =>
    '无法读取：文件设置了打开密码，或是旧版 Excel 97-2003（.xls）格式。请在 Excel 中取消密码并另存为 .xlsx 后再上传',
  notSpreadsheet: () => '不是 Excel 或 CSV 文件：请上传 .xlsx 或 .csv 格式的台账',
  tooSlow: () => '文件读取超时，请拆分后分批导入',
  tooBig: () => '文件内容过多，读取时超出了服务器为单个文件预留的内存，请拆分后分批导入',
  busy: () => '服务器正在读取其他文件，请稍后再试',
} as const;
