/**
 * The ledger import's file and sheet messages, in Chinese (spread into ERROR_MESSAGES_ZH): why an
 * upload is refused (a limit of server/services/ledger/read/limits.ts, given as a parameter) or why a
 * sheet cannot be imported.
 */
export const LEDGER_FILE_MESSAGES_ZH = {
  // The sheet
  ledgerSheetEmpty: '工作表「{{sheet}}」是空的',
  ledgerNoHeader:
    '工作表「{{sheet}}」中没有找到表头（如 项目名称、投资方、总投资）。请确认选择了正确的工作表，或在下方为各列指定对应字段',
  ledgerNoNameColumn: '没有「项目名称」列：请在下方把项目名称所在的列对应到「项目名称」',
  ledgerNoDataRows: '工作表「{{sheet}}」的表头下没有数据行',
  ledgerTooManyRows: '共有 {{rows}} 行数据，超过单次导入上限 {{limit}} 行，请拆分后分批导入',
  // The file
  fileEmpty: '文件是空的',
  fileTooLarge: '文件超过 {{mb}} MB，请拆分后分批导入',
  fileUncompressed:
    '文件解压后超过 {{mb}} MB（或压缩比异常），无法读取。请在 Excel 中删除多余内容后另存为 .xlsx 再上传',
  fileZipEntries: '文件包含的部件超过 {{limit}} 个，不是正常的台账文件',
  fileSheets: '工作簿超过 {{limit}} 个工作表，请只保留台账所在的工作表后再上传',
  fileRows: '工作表「{{sheet}}」超过 {{limit}} 行数据，超过单次导入上限，请拆分后分批导入',
  fileRowPosition:
    '工作表「{{sheet}}」在第 {{limit}} 行之后还有内容，超过单次导入上限，请删除多余的行后再上传',
  fileColumns: '工作表「{{sheet}}」的单元格 {{cell}} 超出了 {{limit}} 列的上限，请删除多余的列后再上传',
  fileCellChars:
    '工作表「{{sheet}}」的单元格 {{cell}} 的内容超过 {{limit}} 个字符（Excel 单元格上限），请删减后再上传',
  fileSheetCellChars:
    '工作表「{{sheet}}」中的一个单元格的内容超过 {{limit}} 个字符（Excel 单元格上限），请删减后再上传',
  filePartChars:
    '文件中的一个单元格（{{part}}）的内容超过 {{limit}} 个字符（Excel 单元格上限），请删减后再上传',
  fileSharedTextChars:
    '共享文本中第 {{item}} 项的内容超过 {{limit}} 个字符（Excel 单元格上限），请删减后再上传',
  fileTextChars: '文件中的文字总量超过 {{wan}} 万字，超过单次导入上限，请拆分后分批导入',
  fileMergedCells: '合并单元格覆盖的范围过大（超过 {{limit}} 个单元格），请取消多余的合并后再上传',
  fileDamaged: '文件已损坏或不是有效的 Excel 文件（.xlsx），请在 Excel 中打开后重新保存再上传',
  fileEncrypted:
    '无法读取：文件设置了打开密码，或是旧版 Excel 97-2003（.xls）格式。请在 Excel 中取消密码并另存为 .xlsx 后再上传',
  fileNotSpreadsheet: '不是 Excel 或 CSV 文件：请上传 .xlsx 或 .csv 格式的台账',
  fileUnreadable: '文件已损坏或格式无法识别，请在 Excel 中打开后另存为 .xlsx 再上传',
  fileTooSlow: '文件读取超时，请拆分后分批导入',
  fileTooBig: '文件内容过多，读取时超出了服务器为单个文件预留的内存，请拆分后分批导入',
  fileReaderBusy: '服务器正在读取其他文件，请稍后再试',
  fileHeldFull: '服务器上暂存的待导入文件已达上限（{{mb}} MB），请稍后再试',
  fileHeldPerPerson: '读取后的台账数据超过每人暂存上限（{{mb}} MB），请拆分后分批导入',
  fileMissing: '请选择要上传的文件',
  fileWrongType: '请上传 .xlsx 或 .csv 文件',
  importExpired: '导入记录已过期',
  importNotChecked: '还没有检查结果',
  exportFilterInvalid: '筛选条件格式有误',
} as const;
