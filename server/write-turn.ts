import type { Db } from '../db/client';
import { commitNow } from '../db/group-commit';
import { inCluster, onPrimaryMessage, type ToPrimary, type ToWorker, tellPrimary } from './cluster/messages';

/**
 * A worker's side of the write turns (decision 138, the primary's side is server/cluster/write-turns.ts).
 * Every mutation enters the turn before it runs and leaves it when it returns: this process writes
 * only while it holds the turn, so it never waits in SQLite's busy handler (which blocks its event loop)
 * for the other workers' groups. Asked to yield, it lets the mutations inside finish, queues new ones,
 * commits its open group and hands the turn back; the queued ones ask again. Outside a cluster, nothing.
 */
interface Turn {
  tell: (message: ToPrimary) => void;
  holding: boolean;
  asked: boolean;
  yielding: boolean;
  /** Mutations inside the turn now. */
  inside: number;
  /** Mutations waiting for the turn. */
  waiting: (() => void)[];
}

const turns = new WeakMap<Db, Turn>();

/** How a worker talks to the primary: the cluster's IPC channel, or a test's stand-in. */
export interface PrimaryLink {
  tell: (message: ToPrimary) => void;
  listen: (handle: (message: ToWorker) => void) => void;
}

const clusterLink: PrimaryLink = { tell: tellPrimary, listen: onPrimaryMessage };

export function joinWriteTurns(db: Db, link: PrimaryLink | null = inCluster() ? clusterLink : null): void {
  if (!link || turns.has(db)) return;
  const turn: Turn = {
    tell: link.tell,
    holding: false,
    asked: false,
    yielding: false,
    inside: 0,
    waiting: [],
  };
  turns.set(db, turn);
  link.listen((message) => {
    if (message.type === 'turn.grant') {
      turn.holding = true;
      turn.asked = false;
      turn.yielding = message.yieldNow; // others wait: hand back after what waits here now
      const waiting = turn.waiting.splice(0);
      turn.inside += waiting.length;
      for (const go of waiting) go();
      handBack(db, turn);
    } else if (message.type === 'turn.yield') {
      turn.yielding = true;
      handBack(db, turn);
    }
  });
}

/** Waits for this process's turn to write (at once while it holds it). */
export function enterWriteTurn(db: Db): Promise<void> | undefined {
  const turn = turns.get(db);
  if (!turn) return undefined;
  if (turn.holding && !turn.yielding) {
    turn.inside++;
    return undefined;
  }
  return new Promise<void>((resolve) => {
    turn.waiting.push(resolve);
    ask(turn);
  });
}

export function leaveWriteTurn(db: Db): void {
  const turn = turns.get(db);
  if (!turn) return;
  turn.inside--;
  handBack(db, turn);
}

function ask(turn: Turn): void {
  if (turn.asked || turn.holding) return;
  turn.asked = true;
  turn.tell({ type: 'turn.ask' });
}

function handBack(db: Db, turn: Turn): void {
  if (!turn.holding || !turn.yielding || turn.inside > 0) return;
  commitNow(db.$client); // the next holder must find SQLite's lock free
  turn.holding = false;
  turn.yielding = false;
  turn.asked = turn.waiting.length > 0; // the release asks again for what came meanwhile
  turn.tell({ type: 'turn.release', again: turn.asked });
}
