import { startOfBusinessDay } from './dates';
import { isProblemOverdue, type ProblemStatus } from './problems';

/**
 * 问题办结统计 (issue 16 part 4): what offices report upward, "办结 N 件、办结率 x%". The problems of a
 * period are those raised in it (a cohort, decision 122); each is counted by its state today.
 */
export const TALLY_DIMENSIONS = ['unit', 'leader', 'month', 'category'] as const;
export type TallyDimension = (typeof TALLY_DIMENSIONS)[number];

/** One problem as the tally needs it; `solvedDate` is the business date it last became 已解决. */
export interface TallyProblem {
  raisedDate: string;
  dueDate: string | null;
  status: ProblemStatus;
  solvedDate: string | null;
  unitId: number | null;
  unitName: string | null;
  leaderId: number | null;
  leaderName: string | null;
  /** The project's industry (八大产业): the tally's 类别. */
  category: string;
}

export interface TallyFigures {
  raised: number;
  /** 办结: 已解决 or 已销号. */
  solved: number;
  /** 销号: 已销号. */
  closed: number;
  overdue: number;
  /** 办结率 in percent with one decimal (solved ÷ raised), null when nothing was raised. */
  rate: number | null;
  /** Median days from raised to solved over the solved ones, null when none is solved. */
  medianDays: number | null;
}

/** A line of a dimension: its key ('' for none: no unit, no leader) and the name to show. */
export interface TallyLine extends TallyFigures {
  key: string;
  name: string | null;
}

export interface ProblemTally {
  from: string;
  to: string;
  today: string;
  total: TallyFigures;
  byUnit: TallyLine[];
  byLeader: TallyLine[];
  byMonth: TallyLine[];
  byCategory: TallyLine[];
}

/** 办结率 in percent, rounded half up to one decimal: 2 of 3 → 66.7. */
export function solveRate(solved: number, raised: number): number | null {
  if (raised === 0) return null;
  return Math.round((solved * 1000) / raised) / 10;
}

/** The median of a list of numbers (the mean of the middle two for an even count), null if empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[mid]!;
  return (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Calendar days between two business dates ('YYYY-MM-DD'). */
export function daysBetweenDates(from: string, to: string): number {
  return Math.round((startOfBusinessDay(to).getTime() - startOfBusinessDay(from).getTime()) / 86_400_000);
}

export function isSolved(status: ProblemStatus): boolean {
  return status === 'resolved' || status === 'closed';
}

/** The figures of a set of problems, today being `today`. */
export function tallyFigures(rows: readonly TallyProblem[], today: string): TallyFigures {
  let solved = 0;
  let closed = 0;
  let overdue = 0;
  const days: number[] = [];
  for (const r of rows) {
    if (isSolved(r.status)) {
      solved += 1;
      if (r.solvedDate) days.push(Math.max(0, daysBetweenDates(r.raisedDate, r.solvedDate)));
    }
    if (r.status === 'closed') closed += 1;
    if (isProblemOverdue(r, today)) overdue += 1;
  }
  return {
    raised: rows.length,
    solved,
    closed,
    overdue,
    rate: solveRate(solved, rows.length),
    medianDays: median(days),
  };
}

/** Every month 'YYYY-MM' from the month of `from` to the month of `to`. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    if (key > last) return months;
    months.push(key);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
}

function group(
  rows: readonly TallyProblem[],
  today: string,
  keyOf: (r: TallyProblem) => { key: string; name: string | null },
): TallyLine[] {
  const groups = new Map<string, { name: string | null; rows: TallyProblem[] }>();
  for (const r of rows) {
    const { key, name } = keyOf(r);
    const g = groups.get(key) ?? { name, rows: [] };
    g.rows.push(r);
    groups.set(key, g);
  }
  const lines = [...groups].map(([key, g]) => ({ key, name: g.name, ...tallyFigures(g.rows, today) }));
  // Most raised first; the line without a unit or leader last; then by name for a stable order.
  return lines.sort(
    (a, b) =>
      Number(a.key === '') - Number(b.key === '') ||
      b.raised - a.raised ||
      (a.name ?? '').localeCompare(b.name ?? '', 'zh-CN'),
  );
}

/**
 * The tally of the problems raised from `from` to `to` (inclusive business dates), by 责任单位, by the
 * project's primary leader, by month raised (every month of the period, empty ones too) and by category.
 */
export function tallyProblems(
  rows: readonly TallyProblem[],
  period: { from: string; to: string },
  today: string,
): ProblemTally {
  const inPeriod = rows.filter((r) => r.raisedDate >= period.from && r.raisedDate <= period.to);
  const byMonth = monthsOf(period.from, period.to).map((month) => ({
    key: month,
    name: month,
    ...tallyFigures(
      inPeriod.filter((r) => r.raisedDate.startsWith(month)),
      today,
    ),
  }));
  return {
    ...period,
    today,
    total: tallyFigures(inPeriod, today),
    byUnit: group(inPeriod, today, (r) => ({ key: r.unitId ? String(r.unitId) : '', name: r.unitName })),
    byLeader: group(inPeriod, today, (r) => ({
      key: r.leaderId ? String(r.leaderId) : '',
      name: r.leaderName,
    })),
    byMonth,
    byCategory: group(inPeriod, today, (r) => ({ key: r.category, name: null })),
  };
}

export const PERIOD_PRESETS = ['month', 'quarter', 'firstHalf', 'secondHalf', 'year', 'lastYear'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const ymd = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * The period a preset names on `today`: this month, quarter, half or year up to today (a period that
 * has not begun yet is shown whole), or last year.
 */
export function presetPeriod(preset: PeriodPreset, today: string): { from: string; to: string } {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  const [y0, m0, m1] = {
    month: [y, m, m],
    quarter: [y, m - ((m - 1) % 3), m - ((m - 1) % 3) + 2],
    firstHalf: [y, 1, 6],
    secondHalf: [y, 7, 12],
    year: [y, 1, 12],
    lastYear: [y - 1, 1, 12],
  }[preset] as [number, number, number];
  const from = ymd(y0, m0, 1);
  const to = ymd(y0, m1, lastDay(y0, m1));
  return { from, to: from <= today && today < to ? today : to };
}
