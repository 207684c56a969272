import { FUNNEL_STAGES } from '../stages';
import { classifyMove } from './flow';
import { type EventLog, lowerBound, NO_STATE } from './event-log';

export interface BreakdownRow {
  key: string;
  /** Projects per funnel stage at the week's end, in funnel order. */
  stages: number[];
  /** Projects in the funnel (not on hold, not dropped) and their amount, 万元. */
  activeCount: number;
  activeAmount: number;
  /** This week: new leads and forward moves. */
  newLeads: number;
  forward: number;
}

/**
 * The funnel at the week's end and the week's flow, grouped by `keyOf(projectId)` (industry, owner,
 * unit, channel, leader …; null keys group under ''; a project with several keys, such as two chains,
 * counts in each). One pass over the projects, one over the week's events.
 */
export function breakdown(
  states: Int8Array,
  amounts: Float64Array,
  log: EventLog,
  week: { start: number; end: number },
  keyOf: (projectId: number) => string | null | readonly string[],
): BreakdownRow[] {
  const rows = new Map<string, BreakdownRow>();
  const row = (key: string) => {
    let r = rows.get(key);
    if (!r) {
      r = {
        key,
        stages: new Array<number>(FUNNEL_STAGES.length).fill(0),
        activeCount: 0,
        activeAmount: 0,
        newLeads: 0,
        forward: 0,
      };
      rows.set(key, r);
    }
    return r;
  };
  const rowsOf = (p: number): BreakdownRow[] => {
    const key = keyOf(p);
    return typeof key === 'string' || key === null ? [row(key ?? '')] : key.map(row);
  };
  for (let p = 0; p < states.length; p++) {
    const s = states[p]!;
    if (s === NO_STATE || s >= FUNNEL_STAGES.length) continue;
    for (const r of rowsOf(p)) {
      r.stages[s]!++;
      r.activeCount++;
      r.activeAmount += amounts[p] ?? 0;
    }
  }
  for (let i = lowerBound(log, week.start); i < log.length && log.at[i]! < week.end; i++) {
    const kind = classifyMove(log.from[i]!, log.to[i]!);
    if (kind === 'new') for (const r of rowsOf(log.projectId[i]!)) r.newLeads++;
    else if (kind === 'forward') for (const r of rowsOf(log.projectId[i]!)) r.forward++;
  }
  return [...rows.values()].sort((a, b) => b.activeAmount - a.activeAmount || a.key.localeCompare(b.key));
}
