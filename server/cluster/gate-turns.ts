import type { ToWorker } from './messages';

/** What the primary needs of a worker: who it is and a way to tell it something. */
export interface GateMember {
  id: number;
  send(message: ToWorker): void;
}

interface Turn {
  member: GateMember;
  grant: () => void;
}

/**
 * The write gate across processes (decision 135), kept by the primary. A worker that must write alone
 * (the ledger import) asks for a turn; turns come one at a time, in order. For each turn every worker,
 * the asking one too, is told to pause: it lets its running mutations finish, queues new ones and says
 * it has drained. Once all have, the turn is granted; when its holder releases it, all resume.
 */
export class GateTurns {
  private readonly queue: Turn[] = [];
  private holder: Turn | null = null;
  private granted = false;
  private round = 0;
  private pending = new Set<number>();

  constructor(private readonly members: () => GateMember[]) {}

  take(member: GateMember, grant: () => void): void {
    this.queue.push({ member, grant });
    this.next();
  }

  drained(member: GateMember, round: number): void {
    if (round !== this.round) return;
    this.pending.delete(member.id);
    this.check();
  }

  release(member: GateMember): void {
    if (this.holder?.member !== member) return;
    for (const m of this.members()) m.send({ type: 'gate.resume', round: this.round });
    this.holder = null;
    this.granted = false;
    this.next();
  }

  /** A worker started: during a turn it starts paused too. */
  joined(member: GateMember): void {
    if (!this.holder) return;
    if (!this.granted) this.pending.add(member.id);
    member.send({ type: 'gate.pause', round: this.round });
  }

  /** A worker ended: its turn (held or asked for) ends, and it has nothing left to drain. */
  left(member: GateMember): void {
    const waiting = this.queue.findIndex((t) => t.member === member);
    if (waiting >= 0) this.queue.splice(waiting, 1);
    this.pending.delete(member.id);
    if (this.holder?.member === member) this.release(member);
    else this.check();
  }

  /** Whether a worker writes alone now (or is about to). */
  get busy(): boolean {
    return this.holder != null;
  }

  private next(): void {
    if (this.holder) return;
    const turn = this.queue.shift();
    if (!turn) return;
    this.holder = turn;
    this.round++;
    const members = this.members();
    this.pending = new Set(members.map((m) => m.id));
    for (const m of members) m.send({ type: 'gate.pause', round: this.round });
    this.check();
  }

  private check(): void {
    if (!this.holder || this.granted || this.pending.size > 0) return;
    this.granted = true;
    this.holder.grant();
  }
}
