import { TZDate } from '@date-fns/tz';
import Database from 'better-sqlite3';
import { format } from 'date-fns';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUSINESS_TZ, DAY_MS } from '../shared/domain/dates';

const NAME = /^app-(\d{8})-(\d{6})\.db$/;

/** `app-YYYYMMDD-HHmmss.db`, in Shanghai time like every date the office reads. */
export function backupFileName(now: number): string {
  return `app-${format(new TZDate(now, BUSINESS_TZ), 'yyyyMMdd-HHmmss')}.db`;
}

/**
 * An online backup of the database file at `databasePath` into `dir`, through SQLite's backup API
 * (better-sqlite3 `db.backup()`): consistent while the server keeps reading and writing (WAL), and
 * checked with `PRAGMA integrity_check` before it counts. Returns the backup's path.
 */
export async function backupDatabase(databasePath: string, dir: string, now = Date.now()): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const target = join(dir, backupFileName(now));
  const source = new Database(databasePath, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    await source.backup(target);
  } finally {
    source.close();
  }
  const copy = new Database(target);
  try {
    const result = copy.pragma('integrity_check', { simple: true });
    // A backup is a single self-contained file: no -wal beside it.
    copy.pragma('journal_mode = DELETE');
    if (result !== 'ok') throw new Error(`backup ${target} failed integrity_check: ${String(result)}`);
  } finally {
    copy.close();
  }
  return target;
}

/** Deletes backups (by their name's timestamp) older than `retentionDays`; returns what it removed. */
export function pruneBackups(dir: string, retentionDays: number, now = Date.now()): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!NAME.test(name)) continue;
    const path = join(dir, name);
    if (now - statSync(path).mtimeMs > retentionDays * DAY_MS) {
      rmSync(path, { force: true });
      removed.push(path);
    }
  }
  return removed;
}

/**
 * Daily backups while the server runs: one shortly after start-up, then every 24 h, keeping
 * `retentionDays` days. The timer is unref'd so it never keeps the process alive.
 */
export function startDailyBackups(opts: {
  databasePath: string;
  dir: string;
  retentionDays: number;
  log: (message: string, error?: unknown) => void;
  firstDelayMs?: number;
}): () => void {
  const run = async () => {
    try {
      const path = await backupDatabase(opts.databasePath, opts.dir);
      const removed = pruneBackups(opts.dir, opts.retentionDays);
      opts.log(
        `backup written to ${path}${removed.length ? `, ${removed.length} old backup(s) removed` : ''}`,
      );
    } catch (error) {
      opts.log('daily backup failed', error);
    }
  };
  const first = setTimeout(() => void run(), opts.firstDelayMs ?? 60_000);
  const daily = setInterval(() => void run(), DAY_MS);
  first.unref();
  daily.unref();
  return () => {
    clearTimeout(first);
    clearInterval(daily);
  };
}
