import Database from 'better-sqlite3';
import {
  copyFileSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDatabase, backupFileName, backupFilesDir, pruneBackups } from '../../db/backup';
import { openDatabase } from '../../db/client';
import { storedHashes } from '../../db/files';
import { samplePdf, samplePng } from '../../db/seed/sample-files';
import { buildApp } from '../../server/app';
import { configureFiles } from '../../server/services/documents/file-store';
import { createTestDb } from '../helpers/db';
import { asUser, makeDocument } from '../helpers/documents';
import { makeProject, makeUser } from '../helpers/factories';
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

describe('backups of documents', () => {
  it('a restore brings the documents back with the database, and old backups take their files along', async () => {
    const data = mkdtempSync(join(tmpdir(), 'invest-restore-'));
    const filesDir = join(data, 'files');
    const backupDir = join(data, 'backups');
    const live = openDatabase(join(data, 'app.db'));
    configureFiles(filesDir);
    const officer = makeUser(live, { role: 'staff' });
    const p = makeProject(live, { by: officer });
    const agreement = await makeDocument(live, officer, p.id, 'agreement', samplePdf('signed'));
    const licence = await makeDocument(live, officer, p.id, 'license', samplePng());
    const path = await backupDatabase(join(data, 'app.db'), backupDir, Date.now(), { filesDir });
    expect(storedHashes(backupFilesDir(backupDir))).toHaveLength(2);
    live.$client.close();

    // The disk is lost: only the backup folder is left. README's steps: copy the database and the files.
    rmSync(join(data, 'app.db'), { force: true });
    rmSync(join(data, 'app.db-wal'), { force: true });
    rmSync(join(data, 'app.db-shm'), { force: true });
    rmSync(filesDir, { recursive: true, force: true });
    copyFileSync(path, join(data, 'app.db'));
    cpSync(backupFilesDir(backupDir), filesDir, { recursive: true });

    const restored = openDatabase(join(data, 'app.db'));
    const app = await buildApp({ db: restored, filesDir });
    try {
      const headers = asUser(restored, officer.id);
      for (const [doc, bytes] of [
        [agreement, samplePdf('signed')],
        [licence, samplePng()],
      ] as const) {
        const res = await app.inject({ method: 'GET', url: `/api/documents/${doc.id}`, headers });
        expect(res.statusCode).toBe(200);
        expect(res.rawPayload.equals(bytes)).toBe(true);
      }
    } finally {
      await app.close();
      restored.$client.close();
    }

    // A backup past retention takes the files only it named.
    const old = join(backupDir, 'app-20250101-000000.db');
    renameSync(path, old);
    utimesSync(old, new Date(0), new Date(0));
    expect(pruneBackups(backupDir, 14)).toEqual([old]);
    expect(storedHashes(backupFilesDir(backupDir))).toEqual([]);
    rmSync(data, { recursive: true, force: true });
  });
});
