import { describe, expect, it } from 'vitest';
import { type GateMember, GateTurns } from '../../server/cluster/gate-turns';
import type { ToWorker } from '../../server/cluster/messages';

/** Workers that record what the primary tells them. */
function workers(n: number) {
  const all = new Map<number, GateMember & { got: ToWorker[] }>();
  for (let id = 1; id <= n; id++) {
    const got: ToWorker[] = [];
    all.set(id, { id, got, send: (m) => got.push(m) });
  }
  const turns = new GateTurns(() => [...all.values()]);
  return { all, turns, w: (id: number) => all.get(id)! };
}

const pauses = (m: { got: ToWorker[] }) => m.got.filter((g) => g.type === 'gate.pause').length;

describe('the write gate across processes (decision 135)', () => {
  it('grants a turn only once every worker has drained, and resumes them all on release', () => {
    const { turns, w } = workers(3);
    let granted = 0;
    turns.take(w(2), () => granted++);
    expect([1, 2, 3].map((id) => pauses(w(id)))).toEqual([1, 1, 1]);
    turns.drained(w(1), 1);
    turns.drained(w(2), 1);
    expect(granted).toBe(0);
    turns.drained(w(3), 1);
    expect(granted).toBe(1);
    turns.release(w(2));
    expect([1, 2, 3].map((id) => w(id).got.at(-1))).toEqual([
      { type: 'gate.resume', round: 1 },
      { type: 'gate.resume', round: 1 },
      { type: 'gate.resume', round: 1 },
    ]);
    expect(turns.busy).toBe(false);
  });

  it('gives turns one at a time, in order', () => {
    const { turns, w } = workers(2);
    const order: number[] = [];
    turns.take(w(1), () => order.push(1));
    turns.take(w(2), () => order.push(2));
    turns.drained(w(1), 1);
    turns.drained(w(2), 1);
    expect(order).toEqual([1]);
    // A drained message of an earlier round does not count for the next one.
    turns.release(w(1));
    turns.drained(w(1), 1);
    turns.drained(w(2), 1);
    expect(order).toEqual([1]);
    turns.drained(w(1), 2);
    turns.drained(w(2), 2);
    expect(order).toEqual([1, 2]);
  });

  it('a worker that ends gives up its turn and is not waited for', () => {
    const { all, turns, w } = workers(2);
    const granted: number[] = [];
    turns.take(w(1), () => granted.push(1));
    turns.take(w(2), () => granted.push(2));
    turns.drained(w(1), 1);
    // Worker 2 ends before it drained: worker 1's turn comes, and worker 2's request is gone.
    const two = w(2);
    all.delete(2);
    turns.left(two);
    expect(granted).toEqual([1]);
    // The holder ends: the others resume and the gate is free.
    const one = w(1);
    all.delete(1);
    turns.left(one);
    expect(turns.busy).toBe(false);
  });

  it('a worker started during a turn starts paused', () => {
    const { all, turns, w } = workers(1);
    let granted = 0;
    turns.take(w(1), () => granted++);
    const late: GateMember & { got: ToWorker[] } = { id: 9, got: [], send: (m) => late.got.push(m) };
    all.set(9, late);
    turns.joined(late);
    turns.drained(w(1), 1);
    expect(granted).toBe(0);
    turns.drained(late, 1);
    expect(granted).toBe(1);
    expect(late.got).toEqual([{ type: 'gate.pause', round: 1 }]);
  });
});
