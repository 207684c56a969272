import { businessDate, DAY_MS, startOfBusinessDay } from '../dates';
import { shiftWeek, type Week, weekOf } from './week';

/**
 * The periods a review or report covers, in Asia/Shanghai business days (decision 041): an ISO week
 * ('2026-W47'), a month ('2026-11') or a quarter ('2026-Q4'). A period is a Week with its kind, so
 * every figure and list written for a week takes any period; `number` is the week, month or quarter.
 */
export type PeriodKind = 'week' | 'month' | 'quarter';
export interface Period extends Week {
  kind: PeriodKind;
}

const MONTH_RE = /^(\d{4})-(\d{2})$/;
const QUARTER_RE = /^(\d{4})-Q(\d)$/;
const WEEK_RE = /^\d{4}-W\d{2}$/;

const pad = (n: number) => String(n).padStart(2, '0');
const monthKey = (year: number, month: number) => `${year}-${pad(month)}`;
const quarterKey = (year: number, quarter: number) => `${year}-Q${quarter}`;

/** Months [firstMonth, firstMonth + months) of `year` (1-based; may run past December). */
function monthsPeriod(
  key: string,
  kind: PeriodKind,
  year: number,
  number: number,
  first: number,
  months: number,
): Period {
  const firstDay = `${year}-${pad(first)}-01`;
  const endYear = year + Math.floor((first - 1 + months) / 12);
  const endMonth = ((first - 1 + months) % 12) + 1;
  const end = startOfBusinessDay(`${endYear}-${pad(endMonth)}-01`).getTime();
  return {
    key,
    kind,
    year,
    number,
    start: startOfBusinessDay(firstDay).getTime(),
    end,
    firstDay,
    lastDay: businessDate(end - DAY_MS / 2),
  };
}

/** The period a key names, or null when it is malformed or names no such period (2026-13, 2026-Q5). */
export function periodOf(key: string): Period | null {
  const month = MONTH_RE.exec(key);
  if (month) {
    const [year, m] = [Number(month[1]), Number(month[2])];
    return year >= 1000 && m >= 1 && m <= 12 ? monthsPeriod(key, 'month', year, m, m, 1) : null;
  }
  const quarter = QUARTER_RE.exec(key);
  if (quarter) {
    const [year, q] = [Number(quarter[1]), Number(quarter[2])];
    return year >= 1000 && q >= 1 && q <= 4 ? monthsPeriod(key, 'quarter', year, q, q * 3 - 2, 3) : null;
  }
  if (WEEK_RE.test(key)) {
    const week = weekOf(key);
    return week ? { ...week, kind: 'week' } : null;
  }
  return null;
}

/** The kind a key names (by its shape), or null. */
export function periodKindOf(key: string): PeriodKind | null {
  return periodOf(key)?.kind ?? null;
}

/** The period of the same kind `offset` periods after (negative: before) the given one. */
export function shiftPeriod(key: string, offset: number): string {
  const period = periodOf(key);
  if (!period) throw new Error(`not a period key: ${key}`);
  if (period.kind === 'week') return shiftWeek(key, offset);
  const perYear = period.kind === 'month' ? 12 : 4;
  const index = period.year * perYear + period.number - 1 + offset;
  const year = Math.floor(index / perYear);
  const number = (index % perYear) + 1;
  return period.kind === 'month' ? monthKey(year, number) : quarterKey(year, number);
}

/** The `count` keys of the same kind ending with `key`, oldest first. */
export function periodsEndingWith(key: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => shiftPeriod(key, i - count + 1));
}

/** The key of the period of `kind` holding instant `at` (Shanghai). */
export function periodKeyAt(kind: Exclude<PeriodKind, 'week'>, at: number): string {
  const [year, month] = businessDate(at).split('-').map(Number) as [number, number];
  return kind === 'month' ? monthKey(year, month) : quarterKey(year, Math.ceil(month / 3));
}

/**
 * The report's month/quarter switch: the quarter a month lies in; from a quarter, its last month, or
 * the current month while the quarter runs (a month not yet begun has nothing to show).
 */
export function switchKind(key: string, to: Exclude<PeriodKind, 'week'>, now: number): string {
  const period = periodOf(key);
  if (!period || period.kind === 'week') throw new Error(`not a month or quarter key: ${key}`);
  if (period.kind === to) return key;
  if (to === 'quarter') return quarterKey(period.year, Math.ceil(period.number / 3));
  const last = monthKey(period.year, period.number * 3);
  const current = periodKeyAt('month', now);
  return period.end > now && current >= period.firstDay.slice(0, 7) ? current : last;
}

/**
 * The periods a page links to: the one before, and the one after once this one has ended (a period that
 * has not begun has nothing to show). Null for a malformed key.
 */
export function periodNeighbours(key: string, now: number): { previous: string; next: string | null } | null {
  const period = periodOf(key);
  if (!period) return null;
  return { previous: shiftPeriod(key, -1), next: period.end <= now ? shiftPeriod(key, 1) : null };
}
