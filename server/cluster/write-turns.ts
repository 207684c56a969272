import type { GateMember } from './gate-turns';

/**
 * Whose turn it is to write, across the workers (decision 138), kept by the primary. SQLite lets one
 * connection write at a time; a worker that finds the lock taken waits in SQLite's busy handler, which
 * sleeps 1, 2, 5, 10… ms with its event loop blocked. So a worker writes only in its turn: it asks,
 * and the first to ask gets it. The holder keeps the turn, with no message per write, until another
 * asks: then it is told to yield, lets its running mutations finish, commits and hands the turn back,
 * and the turn goes to the next in line (with a yield at once if someone else is waiting too).
 */
export class WriteTurns {
  private holder: GateMember | null = null;
  private readonly queue: GateMember[] = [];

  ask(member: GateMember): void {
    if (!this.holder) {
      this.grant(member);
      return;
    }
    if (this.holder === member || this.queue.includes(member)) return;
    this.queue.push(member);
    if (this.queue.length === 1) this.holder.send({ type: 'turn.yield' });
  }

  /** The holder hands the turn back; `again`: it has more to write (one message instead of two). */
  release(member: GateMember, again = false): void {
    if (this.holder !== member) return;
    this.holder = null;
    if (again) this.queue.push(member);
    const next = this.queue.shift();
    if (next) this.grant(next);
  }

  /** A worker ended: its turn (held or asked for) ends with it; SQLite freed its lock with the process. */
  left(member: GateMember): void {
    const waiting = this.queue.indexOf(member);
    if (waiting >= 0) this.queue.splice(waiting, 1);
    this.release(member);
  }

  private grant(member: GateMember): void {
    this.holder = member;
    member.send({ type: 'turn.grant', yieldNow: this.queue.length > 0 });
  }
}
