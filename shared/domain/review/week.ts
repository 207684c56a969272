import {
  addBusinessDays,
  businessDate,
  DAY_MS,
  FIXED_OFFSET_SINCE,
  isoWeekKey,
  isoWeekRange,
  SHANGHAI_OFFSET_MS,
} from '../dates';

export interface Week {
  key: string;
  year: number;
  number: number;
  start: number;
  end: number;
  /** 'YYYY-MM-DD' Monday and Sunday in Shanghai. */
  firstDay: string;
  lastDay: string;
}

/**
 * Asia/Shanghai has kept UTC+8 without daylight saving since 1992 (shared/domain/dates.ts), so from
 * 1993 on a Shanghai week is plain arithmetic on UTC days. One review asks for a dozen weeks or more
 * (the 12-week trend, the previous week), and the time-zone aware path costs ~0.1 ms per date made, a
 * few milliseconds per review; earlier years (and anything past 9998) keep that path.
 * tests/unit/review-week.test.ts checks both paths agree on every week from 1993 to 2100.
 */
const WEEK_MS = 7 * DAY_MS;
/** The first ISO week-year wholly after the fixed-offset cut-off (its week 1 starts in January). */
const FAST_FROM_YEAR = new Date(FIXED_OFFSET_SINCE).getUTCFullYear() + 1;
const FAST_TO_YEAR = 9998;
const KEY_RE = /^(\d{4})-W(\d{2})$/;

/** UTC midnight of the Monday of ISO week 1 of `year` (as a Shanghai calendar day). */
function week1Monday(year: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  return jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
}

/** The ISO week of a Shanghai calendar day given as UTC midnight of that day. */
function isoWeekOfDay(day: number): { year: number; number: number } {
  const thursday = day - ((new Date(day).getUTCDay() + 6) % 7) * DAY_MS + 3 * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  return { year, number: Math.floor((thursday - Date.UTC(year, 0, 1)) / WEEK_MS) + 1 };
}

const keyOf = (year: number, number: number) => `${year}-W${String(number).padStart(2, '0')}`;
const dayString = (day: number) => new Date(day).toISOString().slice(0, 10);

/** A week from its ISO key ('2026-W48'), or null when the key is malformed or names no such week. */
export function weekOf(key: string): Week | null {
  const m = KEY_RE.exec(key);
  const year = m ? Number(m[1]) : 0;
  if (m && year >= FAST_FROM_YEAR && year <= FAST_TO_YEAR) {
    const number = Number(m[2]);
    if (number < 1 || number > 53) return null;
    const monday = week1Monday(year) + (number - 1) * WEEK_MS;
    if (isoWeekOfDay(monday).year !== year) return null;
    const start = monday - SHANGHAI_OFFSET_MS;
    return {
      key,
      year,
      number,
      start,
      end: start + WEEK_MS,
      firstDay: dayString(monday),
      lastDay: dayString(monday + 6 * DAY_MS),
    };
  }
  return timeZoneWeek(key);
}

/** The same through the time-zone aware functions of shared/domain/dates.ts (any year). */
export function timeZoneWeek(key: string): Week | null {
  const range = isoWeekRange(key);
  if (!range) return null;
  const firstDay = businessDate(range.start);
  return {
    key,
    year: Number(key.slice(0, 4)),
    number: Number(key.slice(6)),
    start: range.start.getTime(),
    end: range.end.getTime(),
    firstDay,
    lastDay: addBusinessDays(firstDay, 6),
  };
}

/**
 * The weeks a review links to: the one before, and the one after once this week has ended (a review of
 * a week that has not begun has nothing to show). Null for a malformed key.
 */
export function weekNeighbours(key: string, now: number): { previous: string; next: string | null } | null {
  const week = weekOf(key);
  if (!week) return null;
  return { previous: shiftWeek(key, -1), next: week.end <= now ? shiftWeek(key, 1) : null };
}

/** The week `offset` weeks after (negative: before) the given one. */
export function shiftWeek(key: string, offset: number): string {
  const week = weekOf(key);
  if (!week) throw new Error(`not a week key: ${key}`);
  const monday = week.start + SHANGHAI_OFFSET_MS + offset * WEEK_MS;
  const shifted = week.year >= FAST_FROM_YEAR ? isoWeekOfDay(monday) : null;
  if (shifted && shifted.year >= FAST_FROM_YEAR && shifted.year <= FAST_TO_YEAR)
    return keyOf(shifted.year, shifted.number);
  return timeZoneShift(key, offset);
}

/** The same through the time-zone aware functions of shared/domain/dates.ts (any year). */
export function timeZoneShift(key: string, offset: number): string {
  const range = isoWeekRange(key);
  if (!range) throw new Error(`not a week key: ${key}`);
  // Noon on the Monday, shifted by whole weeks: clear of any day boundary.
  return isoWeekKey(range.start.getTime() + DAY_MS / 2 + offset * WEEK_MS);
}

/** The `count` week keys ending with `key`, oldest first. */
export function weeksEndingWith(key: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => shiftWeek(key, i - count + 1));
}
