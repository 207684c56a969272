import { TZDate } from '@date-fns/tz';
import {
  addDays,
  differenceInCalendarDays,
  formatISO,
  getISOWeek,
  getISOWeekYear,
  startOfISOWeek,
} from 'date-fns';

/** Every business date, day boundary and week is in Asia/Shanghai. */
export const BUSINESS_TZ = 'Asia/Shanghai';

/** A business date as 'YYYY-MM-DD' in Asia/Shanghai for an instant. */
export function businessDate(at: Date | number): string {
  const ms = typeof at === 'number' ? at : at.getTime();
  // The fixed offset since 1992 (FIXED_OFFSET_SINCE): the UTC date of the instant moved by 8 hours.
  if (ms >= FIXED_OFFSET_SINCE) return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
  // formatISO keeps the bundle small (date-fns `format` pulls in every token formatter).
  return formatISO(new TZDate(ms, BUSINESS_TZ), { representation: 'date' });
}

/** The instant a business date starts (00:00 Shanghai). */
export function startOfBusinessDay(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  // Shanghai has kept UTC+8 since 1992: plain arithmetic there (a 20,000-row import asks this often).
  const utc = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  if (utc >= FIXED_OFFSET_SINCE) return new Date(utc - SHANGHAI_OFFSET_MS);
  return new Date(new TZDate(y ?? 1970, (m ?? 1) - 1, d ?? 1, BUSINESS_TZ).getTime());
}

/** Whole days between two instants counted on Shanghai calendar days. */
export function businessDaysBetween(from: Date | number, to: Date | number): number {
  const a = typeof from === 'number' ? from : from.getTime();
  const b = typeof to === 'number' ? to : to.getTime();
  if (a >= FIXED_OFFSET_SINCE && b >= FIXED_OFFSET_SINCE) return shanghaiDayNumber(b) - shanghaiDayNumber(a);
  return differenceInCalendarDays(new TZDate(b, BUSINESS_TZ), new TZDate(a, BUSINESS_TZ));
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Asia/Shanghai has been UTC+8 without daylight saving since 1992, so from then on a Shanghai calendar
 * day number is plain arithmetic. The board computes "days since activity" for every card, and building
 * a TZDate per card cost ~0.1 ms each (a third of the board's server time); older instants use TZDate.
 * This is the one place the shortcut is written; the review's weeks and stall counts use it too.
 */
export const FIXED_OFFSET_SINCE = Date.UTC(1992, 0, 1);
export const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Days since 1970-01-01 on Shanghai's calendar; exact for instants from FIXED_OFFSET_SINCE on. */
export function shanghaiDayNumber(ms: number): number {
  return Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY_MS);
}

export function addBusinessDays(date: string, days: number): string {
  return formatISO(addDays(startOfBusinessDayTz(date), days), { representation: 'date' });
}

function startOfBusinessDayTz(date: string): TZDate {
  return new TZDate(startOfBusinessDay(date).getTime(), BUSINESS_TZ);
}

/** ISO week key like '2026-W48' for an instant, in Shanghai. */
export function isoWeekKey(at: Date | number): string {
  const d = new TZDate(typeof at === 'number' ? at : at.getTime(), BUSINESS_TZ);
  return `${getISOWeekYear(d)}-W${String(getISOWeek(d)).padStart(2, '0')}`;
}

/** The half-open instant range [start, end) of an ISO week key in Shanghai, or null if malformed. */
export function isoWeekRange(key: string): { start: Date; end: Date } | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  const week = Number(m[2]);
  if (week < 1 || week > 53) return null;
  // Jan 4th is always in ISO week 1.
  const jan4 = new TZDate(year, 0, 4, BUSINESS_TZ);
  const start = addDays(startOfISOWeek(jan4), (week - 1) * 7);
  if (getISOWeekYear(start) !== year) return null;
  return { start: new Date(start.getTime()), end: new Date(addDays(start, 7).getTime()) };
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export function isValidDateString(value: string): boolean {
  if (!DATE_RE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const dt = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() + 1 === m && dt.getUTCDate() === d;
}

/** '2026-11-29' → '2026年11月29日': a business date in a Chinese sentence or title the server writes. */
export function chineseDate(d: string): string {
  const [y, m, day] = d.split('-').map(Number);
  return `${y}年${m}月${day}日`;
}
