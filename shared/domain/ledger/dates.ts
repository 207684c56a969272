import { type AppMessage, appMessage } from '../../errors/catalog';
import { DAY_MS, isValidDateString } from '../dates';
import { toHalfWidth } from './text';

/** A cell read into a value, or the message (shared/errors/ledger-rows.ts) saying why it cannot be. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: AppMessage };

const ok = <T>(value: T): ParseResult<T> => ({ ok: true, value });
export const fail = (error: AppMessage): ParseResult<never> => ({ ok: false, error });

/** Excel's day 0 is 1899-12-30 (it counts the non-existent 1900-02-29, so serials from March 1900 are right). */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
/** Serials between 1990-01-01 and 2100-01-01: anything else in a date column is not a date. */
const SERIAL_MIN = 32874;
const SERIAL_MAX = 73051;

export function excelSerialToDate(serial: number): string {
  const d = new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * DAY_MS);
  return d.toISOString().slice(0, 10);
}

function ymd(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const DATE_ERROR = appMessage('ledgerDateUnreadable');

/**
 * A business date from a ledger cell: 'YYYY-MM-DD' or null for a blank. Accepts 2024-03-05, 2024/3/5,
 * 2024.3.5, 2024年3月5日(号), 20240305, Excel date serials and the Date objects exceljs gives for
 * date-formatted cells (exceljs builds them at UTC midnight, so the UTC calendar day is the cell's day).
 */
export function parseLedgerDate(input: unknown): ParseResult<string | null> {
  if (input === null || input === undefined) return ok(null);
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return fail(DATE_ERROR);
    // exceljs gives midnight UTC; a time part beyond a few seconds means a real instant (e.g. from a formula).
    return ok(input.toISOString().slice(0, 10));
  }
  if (typeof input === 'number') {
    if (!Number.isFinite(input) || input < SERIAL_MIN || input > SERIAL_MAX) return fail(DATE_ERROR);
    return ok(excelSerialToDate(input));
  }
  if (typeof input !== 'string') return fail(DATE_ERROR);
  const s = toHalfWidth(input).replace(/\s+/g, '');
  if (s === '' || s === '-' || s === '—' || s === '/' || s === '无') return ok(null);

  // A date with a time after it ("2024-03-05 10:00:00"): the date part is what matters.
  const m =
    /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})[日号]?(?:\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(s) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) {
    const value = ymd(Number(m[1]), Number(m[2]), Number(m[3]));
    return isValidDateString(value)
      ? ok(value)
      : fail(appMessage('ledgerDateMissing', { value: input.trim() }));
  }
  // A serial typed or exported as text.
  if (/^\d{5}(\.\d+)?$/.test(s)) return parseLedgerDate(Number(s));
  return fail(DATE_ERROR);
}
