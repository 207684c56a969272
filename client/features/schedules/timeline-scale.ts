import { addBusinessDays } from '../../../shared/domain/dates';
import { daysBetween } from '../../../shared/domain/schedule/plan';

/** A date axis: positions in percent between two dates, with month ticks for the header. */
export interface Scale {
  start: string;
  end: string;
  x: (date: string) => number;
  ticks: { date: string; label: string; x: number }[];
}

/** Month names in the UI language: 4月 / Apr; the first tick and each January carry the year. */
export function monthLabel(year: number, month: number, withYear: boolean, lang: 'zh-CN' | 'en'): string {
  if (lang === 'zh-CN') return withYear ? `${year}.${month}` : `${month}月`;
  return new Intl.DateTimeFormat('en-GB', {
    month: 'short',
    year: withYear ? 'numeric' : undefined,
    timeZone: 'UTC',
  }).format(Date.UTC(year, month - 1, 1));
}

export function makeScale(
  dates: readonly (string | null | undefined)[],
  today: string,
  lang: 'zh-CN' | 'en' = 'zh-CN',
): Scale {
  const all = [...dates.filter((d): d is string => !!d), today].sort();
  const first = all[0] ?? today;
  const last = all.at(-1) ?? today;
  // A little room either side, starting on the first of a month.
  const start = `${addBusinessDays(first, -10).slice(0, 7)}-01`;
  const end = addBusinessDays(last, 20);
  const span = Math.max(1, daysBetween(start, end));
  const x = (date: string) => Math.min(100, Math.max(0, (daysBetween(start, date) / span) * 100));
  const months = Math.ceil(span / 30);
  const every = months > 30 ? 6 : months > 14 ? 3 : months > 7 ? 2 : 1;
  const ticks: Scale['ticks'] = [];
  let [y, m] = start.split('-').map(Number) as [number, number];
  for (let i = 0; i <= months + 1; i++) {
    const date = `${y}-${String(m).padStart(2, '0')}-01`;
    if (date > end) break;
    if ((m - 1) % every === 0)
      ticks.push({ date, label: monthLabel(y, m, m === 1 || ticks.length === 0, lang), x: x(date) });
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return { start, end, x, ticks };
}
