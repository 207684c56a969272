import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transact } from './group-commit';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const MIGRATIONS = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/**
 * Opens (and migrates) the SQLite database. WAL for concurrent readers, NORMAL sync (durable across
 * process crashes in WAL mode), foreign keys on, a busy timeout so writers queue instead of failing.
 * See docs/decisions/002-sqlite-settings.md.
 */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = connect(path);
  migrate(db, { migrationsFolder: MIGRATIONS });
  return db;
}

function connect(path: string): Db {
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL'); // docs/decisions/060-durability.md
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  keepPreparedStatements(sqlite);
  return drizzle({ client: sqlite, schema });
}

/** How many statements a connection keeps prepared (least recently used leave first). */
export const PREPARED_STATEMENTS_KEPT = 500;

/**
 * Prepares each SQL text once per connection (decision 134). drizzle and the services prepare every
 * statement again on every call; SQLite's prepare was a third of a move's time in the database. A kept
 * statement comes back in its default mode (objects, not raw rows or plucked values), as a fresh one
 * would; one still being iterated is not handed out again, a fresh one is prepared instead.
 */
export function keepPreparedStatements(sqlite: Database.Database, limit = PREPARED_STATEMENTS_KEPT): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const kept = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    const statement = kept.get(source);
    if (statement && !statement.busy) {
      kept.delete(source);
      kept.set(source, statement);
      if (statement.reader) statement.raw(false).pluck(false).expand(false);
      return statement;
    }
    const fresh = prepare(source);
    if (!statement) {
      kept.set(source, fresh);
      if (kept.size > limit) kept.delete(kept.keys().next().value!);
    }
    return fresh;
  }) as Database.Database['prepare'];
}

/**
 * A second connection to the same database file, for a ledger import that writes in one transaction
 * while the main connection goes on reading the last committed state (WAL; decision 073). Close it
 * when done. An in-memory database has no file to share: null.
 */
export function openSecondConnection(db: Db): Db | null {
  return db.$client.memory ? null : connect(db.$client.name);
}

/**
 * Runs `fn` in a write transaction started with BEGIN IMMEDIATE, so two writers never deadlock on
 * lock upgrade; everything inside commits together or not at all. On a connection that groups its
 * commits (the server's, decision 136) it commits with the other writes of the same turn: answer only
 * after `pendingCommit` (server/write-gate.ts sharedWrite does).
 */
export function writeTransaction<T>(db: Db, fn: () => T): T {
  return transact(db.$client, fn);
}
