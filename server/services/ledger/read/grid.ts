import type { CellValue } from '../../../../shared/domain/ledger/table';
import { LIMIT_MESSAGES, LIMITS, LedgerFileError } from './limits';

export interface SheetGrid {
  name: string;
  /** Rows of cell values from row 1, columns from A; merged cells repeat their master's value. */
  grid: CellValue[][];
}

/** Told the rows with values read so far in a sheet (every 500): the import page's progress (issue 15). */
let rowsRead: ((rows: number) => void) | null = null;
export function onRowsRead(report: ((rows: number) => void) | null): void {
  rowsRead = report;
}

/** Characters of text kept so far over the whole file (shared by every sheet of one upload). */
export class TextBudget {
  private used = 0;
  spend(chars: number): void {
    this.used += chars + 1;
    if (this.used > LIMITS.textChars) throw new LedgerFileError(LIMIT_MESSAGES.textChars());
  }
}

/** A cell reference such as "XFD3": 0-based row and column, or null when it is not one. */
export function parseRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export function columnName(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * One sheet's grid, built cell by cell as the file is read. A value past a limit stops the read
 * there, so nothing beyond the limits is ever allocated (an empty styled cell at column XFD costs
 * nothing: only values are placed).
 */
export class GridBuilder {
  readonly grid: CellValue[][] = [];
  private rowsWithValues = 0;
  private merges: { r1: number; c1: number; r2: number; c2: number }[] = [];
  private mergedArea = 0;

  constructor(
    readonly name: string,
    private readonly budget: TextBudget,
  ) {}

  set(row: number, col: number, value: CellValue): void {
    if (value === null || value === '') return;
    if (col >= LIMITS.columns)
      throw new LedgerFileError(LIMIT_MESSAGES.columns(this.name, columnName(col) + (row + 1)));
    if (row >= LIMITS.rowPosition) throw new LedgerFileError(LIMIT_MESSAGES.rowPosition(this.name));
    if (typeof value === 'string') {
      if (value.length > LIMITS.cellChars)
        throw new LedgerFileError(LIMIT_MESSAGES.cellChars(this.name, `${columnName(col)}${row + 1}`));
      this.budget.spend(value.length);
    } else this.budget.spend(8);
    while (this.grid.length <= row) this.grid.push([]);
    const cells = this.grid[row]!;
    if (cells.length === 0) {
      if (++this.rowsWithValues > LIMITS.rows + LIMITS.rowSlack)
        throw new LedgerFileError(LIMIT_MESSAGES.rows(this.name));
      if (this.rowsWithValues % 500 === 0) rowsRead?.(this.rowsWithValues);
    }
    while (cells.length < col) cells.push(null);
    cells[col] = value;
  }

  merge(ref: string): void {
    const [a, b] = ref.split(':');
    const from = a ? parseRef(a) : null;
    const to = b ? parseRef(b) : from;
    if (!from || !to) return;
    const r1 = Math.min(from.row, to.row);
    const c1 = Math.min(from.col, to.col);
    // Clipped to the column limit and to rows that exist: a merge over A1:XFD1048576 fills nothing past them.
    const r2 = Math.min(Math.max(from.row, to.row), LIMITS.rowPosition - 1);
    const c2 = Math.min(Math.max(from.col, to.col), LIMITS.columns - 1);
    if (r2 < r1 || c2 < c1) return;
    this.mergedArea += (r2 - r1 + 1) * (c2 - c1 + 1);
    if (this.mergedArea > LIMITS.mergedCells) throw new LedgerFileError(LIMIT_MESSAGES.mergedCells());
    this.merges.push({ r1, c1, r2, c2 });
  }

  /** The grid with merged ranges filled from their top-left cell, as Excel shows them. */
  finish(): SheetGrid {
    for (const { r1, c1, r2, c2 } of this.merges) {
      const master = this.grid[r1]?.[c1] ?? null;
      if (master === null) continue;
      for (let r = r1; r <= Math.min(r2, this.grid.length - 1); r++) {
        const cells = this.grid[r]!;
        while (cells.length <= c2) cells.push(null);
        for (let c = c1; c <= c2; c++) if (r !== r1 || c !== c1) cells[c] = master;
      }
    }
    return { name: this.name, grid: this.grid };
  }
}
