import { PROJECT_STATES, type ProjectState } from '../stages';
import { NO_STATE } from './event-log';

export interface StateFigure {
  state: ProjectState;
  count: number;
  /** 万元: each project's amount (agreed ?? estimated) as recorded by the checkpoint. */
  amount: number;
}

export interface FunnelFigures {
  /** All seven states in PROJECT_STATES order: the five funnel stages, then 暂缓 and 终止. */
  states: StateFigure[];
  /** Projects in the five funnel stages (not on hold, not dropped). */
  activeCount: number;
  activeAmount: number;
}

/** The funnel at a checkpoint: count and amount per state. `include` restricts to some projects (breakdowns). */
export function funnelOf(
  states: Int8Array,
  amounts: Float64Array,
  include?: (projectId: number) => boolean,
): FunnelFigures {
  const count = new Array<number>(PROJECT_STATES.length).fill(0);
  const amount = new Array<number>(PROJECT_STATES.length).fill(0);
  for (let p = 0; p < states.length; p++) {
    const s = states[p]!;
    if (s === NO_STATE || (include && !include(p))) continue;
    count[s]!++;
    amount[s]! += amounts[p] ?? 0;
  }
  const figures = PROJECT_STATES.map((state, i) => ({ state, count: count[i]!, amount: amount[i]! }));
  const active = figures.slice(0, 5);
  return {
    states: figures,
    activeCount: active.reduce((s, f) => s + f.count, 0),
    activeAmount: active.reduce((s, f) => s + f.amount, 0),
  };
}

/** Differences state by state (this − previous). */
export function funnelChange(now: FunnelFigures, before: FunnelFigures): StateFigure[] {
  return now.states.map((f, i) => ({
    state: f.state,
    count: f.count - (before.states[i]?.count ?? 0),
    amount: f.amount - (before.states[i]?.amount ?? 0),
  }));
}
