/** An instant given as Asia/Shanghai wall-clock time (UTC+8, no daylight saving). */
export function shanghai(y: number, month: number, d: number, h = 0, min = 0): number {
  return Date.UTC(y, month - 1, d, h - 8, min);
}

/** The tests' fixed "now": Thursday 2026-11-26 10:00 in Shanghai (ISO week 2026-W48). */
export const NOW = shanghai(2026, 11, 26, 10, 0);
export const TODAY = '2026-11-26';

export { DAY_MS } from '../../shared/domain/dates';
