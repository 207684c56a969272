import type { Db } from '../db/client';
import { commitFailures, commitNow, groupCommits, pendingCommit, ungroupCommits } from '../db/group-commit';
import { askPrimary, inCluster, onPrimaryMessage, tellPrimary } from './cluster/messages';
import { enterWriteTurn, leaveWriteTurn } from './write-turn';

/**
 * The application's write gate (decision 073). A ledger import writes its rows in one transaction on
 * its own connection, giving way to the event loop between chunks; meanwhile SQLite refuses every
 * other writer, and a writer on the main connection would busy-wait (blocking the event loop) for up
 * to busy_timeout and then fail. So writes take turns here first, asynchronously: every mutation
 * holds the gate shared while it runs (many at once, as before), and the import holds it alone for
 * its write — it waits for the mutations already running, and the ones that come meanwhile wait for
 * it (queued, not refused) while reads go on against the last committed state.
 */
interface Gate {
  /** Mutations running now. */
  shared: number;
  /** The import writing (or waiting to): new mutations queue behind it. */
  exclusive: Promise<void> | null;
  /** Wakes the import once the running mutations are done. */
  drained: (() => void) | null;
}

const gates = new WeakMap<Db, Gate>();

function gateOf(db: Db): Gate {
  let gate = gates.get(db);
  if (!gate) {
    gate = { shared: 0, exclusive: null, drained: null };
    gates.set(db, gate);
  }
  return gate;
}

/** Runs a mutation once no import is writing; the import waits for it to finish. */
export async function sharedWrite<T>(db: Db, fn: () => T | Promise<T>): Promise<T> {
  const gate = gateOf(db);
  while (gate.exclusive) await gate.exclusive;
  gate.shared++;
  try {
    const failuresBefore = commitFailures(db.$client);
    await enterWriteTurn(db); // in a cluster, this process's turn to write (decision 138)
    let result: T;
    try {
      result = await fn();
    } finally {
      leaveWriteTurn(db);
    }
    // Grouped commits (decision 136): answered only once its writes are on disk, or with an error.
    await pendingCommit(db.$client)?.catch(() => undefined);
    if (commitFailures(db.$client) !== failuresBefore)
      throw new Error('a grouped commit failed while this write waited for it');
    return result;
  } finally {
    gate.shared--;
    if (gate.shared === 0) gate.drained?.();
  }
}

/**
 * Runs `fn` as the only writer: after the running mutations, before the ones that come meanwhile. In a
 * cluster (decision 135) the primary gives the turn: it pauses every worker's gate, this one's too,
 * and waits until their running mutations are done, so no process waits on SQLite's lock meanwhile.
 */
export async function exclusiveWrite<T>(db: Db, fn: () => Promise<T>): Promise<T> {
  if (!joined.has(db)) return localExclusive(db, fn);
  await askPrimary({ kind: 'gate.take' });
  try {
    return await fn();
  } finally {
    tellPrimary({ type: 'gate.release' });
  }
}

const joined = new WeakSet<Db>();

/**
 * A worker's part in the cluster's gate: on the primary's pause it holds its gate alone (the running
 * mutations finish, new ones queue) and says so; on resume it lets them go. Outside a cluster, nothing.
 */
export function joinClusterGate(db: Db): void {
  if (!inCluster() || joined.has(db)) return;
  joined.add(db);
  // The round being paused for, and how to let its hold go; a resume can overtake its hold's start.
  let pausedRound: number | null = null;
  let release: (() => void) | null = null;
  onPrimaryMessage((message) => {
    if (message.type === 'gate.pause') {
      const { round } = message;
      pausedRound = round;
      void localExclusive(
        db,
        () =>
          new Promise<void>((resolve) => {
            tellPrimary({ type: 'gate.drained', round });
            if (pausedRound === round) release = resolve;
            else resolve();
          }),
      );
    } else if (message.type === 'gate.resume') {
      if (pausedRound === message.round) pausedRound = null;
      release?.();
      release = null;
    }
  });
}

async function localExclusive<T>(db: Db, fn: () => Promise<T>): Promise<T> {
  const gate = gateOf(db);
  while (gate.exclusive) await gate.exclusive;
  let release!: () => void;
  gate.exclusive = new Promise<void>((resolve) => (release = resolve));
  commitNow(db.$client); // the import's connection must not wait for a group on this one
  try {
    if (gate.shared > 0) await new Promise<void>((resolve) => (gate.drained = resolve));
    gate.drained = null;
    return await fn();
  } finally {
    gate.drained = null;
    gate.exclusive = null;
    release();
  }
}

/**
 * Whether an import holds (or is about to take) the write lock: the few writes made outside a mutation
 * (refreshing a session's idle timer) are skipped meanwhile instead of waiting on SQLite's lock.
 */
export function writesPaused(db: Db): boolean {
  return gates.get(db)?.exclusive != null;
}

/**
 * The server's connection groups the commits of one turn of the event loop (decision 136), except while
 * an import holds or awaits the write lock: its connection must not wait on a group of this one.
 */
export function enableGroupCommit(db: Db, failed: (error: unknown) => void): () => void {
  groupCommits(db.$client, { when: () => !writesPaused(db), failed });
  return () => ungroupCommits(db.$client);
}
