import { TZDate } from '@date-fns/tz';
import Database from 'better-sqlite3';
import { format } from 'date-fns';
import { createHash } from 'node:crypto';
import {
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { BUSINESS_TZ, DAY_MS } from '../shared/domain/dates';
import { hashPath, storedHashes } from './files';

const NAME = /^app-(\d{8})-(\d{6})\.db$/;

/** `app-YYYYMMDD-HHmmss.db`, in Shanghai time like every date the office reads. */
export function backupFileName(now: number): string {
  return `app-${format(new TZDate(now, BUSINESS_TZ), 'yyyyMMdd-HHmmss')}.db`;
}

/** The documents' bytes of every backup in `dir` (shared: a file is kept once, whatever backups name it). */
export const backupFilesDir = (dir: string) => join(dir, 'files');

/**
 * An online backup of the database file at `databasePath` into `dir`, through SQLite's backup API
 * (better-sqlite3 `db.backup()`): consistent while the server keeps reading and writing (WAL), and
 * checked with `PRAGMA integrity_check` before it counts. With `filesDir`, the documents the copy names
 * are copied into `dir/files/` (decision 008): a stored file is never changed or removed while a row names
 * it, so the files the copy names are all there, and the pair is consistent. Returns the backup's path.
 */
export async function backupDatabase(
  databasePath: string,
  dir: string,
  now = Date.now(),
  opts: { filesDir?: string } = {},
): Promise<string> {
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
  if (opts.filesDir) copyDocuments(target, opts.filesDir, backupFilesDir(dir));
  return target;
}

/** The hashes of the documents a database (or a backup of it) names; none before migration 0014. */
export function namedHashes(databasePath: string): Set<string> {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const has = db.prepare(`select 1 from sqlite_master where type = 'table' and name = 'documents'`).get();
    if (!has) return new Set();
    return new Set(db.prepare('select distinct sha256 from documents').pluck().all() as string[]);
  } finally {
    db.close();
  }
}

/**
 * Copies each document the backup names that `to` does not hold yet, checked against its hash (a
 * damaged source fails the backup rather than being kept as good). Returns how many were copied.
 */
export function copyDocuments(backupPath: string, from: string, to: string): number {
  let copied = 0;
  for (const hash of namedHashes(backupPath)) {
    const target = hashPath(to, hash);
    if (existsSync(target)) continue;
    const source = hashPath(from, hash);
    if (createHash('sha256').update(readFileSync(source)).digest('hex') !== hash)
      throw new Error(`document ${hash} does not match its hash; backup of files stopped`);
    mkdirSync(dirname(target), { recursive: true });
    const temp = `${target}.part`;
    copyFileSync(source, temp, constants.COPYFILE_EXCL);
    renameSync(temp, target);
    copied++;
  }
  return copied;
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
  if (removed.length) pruneBackupFiles(dir);
  return removed;
}

/** Documents in `dir/files/` that no remaining backup names are removed with the last backup naming them. */
function pruneBackupFiles(dir: string): void {
  const files = backupFilesDir(dir);
  if (!existsSync(files)) return;
  const kept = new Set<string>();
  for (const name of readdirSync(dir))
    if (NAME.test(name)) for (const h of namedHashes(join(dir, name))) kept.add(h);
  for (const hash of storedHashes(files)) if (!kept.has(hash)) rmSync(hashPath(files, hash), { force: true });
}

/**
 * Daily backups while the server runs: one shortly after start-up, then every 24 h, keeping
 * `retentionDays` days. The timer is unref'd so it never keeps the process alive.
 */
export function startDailyBackups(opts: {
  databasePath: string;
  dir: string;
  filesDir?: string;
  retentionDays: number;
  log: (message: string, error?: unknown) => void;
  firstDelayMs?: number;
}): () => void {
  const run = async () => {
    try {
      const path = await backupDatabase(opts.databasePath, opts.dir, Date.now(), { filesDir: opts.filesDir });
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
