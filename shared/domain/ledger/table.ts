import { headerScore } from './headers';
import { normalizeText } from './text';

/** A cell as read from a sheet: exceljs gives numbers, strings, booleans, Dates; CSV gives strings. */
export type CellValue = string | number | boolean | Date | null;

/** Text of a cell for header matching and for showing a person what the sheet says. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? '是' : '否';
  return normalizeText(String(value));
}

/** Rows searched for the header: a title, a unit line and a blank row or two may sit above it. */
const HEADER_SEARCH_ROWS = 15;

/**
 * The header row of a sheet: the row near the top whose cells read most like ledger headers (a merged
 * title row above it matches one cell at most). Null when no row names at least two ledger columns.
 */
export function findHeaderRow(grid: readonly (readonly CellValue[])[]): number | null {
  let best: { index: number; score: number } | null = null;
  for (let i = 0; i < Math.min(grid.length, HEADER_SEARCH_ROWS); i++) {
    const score = headerScore((grid[i] ?? []).map(cellText));
    if (score >= 2 && (!best || score > best.score)) best = { index: i, score };
  }
  return best?.index ?? null;
}

export type RowKind = 'data' | 'blank' | 'total' | 'note';

const TOTAL_RE = /^(合计|总计|小计|共计|累计|合\s*计|总\s*计)/;
const NOTE_RE = /^(注|备注|说明|填报说明|填表说明|填表人|审核人|制表人?|填报单位|联系人|联系电话)\s*[:：]/;

/**
 * What a row below the header is: data, blank, a 合计/小计 total line (its name cell or first cells say
 * so) or a note such as "注：…" / "填表人：…" written under the table.
 */
export function classifyRow(cells: readonly CellValue[], nameCol: number | null): RowKind {
  const texts = cells.map(cellText);
  const filled = texts.filter((t) => t !== '');
  if (filled.length === 0) return 'blank';
  const name = nameCol === null ? '' : (texts[nameCol] ?? '');
  const lead = texts.slice(0, 3).find((t) => t !== '') ?? '';
  // 合计 in the name cell, or in a leading cell (序号) with a count such as "251 个项目" in the name cell.
  if (TOTAL_RE.test(name) || TOTAL_RE.test(lead)) return 'total';
  if (name === '' && NOTE_RE.test(filled[0] ?? '')) return 'note';
  return 'data';
}
