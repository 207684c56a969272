import { restoreNeutralised } from '../../../../shared/domain/cell-safety';
import type { CellValue } from '../../../../shared/domain/ledger/table';
import { GridBuilder, parseRef, type SheetGrid, TextBudget } from './grid';
import { LIMIT_MESSAGES, LIMITS, LedgerFileError } from './limits';
import { readXmlPart } from './xml';
import { ZipParts } from './zip-parts';

/** Excel's built-in number formats that are dates (including the zh-CN ones, 27–36 and 50–58). */
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** A custom format code is a date when, outside quotes, brackets and escapes, it has y m d h or s. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  return /[ymdhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

const resolve = (target: string) =>
  target.startsWith('/') ? target.slice(1) : `xl/${target}`.replace(/[^/]+\/\.\.\//g, '');

interface Workbook {
  sheets: { name: string; path: string }[];
  date1904: boolean;
  sharedStringsPath: string;
  stylesPath: string;
}

async function readWorkbook(parts: ZipParts): Promise<Workbook> {
  const sheets: { name: string; rid: string }[] = [];
  let date1904 = false;
  const found = await readXmlPart(parts, 'xl/workbook.xml', {
    open(name, a) {
      if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      if (name === 'sheet') {
        if (sheets.length >= LIMITS.sheets) throw new LedgerFileError(LIMIT_MESSAGES.sheets());
        sheets.push({ name: a.name ?? `Sheet${sheets.length + 1}`, rid: a['r:id'] ?? '' });
      }
    },
  });
  if (!found) throw new LedgerFileError(LIMIT_MESSAGES.damaged());
  const targets = new Map<string, { type: string; target: string }>();
  await readXmlPart(parts, 'xl/_rels/workbook.xml.rels', {
    open(name, a) {
      if (name === 'Relationship' && a.Id && a.Target)
        targets.set(a.Id, { type: a.Type ?? '', target: a.Target });
    },
  });
  const ofType = (suffix: string, fallback: string) => {
    for (const t of targets.values()) if (t.type.endsWith(suffix)) return resolve(t.target);
    return fallback;
  };
  return {
    date1904,
    sharedStringsPath: ofType('/sharedStrings', 'xl/sharedStrings.xml'),
    stylesPath: ofType('/styles', 'xl/styles.xml'),
    sheets: sheets.flatMap((s, i) => {
      const t = targets.get(s.rid);
      // Chart sheets and dialog sheets hold no cells.
      if (t && !t.type.endsWith('/worksheet')) return [];
      const path = t ? resolve(t.target) : `xl/worksheets/sheet${i + 1}.xml`;
      return parts.has(path) ? [{ name: s.name, path }] : [];
    }),
  };
}

/** Shared strings: rich-text runs joined, phonetic guides (rPh) left out. */
async function readSharedStrings(parts: ZipParts, path: string, budget: TextBudget): Promise<string[]> {
  const strings: string[] = [];
  let inSi = false;
  let inT = false;
  let inPhonetic = false;
  let current = '';
  await readXmlPart(parts, path, {
    open(name) {
      if (name === 'si') {
        inSi = true;
        current = '';
      } else if (name === 'rPh') inPhonetic = true;
      else if (name === 't') inT = inSi && !inPhonetic;
    },
    close(name) {
      if (name === 't') inT = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si') {
        inSi = false;
        budget.spend(current.length);
        strings.push(current);
      }
    },
    text(text) {
      if (!inT) return;
      current += text;
      if (current.length > LIMITS.cellChars)
        throw new LedgerFileError(LIMIT_MESSAGES.sharedTextChars(strings.length + 1));
    },
  });
  return strings;
}

/** Which cell styles (by index) show a number as a date. */
async function readDateStyles(parts: ZipParts, path: string): Promise<boolean[]> {
  const custom = new Map<number, string>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  await readXmlPart(parts, path, {
    open(name, a) {
      if (name === 'numFmt') custom.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs && styles.length < 65_536) {
        const id = Number(a.numFmtId ?? 0);
        const code = custom.get(id);
        styles.push(code !== undefined ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return styles;
}

/** An Excel serial day number as the instant exceljs gives (UTC midnight for a whole day). */
function serialDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - (date1904 ? 24107 : 25569)) * 86_400_000));
}

async function readSheet(
  parts: ZipParts,
  sheet: { name: string; path: string },
  ctx: { strings: string[]; dateStyles: boolean[]; date1904: boolean; budget: TextBudget },
): Promise<SheetGrid> {
  const grid = new GridBuilder(sheet.name, ctx.budget);
  let row = -1;
  let col = -1;
  let type = '';
  let style = 0;
  let text = '';
  let capturing = false;
  let inCell = false;
  let inPhonetic = false;
  await readXmlPart(parts, sheet.path, {
    open(name, a) {
      if (name === 'row') {
        row = a.r ? Number(a.r) - 1 : row + 1;
        col = -1;
      } else if (name === 'c') {
        const ref = a.r ? parseRef(a.r) : null;
        // A reference past column XFD or a malformed one still counts as "too wide", never allocates.
        col = ref ? ref.col : a.r ? LIMITS.columns + 16_384 : col + 1;
        if (ref) row = ref.row;
        type = a.t ?? 'n';
        style = Number(a.s ?? 0);
        text = '';
        inCell = true;
      } else if (name === 'rPh') inPhonetic = true;
      else if (inCell && (name === 'v' || (name === 't' && !inPhonetic))) capturing = true;
      else if (name === 'mergeCell' && a.ref) grid.merge(a.ref);
    },
    close(name) {
      if (name === 'v' || name === 't') capturing = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'c') {
        inCell = false;
        if (row < 0 || !Number.isInteger(row)) throw new LedgerFileError(LIMIT_MESSAGES.damaged());
        grid.set(row, col, cellValue(type, text, style, ctx));
      }
    },
    text(t) {
      if (!capturing) return;
      text += t;
      if (text.length > LIMITS.cellChars * 2)
        throw new LedgerFileError(LIMIT_MESSAGES.sheetCellChars(sheet.name));
    },
  });
  return grid.finish();
}

function cellValue(
  type: string,
  text: string,
  style: number,
  ctx: { strings: string[]; dateStyles: boolean[]; date1904: boolean },
): CellValue {
  if (text === '') return null;
  switch (type) {
    case 's':
      return restoreNeutralised(ctx.strings[Number(text)] ?? '');
    case 'str':
    case 'inlineStr':
    case 'e':
      return restoreNeutralised(text);
    case 'b':
      return text === '1' || text === 'true';
    case 'd': {
      const d = new Date(text);
      return Number.isNaN(d.getTime()) ? text : d;
    }
    default: {
      const n = Number(text);
      if (!Number.isFinite(n)) return text;
      return ctx.dateStyles[style] ? serialDate(n, ctx.date1904) : n;
    }
  }
}

/** Every worksheet of an .xlsx, read as a stream within the limits. */
export async function readXlsx(bytes: Buffer): Promise<SheetGrid[]> {
  const parts = await ZipParts.open(bytes);
  try {
    const wb = await readWorkbook(parts);
    // The shared strings and the cells have a budget each: a string used by many cells is kept once.
    const budget = new TextBudget();
    const ctx = {
      strings: await readSharedStrings(parts, wb.sharedStringsPath, new TextBudget()),
      dateStyles: await readDateStyles(parts, wb.stylesPath),
      date1904: wb.date1904,
      budget,
    };
    const sheets: SheetGrid[] = [];
    for (const sheet of wb.sheets) sheets.push(await readSheet(parts, sheet, ctx));
    return sheets;
  } finally {
    parts.close();
  }
}
