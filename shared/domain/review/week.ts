import { addBusinessDays, businessDate, isoWeekKey, isoWeekRange } from '../dates';

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

/** A week from its ISO key ('2026-W48'), or null when the key is malformed or names no such week. */
export function weekOf(key: string): Week | null {
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

/** The week `offset` weeks after (negative: before) the given one. */
export function shiftWeek(key: string, offset: number): string {
  const range = isoWeekRange(key);
  if (!range) throw new Error(`not a week key: ${key}`);
  // Noon on the Monday, shifted by whole weeks: clear of any day boundary.
  return isoWeekKey(range.start.getTime() + 12 * 3600_000 + offset * 7 * 24 * 3600_000);
}

/** The `count` week keys ending with `key`, oldest first. */
export function weeksEndingWith(key: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => shiftWeek(key, i - count + 1));
}
