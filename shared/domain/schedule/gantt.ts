import { daysBetween } from './plan';
import type { MilestoneStatus } from './status';

/** One time column of the wall chart's Gantt: a calendar week (Monday–Sunday) or month, inclusive. */
export interface GanttColumn {
  start: string;
  end: string;
}

/** Up to half a year is drawn in weeks, anything longer in months. */
export const WEEKLY_SPAN_DAYS = 183;

const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The columns covering `first`..`last` ('YYYY-MM-DD'): weeks for a short span, months otherwise. */
export function ganttColumns(
  first: string,
  last: string,
): { unit: 'week' | 'month'; columns: GanttColumn[] } {
  const columns: GanttColumn[] = [];
  if (daysBetween(first, last) <= WEEKLY_SPAN_DAYS) {
    const weekday = (new Date(`${first}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0
    for (let start = plusDays(first, -weekday); start <= last; start = plusDays(start, 7))
      columns.push({ start, end: plusDays(start, 6) });
    return { unit: 'week', columns };
  }
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (;;) {
    const start = `${y}-${String(m).padStart(2, '0')}-01`;
    if (start > last) break;
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
    columns.push({ start, end: plusDays(`${y}-${String(m).padStart(2, '0')}-01`, -1) });
  }
  return { unit: 'month', columns };
}

export interface GanttWindow {
  name: string;
  from: string;
  to: string;
  plannedDate: string;
  status: MilestoneStatus;
}

/**
 * Each milestone's window on the chart: from the previous milestone's planned date (its own for the
 * first) to its planned date, stretched to the actual date when done late, and to today while overdue.
 */
export function milestoneWindows(
  ms: readonly { name: string; plannedDate: string; actualDate: string | null; status: MilestoneStatus }[],
  today: string,
): GanttWindow[] {
  return ms.map((m, i) => {
    const from = i === 0 ? m.plannedDate : (ms[i - 1]?.plannedDate ?? m.plannedDate);
    const end = m.actualDate ?? (m.status === 'overdue' ? today : m.plannedDate);
    return {
      name: m.name,
      from: from < m.plannedDate ? from : m.plannedDate,
      to: end > m.plannedDate ? end : m.plannedDate,
      plannedDate: m.plannedDate,
      status: m.status,
    };
  });
}

/** Which status a shared cell shows when several windows meet in it: the worst one. */
const WORST_FIRST: readonly MilestoneStatus[] = [
  'overdue',
  'due_soon',
  'done_late',
  'upcoming',
  'done_on_time',
];

/**
 * What one project's cell in one column shows: the worst status among the windows that touch the
 * column, and the names of the milestones planned inside it. Null when no window touches it.
 */
export function ganttCell(
  windows: readonly GanttWindow[],
  col: GanttColumn,
): { status: MilestoneStatus; names: string[] } | null {
  const touching = windows.filter((w) => w.from <= col.end && w.to >= col.start);
  if (touching.length === 0) return null;
  const status = WORST_FIRST.find((s) => touching.some((w) => w.status === s)) ?? 'upcoming';
  const names = touching
    .filter((w) => w.plannedDate >= col.start && w.plannedDate <= col.end)
    .map((w) => w.name);
  return { status, names };
}

/** More distinct milestone names than this and the export numbers its milestone columns instead. */
export const MAX_NAMED_COLUMNS = 24;

/**
 * The milestone columns of the export: every name in the order the plans give it, a name new to the
 * list placed after the name that precedes it in its own plan (the two templates share 注册公司).
 * Null when the plans use more than MAX_NAMED_COLUMNS names: then columns go by position.
 */
export function milestoneNameColumns(plans: readonly (readonly { name: string }[])[]): string[] | null {
  const out: string[] = [];
  for (const plan of plans) {
    let after = -1;
    for (const { name } of plan) {
      const at = out.indexOf(name);
      if (at >= 0) {
        after = at;
        continue;
      }
      if (out.length === MAX_NAMED_COLUMNS) return null;
      out.splice(after + 1, 0, name);
      after += 1;
    }
  }
  return out;
}
