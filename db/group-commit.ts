import type Database from 'better-sqlite3';

/**
 * Group commit (decision 136). With `synchronous = FULL` every COMMIT waits for the disk (≈ 1 ms of a
 * move's 1.7 ms here). Where a connection groups its commits, the writes made during one turn of the
 * event loop share one transaction: the first opens it (BEGIN IMMEDIATE), each write runs in its own
 * savepoint (a write that fails rolls back alone), and the transaction commits once, on the next turn
 * (setImmediate). Whoever answers for a write waits for that commit (`pendingCommit`) before it
 * answers: nothing is reported done before it is on disk. A write made where grouping is off (the
 * predicate says no, e.g. while a ledger import holds the write lock) commits at once, with whatever
 * the open group holds.
 */
interface Group {
  done: Promise<void>;
  settle: (error?: Error) => void;
}

interface Grouping {
  /** Whether a write joins the open group (checked at each write). */
  when: () => boolean;
  /** Called when a group's commit failed: what was read from its writes is not on disk. */
  failed?: (error: unknown) => void;
  /** Groups that failed so far, so that a writer can tell whether one failed while it waited. */
  failures: number;
}

const groupings = new WeakMap<Database.Database, Grouping>();
const open = new WeakMap<Database.Database, Group>();

/** Groups the connection's commits while `when()` holds. */
export function groupCommits(
  sqlite: Database.Database,
  options: { when?: () => boolean; failed?: (error: unknown) => void } = {},
): void {
  groupings.set(sqlite, { when: options.when ?? (() => true), failed: options.failed, failures: 0 });
}

/** Stops grouping: the open group commits now, and later writes commit on return again. */
export function ungroupCommits(sqlite: Database.Database): void {
  commitNow(sqlite);
  groupings.delete(sqlite);
}

/** How many of the connection's groups failed to commit so far. */
export function commitFailures(sqlite: Database.Database): number {
  return groupings.get(sqlite)?.failures ?? 0;
}

/** Runs `fn` in a write transaction: its own (committed on return) or a savepoint in the open group. */
export function transact<T>(sqlite: Database.Database, fn: () => T): T {
  if (!(groupings.get(sqlite)?.when() ?? false)) {
    const result = sqlite.transaction(fn).immediate(); // joins an open group as a savepoint…
    commitNow(sqlite); // …which then commits with it, so that this write is on disk on return
    return result;
  }
  if (open.has(sqlite) && !sqlite.inTransaction) commitNow(sqlite); // rolled back by SQLite: it fails
  if (!open.has(sqlite)) begin(sqlite);
  return sqlite.transaction(fn)(); // in a transaction already: SAVEPOINT … RELEASE, or ROLLBACK TO
}

function begin(sqlite: Database.Database): void {
  sqlite.prepare('BEGIN IMMEDIATE').run();
  let settle!: Group['settle'];
  const done = new Promise<void>((resolve, reject) => {
    settle = (error) => (error === undefined ? resolve() : reject(error));
  });
  done.catch(() => {}); // a group nobody waits for (a write outside a request) must not crash the server
  open.set(sqlite, { done, settle });
  setImmediate(() => commitNow(sqlite));
}

/** The open group's commit, for whoever answers for a write made in it; null when nothing is open. */
export function pendingCommit(sqlite: Database.Database): Promise<void> | null {
  return open.get(sqlite)?.done ?? null;
}

/**
 * Commits the open group now (the next turn, a write that must be on disk at once, the server
 * stopping). A group SQLite rolled back meanwhile (a statement failing with SQLITE_FULL or an I/O
 * error ends the whole transaction) fails for all its writers instead of being reported done.
 */
export function commitNow(sqlite: Database.Database): void {
  const group = open.get(sqlite);
  if (!group) return;
  open.delete(sqlite);
  if (!sqlite.open) return fail(sqlite, group, new Error('the database was closed before the commit'));
  if (!sqlite.inTransaction) return fail(sqlite, group, new Error('the grouped transaction was rolled back'));
  try {
    sqlite.prepare('COMMIT').run();
    group.settle();
  } catch (error) {
    if (sqlite.inTransaction) sqlite.prepare('ROLLBACK').run();
    fail(sqlite, group, error);
  }
}

function fail(sqlite: Database.Database, group: Group, error: unknown): void {
  const grouping = groupings.get(sqlite);
  if (grouping) {
    grouping.failures++;
    grouping.failed?.(error);
  }
  group.settle(error instanceof Error ? error : new Error(String(error)));
}
