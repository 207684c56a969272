import { describe, expect, it } from 'vitest';
import type { ToWorker } from '../../server/cluster/messages';
import type { GateMember } from '../../server/cluster/gate-turns';
import { WriteTurns } from '../../server/cluster/write-turns';

/** Whose turn it is to write across the workers (decision 138): the primary's bookkeeping. */
function member(id: number) {
  const got: string[] = [];
  const m: GateMember & { got: string[] } = {
    id,
    got,
    send: (message: ToWorker) =>
      got.push(message.type === 'turn.grant' && message.yieldNow ? 'turn.grant+yield' : message.type),
  };
  return m;
}

describe('write turns', () => {
  it('go to the first to ask, who keeps the turn while nobody else asks', () => {
    const turns = new WriteTurns();
    const a = member(1);
    turns.ask(a);
    turns.ask(a);
    expect(a.got).toEqual(['turn.grant']);
  });

  it('ask the holder to yield once another asks, and pass to it on release', () => {
    const turns = new WriteTurns();
    const [a, b] = [member(1), member(2)];
    turns.ask(a);
    turns.ask(b);
    turns.ask(b); // asking twice changes nothing
    expect(a.got).toEqual(['turn.grant', 'turn.yield']);
    expect(b.got).toEqual([]);
    turns.release(a);
    expect(b.got).toEqual(['turn.grant']);
  });

  it('tell a new holder to yield at once when others are still in line, and serve them in order', () => {
    const turns = new WriteTurns();
    const [a, b, c] = [member(1), member(2), member(3)];
    turns.ask(a);
    turns.ask(b);
    turns.ask(c);
    turns.release(a);
    expect(b.got).toEqual(['turn.grant+yield']); // c waits: yield after what b has now
    turns.ask(a); // a has more to write: behind c
    turns.release(b);
    expect(c.got).toEqual(['turn.grant+yield']);
    turns.release(c);
    expect(a.got).toEqual(['turn.grant', 'turn.yield', 'turn.grant']);
  });

  it('take a release that asks again as both, in one message', () => {
    const turns = new WriteTurns();
    const [a, b] = [member(1), member(2)];
    turns.ask(a);
    turns.ask(b);
    turns.release(a, true);
    expect(b.got).toEqual(['turn.grant+yield']);
    turns.release(b);
    expect(a.got).toEqual(['turn.grant', 'turn.yield', 'turn.grant']);
  });

  it('ignore a release by a worker that does not hold the turn', () => {
    const turns = new WriteTurns();
    const [a, b] = [member(1), member(2)];
    turns.ask(a);
    turns.ask(b);
    turns.release(b);
    expect(b.got).toEqual([]);
  });

  it('pass on the turn of a worker that ended, and forget its place in line', () => {
    const turns = new WriteTurns();
    const [a, b, c] = [member(1), member(2), member(3)];
    turns.ask(a);
    turns.ask(b);
    turns.ask(c);
    turns.left(b); // waiting: leaves the line
    turns.left(a); // holding: the turn goes on
    expect(b.got).toEqual([]);
    expect(c.got).toEqual(['turn.grant']);
  });
});
