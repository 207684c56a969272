import { cellText, findHeaderRow } from '../../../../shared/domain/ledger/table';
import type { SheetGrid } from './grid';

export interface SheetSummary {
  index: number;
  name: string;
  /** Non-blank lines below the header (all lines when no header is found). */
  lines: number;
  hasHeader: boolean;
}

/** What the upload step shows of each sheet, worked out once when the file is read. */
export function summarise(sheets: SheetGrid[]): SheetSummary[] {
  return sheets.map((s, index) => {
    const header = findHeaderRow(s.grid);
    const lines = s.grid.slice((header ?? -1) + 1).filter((r) => r.some((c) => cellText(c) !== '')).length;
    return { index, name: s.name, lines, hasHeader: header !== null };
  });
}
