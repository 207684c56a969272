import { FUNNEL_STAGES, type FunnelStage } from '../stages';
import { DROPPED, type EventLog, lowerBound, NO_STATE, ON_HOLD } from './event-log';

export type MoveClass = 'new' | 'forward' | 'backward' | 'hold' | 'resume' | 'drop' | 'restore';

/** What an event means for the review, from its from/to state codes. */
export function classifyMove(from: number, to: number): MoveClass {
  if (from === NO_STATE) return 'new';
  if (to === ON_HOLD) return 'hold';
  if (to === DROPPED) return 'drop';
  if (from === ON_HOLD) return 'resume';
  if (from === DROPPED) return 'restore';
  return to > from ? 'forward' : 'backward';
}

export interface Transition {
  from: FunnelStage;
  to: FunnelStage;
  count: number;
}

export interface Flow {
  newLeads: number;
  /** Forward moves per (from, to) pair that occurred, in funnel order; skips are their own pair. */
  forward: Transition[];
  forwardTotal: number;
  backward: number;
  holds: number;
  resumes: number;
  drops: number;
  restores: number;
  /** Every event in the range. */
  events: number;
}

/** The flow of events with start ≤ at < end. `include` restricts to some projects (breakdowns). */
export function flowBetween(log: EventLog, start: number, end: number, include?: (projectId: number) => boolean): Flow {
  const pairs = new Map<number, number>();
  const flow: Flow = { newLeads: 0, forward: [], forwardTotal: 0, backward: 0, holds: 0, resumes: 0, drops: 0, restores: 0, events: 0 };
  for (let i = lowerBound(log, start); i < log.length && log.at[i]! < end; i++) {
    if (include && !include(log.projectId[i]!)) continue;
    const from = log.from[i]!;
    const to = log.to[i]!;
    flow.events++;
    switch (classifyMove(from, to)) {
      case 'new':
        flow.newLeads++;
        break;
      case 'forward':
        flow.forwardTotal++;
        pairs.set(from * 10 + to, (pairs.get(from * 10 + to) ?? 0) + 1);
        break;
      case 'backward':
        flow.backward++;
        break;
      case 'hold':
        flow.holds++;
        break;
      case 'resume':
        flow.resumes++;
        break;
      case 'drop':
        flow.drops++;
        break;
      case 'restore':
        flow.restores++;
        break;
    }
  }
  flow.forward = [...pairs.entries()]
    .sort(([a], [b]) => a - b)
    .map(([key, count]) => ({ from: FUNNEL_STAGES[Math.floor(key / 10)]!, to: FUNNEL_STAGES[key % 10]!, count }));
  return flow;
}

/** This flow minus another, figure by figure (transitions: by pair, missing pairs count 0). */
export function flowChange(now: Flow, before: Flow) {
  return {
    newLeads: now.newLeads - before.newLeads,
    forwardTotal: now.forwardTotal - before.forwardTotal,
    backward: now.backward - before.backward,
    holds: now.holds - before.holds,
    resumes: now.resumes - before.resumes,
    drops: now.drops - before.drops,
    restores: now.restores - before.restores,
    events: now.events - before.events,
  };
}
