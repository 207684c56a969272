/**
 * Cell text as offices type it: full-width digits, letters and punctuation (１２３，（万元）), stray
 * spaces and line breaks. Everything the ledger parsers read goes through `normalizeText` first.
 */

/** Full-width ASCII (U+FF01–FF5E) to half-width, the ideographic space to a space, and 。． to a dot. */
export function toHalfWidth(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/[、，]/g, ',');
}

/** Trimmed, half-width text with runs of whitespace (including line breaks) collapsed to one space. */
export function normalizeText(s: string): string {
  return toHalfWidth(s).replace(/\s+/g, ' ').trim();
}

/** Text with no whitespace at all: for matching labels such as "总投资\n（万元）". */
export function compactText(s: string): string {
  return toHalfWidth(s).replace(/\s+/g, '').trim();
}

/** Cells people fill with a dash or "无" when there is nothing to say. */
const BLANKS = new Set(['', '-', '--', '—', '——', '/', '\\', '无', '暂无', 'N/A', 'n/a', '/ ']);

export function isBlankText(s: string): boolean {
  return BLANKS.has(s.trim());
}

/** A cell's value as text for the label parsers: strings and numbers as written, anything else empty. */
export function cellString(input: unknown): string {
  if (typeof input === 'string') return input;
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? '' : input.toISOString().slice(0, 10);
  return '';
}
