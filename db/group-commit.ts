import type Database from 'better-sqlite3';
import { type FileHandle, open as openFile } from 'node:fs/promises';

/**
 * Group commit (decision 136). With `synchronous = FULL` every COMMIT waits for the disk on the event
 * loop (≈ 1 ms of a move's 1.7 ms here). Where a connection groups its commits:
 *  - the writes made during one turn of the event loop share one transaction: the first opens it
 *    (BEGIN IMMEDIATE), each write runs in its own savepoint (a write that fails rolls back alone), and
 *    the transaction commits once, on the next turn (setImmediate);
 *  - the connection commits without syncing (`synchronous = NORMAL`), and the WAL is synced on libuv's
 *    thread pool afterwards (as the ledger import's commit, decision 074): one sync serves every group
 *    committed before it started, while the event loop goes on serving;
 *  - whoever answers for a write waits for `pendingCommit` (committed and synced) before it answers:
 *    nothing is reported done before it is on disk (decision 060).
 * A write made where grouping is off (the predicate says no, e.g. while a ledger import holds the
 * write lock) commits at once, with whatever the open group holds; its sync follows.
 */
interface Group {
  done: Promise<void>;
  settle: (error?: Error) => void;
}

interface Grouping {
  /** Whether a write joins the open group (checked at each write). */
  when: () => boolean;
  /** Called when a group failed: what was read from its writes may not be on disk. */
  failed?: (error: unknown) => void;
  /** Groups that failed so far, so that a writer can tell whether one failed while it waited. */
  failures: number;
  /** The last group begun: settled once it and every group before it are on disk. */
  latest: Promise<void> | null;
  /** Committed groups waiting for a sync that starts after their commit. */
  unsynced: Group[];
  syncing: boolean;
  /** The WAL, kept open while grouping: one hop to libuv's thread pool per sync instead of three. */
  wal: Promise<FileHandle> | null;
}

const groupings = new WeakMap<Database.Database, Grouping>();
const open = new WeakMap<Database.Database, Group>();

/** Groups the connection's commits while `when()` holds. */
export function groupCommits(
  sqlite: Database.Database,
  options: { when?: () => boolean; failed?: (error: unknown) => void } = {},
): void {
  commitNow(sqlite);
  groupings.set(sqlite, {
    when: options.when ?? (() => true),
    failed: options.failed,
    failures: 0,
    latest: null,
    unsynced: [],
    syncing: false,
    wal: null,
  });
  sqlite.pragma('synchronous = NORMAL'); // the sync is the chain's (syncNext)
}

/** Stops grouping: the open group commits now, and later writes commit (and sync) on return again. */
export function ungroupCommits(sqlite: Database.Database): void {
  commitNow(sqlite);
  const grouping = groupings.get(sqlite);
  if (!grouping) return;
  groupings.delete(sqlite);
  if (sqlite.open) sqlite.pragma('synchronous = FULL'); // docs/decisions/060-durability.md
  if (!grouping.syncing) closeWal(grouping); // else the last sync under way closes it (syncNext)
}

function closeWal(grouping: Grouping): void {
  const wal = grouping.wal;
  grouping.wal = null;
  void wal?.then((handle) => handle.close()).catch(() => undefined);
}

/** How many of the connection's groups failed so far. */
export function commitFailures(sqlite: Database.Database): number {
  return groupings.get(sqlite)?.failures ?? 0;
}

/** Runs `fn` in a write transaction: its own (committed on return) or a savepoint in the open group. */
export function transact<T>(sqlite: Database.Database, fn: () => T): T {
  const grouping = groupings.get(sqlite);
  if (!grouping?.when()) {
    const result = sqlite.transaction(fn).immediate(); // joins an open group as a savepoint…
    commitNow(sqlite); // …which then commits with it
    if (grouping) syncSoon(sqlite, grouping); // on disk soon, though nobody waits for it
    return result;
  }
  if (open.has(sqlite) && !sqlite.inTransaction) commitNow(sqlite); // rolled back by SQLite: it fails
  if (!open.has(sqlite)) begin(sqlite, grouping);
  return sqlite.transaction(fn)(); // in a transaction already: SAVEPOINT … RELEASE, or ROLLBACK TO
}

function newGroup(): Group {
  let settle!: Group['settle'];
  const done = new Promise<void>((resolve, reject) => {
    settle = (error) => (error === undefined ? resolve() : reject(error));
  });
  done.catch(() => {}); // a group nobody waits for (a write outside a request) must not crash the server
  return { done, settle };
}

function begin(sqlite: Database.Database, grouping: Grouping): void {
  sqlite.prepare('BEGIN IMMEDIATE').run();
  const group = newGroup();
  open.set(sqlite, group);
  grouping.latest = group.done;
  setImmediate(() => commitNow(sqlite));
}

/**
 * What whoever answers for a write made on this connection waits for: every group so far committed
 * and synced. Rejects if the last group failed (see commitFailures for earlier ones); null when the
 * connection does not group its commits.
 */
export function pendingCommit(sqlite: Database.Database): Promise<void> | null {
  return groupings.get(sqlite)?.latest ?? null;
}

/**
 * Commits the open group now (the next turn, a write that must commit at once, the server stopping);
 * its sync follows. A group SQLite rolled back meanwhile (a statement failing with SQLITE_FULL or an
 * I/O error ends the whole transaction) fails for all its writers instead of being reported done.
 */
export function commitNow(sqlite: Database.Database): void {
  const group = open.get(sqlite);
  if (!group) return;
  open.delete(sqlite);
  if (!sqlite.open) return fail(sqlite, group, new Error('the database was closed before the commit'));
  if (!sqlite.inTransaction) return fail(sqlite, group, new Error('the grouped transaction was rolled back'));
  try {
    sqlite.prepare('COMMIT').run();
  } catch (error) {
    if (sqlite.inTransaction) sqlite.prepare('ROLLBACK').run();
    return fail(sqlite, group, error);
  }
  const grouping = groupings.get(sqlite);
  if (!grouping || sqlite.memory) return group.settle(); // FULL still (ungrouped), or nothing to sync
  grouping.unsynced.push(group);
  syncNext(sqlite, grouping);
}

function syncSoon(sqlite: Database.Database, grouping: Grouping): void {
  if (sqlite.memory) return;
  grouping.unsynced.push(newGroup());
  syncNext(sqlite, grouping);
}

/** One sync at a time; each covers every group committed before it started. */
function syncNext(sqlite: Database.Database, grouping: Grouping): void {
  if (grouping.syncing) return;
  if (!grouping.unsynced.length) {
    if (groupings.get(sqlite) !== grouping) closeWal(grouping); // grouping stopped meanwhile
    return;
  }
  const groups = grouping.unsynced.splice(0);
  grouping.syncing = true;
  syncKept(sqlite, grouping)
    .then(
      () => groups.forEach((g) => g.settle()),
      (error: unknown) => groups.forEach((g) => fail(sqlite, g, error)),
    )
    .finally(() => {
      grouping.syncing = false;
      syncNext(sqlite, grouping);
    });
}

/** Syncs the WAL through the handle kept open; a handle that failed is opened again next time. */
async function syncKept(sqlite: Database.Database, grouping: Grouping): Promise<void> {
  grouping.wal ??= openFile(`${sqlite.name}-wal`, 'r+');
  const wal = grouping.wal;
  try {
    await (await wal).datasync();
  } catch (error) {
    closeWal(grouping);
    // A WAL that is gone was checkpointed and synced by the last connection's close (see syncWal).
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/**
 * Flushes a database's WAL to disk on libuv's thread pool: what was committed before the call survives
 * a power loss. A WAL that is gone was checkpointed into the database and removed by the last
 * connection's close, which syncs both.
 */
export async function syncWal(databasePath: string): Promise<void> {
  let wal;
  try {
    wal = await openFile(`${databasePath}-wal`, 'r+');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  try {
    await wal.datasync();
  } finally {
    await wal.close();
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
