import { PROJECT_STATES, type ProjectState } from '../stages';

/**
 * The stage-event log in columns, sorted by (at, id): the review replays it many times per request, and
 * typed arrays keep a million events in ~20 MB and one pass in a few milliseconds.
 * States are coded as their index in PROJECT_STATES (0–4 the funnel stages, 5 on_hold, 6 dropped);
 * NO_STATE (-1) stands for "no from state" (the creation event).
 */
export interface EventLog {
  length: number;
  projectId: Int32Array;
  at: Float64Array;
  from: Int8Array;
  to: Int8Array;
  /** When each event became known (decision 090). */
  recordedAt: Float64Array;
  /** When a corrected date replaced it (Infinity: never). */
  retractedAt: Float64Array;
  /**
   * Indexes of the events not known from the instant they took effect on: recorded later (a backdated
   * import, a corrected date) or replaced since. Every other event is known whenever it is in effect.
   */
  late: number[];
}

export const NO_STATE = -1;
export const ON_HOLD = PROJECT_STATES.indexOf('on_hold');
export const DROPPED = PROJECT_STATES.indexOf('dropped');

export interface StageEventFact {
  projectId: number;
  fromState: ProjectState | null;
  toState: ProjectState;
  at: number;
  /** Default: known when it took effect. */
  recordedAt?: number;
  /** When a corrected date replaced it; default never. */
  retractedAt?: number;
}

export const stateCode = (s: ProjectState | null): number =>
  s === null ? NO_STATE : PROJECT_STATES.indexOf(s);
export const stateOf = (code: number): ProjectState | null =>
  code === NO_STATE ? null : (PROJECT_STATES[code] ?? null);

/** Builds a log from events in any order; ties on `at` keep the given order (the order of their ids). */
export function eventLog(events: readonly StageEventFact[]): EventLog {
  const order = events.map((_, i) => i).sort((a, b) => events[a]!.at - events[b]!.at || a - b);
  const log = emptyLog(events.length);
  order.forEach((i, k) => {
    const e = events[i]!;
    log.projectId[k] = e.projectId;
    log.at[k] = e.at;
    log.from[k] = stateCode(e.fromState);
    log.to[k] = stateCode(e.toState);
    log.recordedAt[k] = e.recordedAt ?? e.at;
    log.retractedAt[k] = e.retractedAt ?? Infinity;
    if (isLate(log, k)) log.late.push(k);
  });
  return log;
}

export const isLate = (log: EventLog, i: number): boolean =>
  log.recordedAt[i]! > log.at[i]! || log.retractedAt[i]! !== Infinity;

export function emptyLog(length: number): EventLog {
  return {
    length,
    projectId: new Int32Array(length),
    at: new Float64Array(length),
    from: new Int8Array(length),
    to: new Int8Array(length),
    recordedAt: new Float64Array(length),
    retractedAt: new Float64Array(length).fill(Infinity),
    late: [],
  };
}

const views = new WeakMap<EventLog, Map<number, EventLog>>();

/**
 * The log as known at `knownAt` (decision 090): without the events recorded at or after it and those a
 * correction had replaced by then. Only the `late` events can differ from the full log, so when none of
 * them does the log itself is returned; otherwise one filtered copy, held per log and instant.
 */
export function knownLog(log: EventLog, knownAt: number): EventLog {
  const hidden = log.late.filter((i) => log.recordedAt[i]! >= knownAt || log.retractedAt[i]! < knownAt);
  if (!hidden.length) return log;
  let held = views.get(log);
  const cached = held?.get(knownAt);
  if (cached) return cached;
  const out = emptyLog(log.length - hidden.length);
  // Copy the runs between hidden events (ascending indexes) column by column.
  let k = 0;
  let from = 0;
  for (const stop of [...hidden, log.length]) {
    for (const col of ['projectId', 'at', 'from', 'to', 'recordedAt', 'retractedAt'] as const)
      (out[col] as Float64Array).set((log[col] as Float64Array).subarray(from, stop), k);
    k += stop - from;
    from = stop + 1;
  }
  if (!held) views.set(log, (held = new Map<number, EventLog>()));
  if (held.size >= 16) held.clear();
  held.set(knownAt, out);
  return out;
}

/** Index of the first event with at ≥ t (binary search over the sorted log). */
export function lowerBound(log: EventLog, t: number): number {
  return countBelow(log.at, t, log.length);
}

/** How many of the first `length` values of an ascending array are below `t`: the index of the first ≥ t. */
export function countBelow(sorted: ArrayLike<number>, t: number, length = sorted.length): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
