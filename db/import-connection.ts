import { syncWal } from './group-commit';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { type Db, openSecondConnection } from './client';

/**
 * The connection a ledger import writes its one transaction on (decision 074). A 20,000-row import
 * writes ~40 MB to the WAL; with `synchronous = FULL` its COMMIT fsyncs all of it and then copies it
 * into the database file (the automatic checkpoint), holding the event loop for 200–450 ms. So this
 * connection commits without syncing (`NORMAL`) and without checkpointing; `makeDurable` then syncs
 * the WAL on libuv's thread pool before the import is acknowledged (the promise decision 060 makes),
 * and `checkpointInBackground` copies it into the database file from a worker thread.
 * An in-memory database has no second connection: null.
 */
export function openImportConnection(db: Db): Db | null {
  const conn = openSecondConnection(db);
  conn?.$client.pragma('synchronous = NORMAL');
  conn?.$client.pragma('wal_autocheckpoint = 0');
  return conn;
}

/** Flushes the WAL to disk off the event loop: what was committed now survives a power loss. */
export function makeDurable(conn: Db): Promise<void> {
  return syncWal(conn.$client.name);
}

const sqlitePath = createRequire(import.meta.url).resolve('better-sqlite3');

const CHECKPOINT = `
const { workerData } = require('node:worker_threads');
const Database = require(workerData.sqlite);
const db = new Database(workerData.file);
try { db.pragma('wal_checkpoint(PASSIVE)'); } finally { db.close(); }
`;

/**
 * Copies the WAL into the database file from a worker thread (a PASSIVE checkpoint never blocks
 * readers or writers). Resolves when done; a failure is only logged, as SQLite checkpoints again later.
 */
export function checkpointInBackground(db: Db): Promise<void> {
  return new Promise((resolve) => {
    const worker = new Worker(CHECKPOINT, {
      eval: true,
      workerData: { sqlite: sqlitePath, file: db.$client.name },
    });
    worker.once('error', (error) => {
      // A database removed meanwhile (a test's temporary one) has nothing left to checkpoint.
      if (existsSync(db.$client.name)) console.warn('background checkpoint failed:', error.message);
      resolve();
    });
    worker.once('exit', () => resolve());
    // Never keeps a stopping process alive: a checkpoint cut short is safe, SQLite redoes it.
    worker.unref();
  });
}
