import type { LEDGER_FILE_MESSAGES_ZH } from '../../../../shared/errors/ledger-files';
import type { Widen } from '../../types';

/** The ledger import's file and sheet messages in English (Chinese: shared/errors/ledger-files.ts). */
export const ledgerFileErrorsEn: Widen<typeof LEDGER_FILE_MESSAGES_ZH> = {
  ledgerSheetEmpty: 'The sheet “{{sheet}}” is empty',
  ledgerNoHeader:
    'No header row found in the sheet “{{sheet}}” (such as 项目名称, 投资方, 总投资). Check that this is the right sheet, or map the columns below',
  ledgerNoNameColumn:
    'No project-name column: map the column holding the project names to “Project name” below',
  ledgerNoDataRows: 'The sheet “{{sheet}}” has no data rows under its header',
  ledgerTooManyRows: '{{rows}} data rows: over the limit of {{limit}} rows per import. Split the file',
  fileEmpty: 'The file is empty',
  fileTooLarge: 'The file is over {{mb}} MB: split it and import the parts',
  fileUncompressed:
    'Unpacked, the file is over {{mb}} MB (or compressed abnormally). Remove what is not needed in Excel and save as .xlsx again',
  fileZipEntries: 'The file has over {{limit}} parts: it is not a normal ledger',
  fileSheets: 'The workbook has over {{limit}} sheets: keep only the ledger’s sheet and upload again',
  fileRows: 'The sheet “{{sheet}}” has over {{limit}} data rows, over the import limit: split the file',
  fileRowPosition:
    'The sheet “{{sheet}}” has content after row {{limit}}, over the import limit: delete the extra rows',
  fileColumns:
    'Cell {{cell}} of the sheet “{{sheet}}” is beyond the limit of {{limit}} columns: delete the extra columns',
  fileCellChars:
    'Cell {{cell}} of the sheet “{{sheet}}” holds over {{limit}} characters (Excel’s cell limit): shorten it',
  fileSheetCellChars:
    'A cell of the sheet “{{sheet}}” holds over {{limit}} characters (Excel’s cell limit): shorten it',
  filePartChars:
    'A cell in the file ({{part}}) holds over {{limit}} characters (Excel’s cell limit): shorten it',
  fileSharedTextChars:
    'Shared text item {{item}} holds over {{limit}} characters (Excel’s cell limit): shorten it',
  fileTextChars: 'The file holds over {{wan}} × 10,000 characters of text, over the import limit: split it',
  fileMergedCells: 'Merged cells cover too large a range (over {{limit}} cells): unmerge the extra ones',
  fileDamaged: 'The file is damaged or not a valid Excel file (.xlsx): open it in Excel and save it again',
  fileEncrypted:
    'Cannot read the file: it has an open password, or it is an old Excel 97-2003 (.xls) file. Remove the password and save as .xlsx',
  fileNotSpreadsheet: 'Not an Excel or CSV file: upload the ledger as .xlsx or .csv',
  fileUnreadable: 'The file is damaged or its format is not recognised: open it in Excel and save as .xlsx',
  fileTooSlow: 'Reading the file took too long: split it and import the parts',
  fileTooBig: 'The file holds too much to read within the memory kept for one file: split it',
  fileReaderBusy: 'The server is reading other files: try again shortly',
  fileHeldFull: 'The server holds its maximum of files waiting for import ({{mb}} MB): try again later',
  fileHeldPerPerson: 'Read, the ledger is over the {{mb}} MB held per person: split it and import the parts',
  fileMissing: 'Choose a file to upload',
  fileWrongType: 'Upload an .xlsx or .csv file',
  importExpired: 'This import has expired',
  importNotChecked: 'The file has not been checked yet',
  exportFilterInvalid: 'The filter is malformed',
};
