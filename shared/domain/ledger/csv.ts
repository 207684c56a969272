import { neutraliseCell } from '../cell-safety';

/**
 * CSV as Excel reads and writes it (RFC 4180): commas, double quotes doubled inside quoted fields,
 * CRLF or LF line ends. The export adds a UTF-8 BOM so Excel opens Chinese text correctly.
 */
export function parseCsv(text: string, onRow?: (row: string[], index: number) => void): string[][] {
  const rows: string[][] = [];
  // With `onRow` each row is handed over as it ends instead of kept: a caller can stop at its limits.
  const end = (r: string[]) => {
    if (onRow) onRow(r, rowCount);
    else rows.push(r);
    rowCount++;
  };
  let rowCount = 0;
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      end(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    end(row);
  }
  return rows;
}

function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  // Text is neutralised against formula injection; numbers go out as numbers.
  const s = typeof value === 'number' ? String(value) : neutraliseCell(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV text with a UTF-8 BOM and CRLF line ends (what Excel expects on Windows). */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return '\uFEFF' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * Bytes of an uploaded CSV as text: UTF-8 (with or without BOM) when it decodes cleanly, else GB18030,
 * which is what Excel for Chinese Windows saves "CSV (逗号分隔)" as.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
