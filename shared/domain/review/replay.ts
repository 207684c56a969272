import { FUNNEL_STAGES } from '../stages';
import { type EventLog, NO_STATE } from './event-log';

const STAGES = FUNNEL_STAGES.length;

export interface Replay {
  /** Per checkpoint: the state code of every project id (NO_STATE when it did not exist yet). */
  statesAt: Int8Array[];
  /** firstReach[id * 5 + k]: first instant project `id` reached funnel stage k before the last checkpoint (NaN: never). */
  firstReach: Float64Array;
  /** lastEventAt[id]: its latest event before the last checkpoint (0: none). */
  lastEventAt: Float64Array;
}

/**
 * Replays the log up to each checkpoint (ascending instants; events with at < checkpoint count).
 * A forward move that skips stages reaches the skipped stages at the same instant (decision 003), so
 * "reached stage k" is the first event whose target is stage k or beyond.
 */
export function replay(log: EventLog, checkpoints: readonly number[], maxProjectId: number): Replay {
  const state = new Int8Array(maxProjectId + 1).fill(NO_STATE);
  const firstReach = new Float64Array((maxProjectId + 1) * STAGES).fill(Number.NaN);
  const lastEventAt = new Float64Array(maxProjectId + 1);
  const statesAt: Int8Array[] = [];
  let i = 0;
  for (const checkpoint of checkpoints) {
    i = playUntil(log, i, checkpoint, maxProjectId, state, firstReach, lastEventAt);
    statesAt.push(state.slice());
  }
  return { statesAt, firstReach, lastEventAt };
}

/**
 * Plays events from index `i` while at < `until`; returns the index of the first one not played. The
 * hot loop of the review (up to a million events) is its own small function: V8 optimises it after a
 * call or two and keeps it optimised, where a loop inside a larger function was compiled on the fly
 * and thrown away again at the loop's exit on the first calls.
 */
function playUntil(
  log: EventLog,
  i: number,
  until: number,
  maxProjectId: number,
  state: Int8Array,
  firstReach: Float64Array,
  lastEventAt: Float64Array,
): number {
  const { projectId, to: toState, at: atOf, length } = log;
  for (; i < length && atOf[i]! < until; i++) {
    const p = projectId[i]!;
    if (p > maxProjectId) continue;
    const to = toState[i]!;
    const at = atOf[i]!;
    state[p] = to;
    lastEventAt[p] = at;
    if (to < STAGES) {
      const base = p * STAGES;
      for (let k = to; k >= 0 && Number.isNaN(firstReach[base + k]!); k--) firstReach[base + k] = at;
    }
  }
  return i;
}

export interface AmountChange {
  projectId: number;
  at: number;
  amount: number;
}

/**
 * The amount each project counted for at each checkpoint: its last recorded amount before the checkpoint,
 * or `current` when none was recorded before it (projects whose amount was never changed in the app).
 * `changes` sorted by at.
 */
export function amountsAt(
  changes: readonly AmountChange[],
  checkpoints: readonly number[],
  current: Float64Array,
): Float64Array[] {
  const amount = current.slice();
  const seen = new Uint8Array(current.length);
  // A project with recorded changes counts its first recorded amount until a later one applies.
  for (const c of changes) {
    if (c.projectId < amount.length && !seen[c.projectId]) {
      seen[c.projectId] = 1;
      amount[c.projectId] = c.amount;
    }
  }
  const out: Float64Array[] = [];
  let i = 0;
  for (const checkpoint of checkpoints) {
    for (; i < changes.length && changes[i]!.at < checkpoint; i++) {
      const c = changes[i]!;
      if (c.projectId < amount.length) amount[c.projectId] = c.amount;
    }
    out.push(amount.slice());
  }
  return out;
}
