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

// classifyMove for every (from, to) pair of state codes (-1 … 6), as an index into MOVE_CLASSES:
// the flow loop below runs over up to a million events per request (the cumulative flow).
const MOVE_CLASSES: readonly MoveClass[] = [
  'new',
  'forward',
  'backward',
  'hold',
  'resume',
  'drop',
  'restore',
];
const CODES = 8;
const CLASS_OF = new Int8Array(CODES * CODES);
for (let from = -1; from < CODES - 1; from++)
  for (let to = -1; to < CODES - 1; to++)
    CLASS_OF[(from + 1) * CODES + to + 1] = MOVE_CLASSES.indexOf(classifyMove(from, to));
const FORWARD = MOVE_CLASSES.indexOf('forward');

/** The flow of events with start ≤ at < end. `include` restricts to some projects (breakdowns). */
export function flowBetween(
  log: EventLog,
  start: number,
  end: number,
  include?: (projectId: number) => boolean,
): Flow {
  const counts = new Array<number>(MOVE_CLASSES.length).fill(0);
  // Forward moves by from * 10 + to (both funnel stages).
  const pairs = new Array<number>(FUNNEL_STAGES.length * 10).fill(0);
  const events = include
    ? countMoves(log, lowerBound(log, start), end, counts, pairs, include)
    : countAllMoves(log, lowerBound(log, start), end, counts, pairs);
  const forward: Transition[] = [];
  pairs.forEach((count, key) => {
    if (count)
      forward.push({ from: FUNNEL_STAGES[Math.floor(key / 10)]!, to: FUNNEL_STAGES[key % 10]!, count });
  });
  const n = (k: MoveClass) => counts[MOVE_CLASSES.indexOf(k)]!;
  return {
    newLeads: n('new'),
    forward,
    forwardTotal: n('forward'),
    backward: n('backward'),
    holds: n('hold'),
    resumes: n('resume'),
    drops: n('drop'),
    restores: n('restore'),
    events,
  };
}

// The counting loops run over up to a million events (the cumulative flow): small functions of their
// own, which V8 optimises early and keeps (see playUntil in replay.ts). Both return the events counted.
function countAllMoves(log: EventLog, i: number, end: number, counts: number[], pairs: number[]): number {
  const { at, from, to, length } = log;
  const first = i;
  for (; i < length && at[i]! < end; i++) {
    const f = from[i]!;
    const t = to[i]!;
    const c = CLASS_OF[(f + 1) * CODES + t + 1]!;
    counts[c]!++;
    if (c === FORWARD) pairs[f * 10 + t]!++;
  }
  return i - first;
}

function countMoves(
  log: EventLog,
  i: number,
  end: number,
  counts: number[],
  pairs: number[],
  include: (projectId: number) => boolean,
): number {
  const { at, from, to, projectId, length } = log;
  let events = 0;
  for (; i < length && at[i]! < end; i++) {
    if (!include(projectId[i]!)) continue;
    const f = from[i]!;
    const t = to[i]!;
    events++;
    const c = CLASS_OF[(f + 1) * CODES + t + 1]!;
    counts[c]!++;
    if (c === FORWARD) pairs[f * 10 + t]!++;
  }
  return events;
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
