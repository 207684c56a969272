import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client';
import { checkpointInBackground, makeDurable, openImportConnection } from '../../db/import-connection';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function fileDb() {
  const dir = mkdtempSync(join(tmpdir(), 'import-conn-'));
  dirs.push(dir);
  return openDatabase(join(dir, 'app.db'));
}

describe('the import connection (decision 074)', () => {
  it('commits without syncing or checkpointing on the event loop', () => {
    const db = fileDb();
    const conn = openImportConnection(db)!;
    expect(conn.$client.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    expect(conn.$client.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    // The main connection keeps decision 060's FULL.
    expect(db.$client.pragma('synchronous', { simple: true })).toBe(2);
    conn.$client.close();
    db.$client.close();
  });

  it('has no second connection on an in-memory database', () => {
    const db = openDatabase(':memory:');
    expect(openImportConnection(db)).toBeNull();
  });

  it('syncs the WAL, then copies a large commit into the database file from a worker', async () => {
    const db = fileDb();
    const conn = openImportConnection(db)!;
    conn.$client.exec('create table bulk(id integer primary key, text text)');
    const insert = conn.$client.prepare('insert into bulk(text) values (?)');
    conn.$client.transaction(() => {
      for (let i = 0; i < 5_000; i++) insert.run('台账'.repeat(200));
    })();
    const file = db.$client.name;
    const before = statSync(file).size;
    await makeDurable(conn);
    conn.$client.close();
    // Nothing checkpointed the commit yet: the rows are only in the WAL.
    expect(statSync(file).size).toBe(before);
    await checkpointInBackground(db);
    expect(statSync(file).size).toBeGreaterThan(before + 5_000_000);
    expect(db.$client.prepare('select count(*) as n from bulk').get()).toEqual({ n: 5_000 });
    db.$client.close();
  });
});
