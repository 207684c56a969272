import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDatabase, backupFileName, pruneBackups } from '../../db/backup';
import { createTestDb } from '../helpers/db';
import { makeProject } from '../helpers/factories';
import { shanghai } from '../helpers/time';

const db = createTestDb();
makeProject(db);
makeProject(db);

describe('backups', () => {
  it('names backups by Shanghai time', () => {
    expect(backupFileName(shanghai(2026, 11, 26, 9, 5))).toBe('app-20261126-090500.db');
  });

  it('makes a consistent online copy while the database is open and being written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'invest-backup-'));
    const file = db.$client.name;
    const pending = backupDatabase(file, dir, shanghai(2026, 11, 26, 10, 0));
    makeProject(db); // a write while the backup runs
    const path = await pending;
    const copy = new Database(path, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    const n = (copy.prepare('select count(*) as n from projects').get() as { n: number }).n;
    expect(n).toBeGreaterThanOrEqual(2);
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
  });

  it('keeps backups for the retention period only, and only its own files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'invest-backup-'));
    const now = Date.now();
    const old = join(dir, 'app-20260101-000000.db');
    const recent = join(dir, 'app-20261120-000000.db');
    const other = join(dir, 'notes.txt');
    for (const f of [old, recent, other]) writeFileSync(f, 'x');
    utimesSync(old, new Date(now - 20 * 86400_000), new Date(now - 20 * 86400_000));
    utimesSync(other, new Date(now - 20 * 86400_000), new Date(now - 20 * 86400_000));
    utimesSync(recent, new Date(now - 3 * 86400_000), new Date(now - 3 * 86400_000));
    expect(pruneBackups(dir, 14, now)).toEqual([old]);
    expect(readdirSync(dir).sort()).toEqual(['app-20261120-000000.db', 'notes.txt']);
  });
});
