import Database from 'better-sqlite3';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { writeTransaction } from '../../db/client';
import {
  commitFailures,
  commitNow,
  groupCommits,
  pendingCommit,
  ungroupCommits,
} from '../../db/group-commit';
import { exclusiveWrite, sharedWrite } from '../../server/write-gate';
import { createTestDb } from '../helpers/db';

/**
 * Group commit (decision 136): the writes of one turn of the event loop share one transaction, each in
 * its own savepoint, and whoever answers for a write waits for the commit. Checked against a second
 * connection to the same file, which sees only what is committed.
 */
const db = createTestDb();
const other = new Database(db.$client.name, { readonly: true });
afterAll(() => other.close());

const names = () => (other.prepare('select name from units order by id').pluck().all() as string[]).join(',');
const addUnit = (name: string) =>
  writeTransaction(db, () => db.$client.prepare('insert into units (name) values (?)').run(name));
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

let grouping = true;
const failures: unknown[] = [];
beforeEach(() => {
  ungroupCommits(db.$client);
  db.$client.exec('delete from units');
  grouping = true;
  failures.length = 0;
  groupCommits(db.$client, { when: () => grouping, failed: (error) => failures.push(error) });
});

describe('grouped commits', () => {
  it('commit the writes of one turn together, on the next turn', async () => {
    addUnit('甲');
    addUnit('乙');
    expect(db.$client.inTransaction).toBe(true);
    expect(names()).toBe(''); // not on disk yet
    const commit = pendingCommit(db.$client);
    expect(commit).not.toBeNull();
    await commit;
    expect(names()).toBe('甲,乙');
    expect(db.$client.inTransaction).toBe(false);
  });

  it('commit without syncing, and settle once the WAL is synced off the event loop', async () => {
    expect(db.$client.pragma('synchronous', { simple: true })).toBe(1); // NORMAL: the sync is the group's
    addUnit('甲');
    let settled = false;
    const commit = pendingCommit(db.$client)!.then(() => (settled = true));
    commitNow(db.$client);
    expect(names()).toBe('甲'); // committed…
    await Promise.resolve();
    expect(settled).toBe(false); // …but not reported done before the sync on the thread pool
    await commit;
    expect(settled).toBe(true);
    ungroupCommits(db.$client);
    expect(db.$client.pragma('synchronous', { simple: true })).toBe(2); // FULL again (decision 060)
  });

  it('roll back a failing write alone', async () => {
    addUnit('甲');
    expect(() =>
      writeTransaction(db, () => {
        db.$client.prepare('insert into units (name) values (?)').run('乙');
        throw new Error('refused');
      }),
    ).toThrow('refused');
    addUnit('丙');
    await pendingCommit(db.$client);
    expect(names()).toBe('甲,丙');
  });

  it('commit at once where grouping is off, with the open group', async () => {
    addUnit('甲');
    grouping = false;
    addUnit('乙');
    expect(names()).toBe('甲,乙');
    expect(db.$client.inTransaction).toBe(false);
    await nextTurn();
    expect(names()).toBe('甲,乙');
  });

  it('fail every writer of a group SQLite rolled back, and say so', async () => {
    const before = commitFailures(db.$client);
    addUnit('甲');
    const commit = pendingCommit(db.$client)!;
    db.$client.exec('rollback'); // as SQLITE_FULL or an I/O error would end the transaction
    addUnit('乙'); // a later write of the same turn starts a group of its own
    await expect(commit).rejects.toThrow(/rolled back/);
    await pendingCommit(db.$client);
    expect(names()).toBe('乙');
    expect(commitFailures(db.$client)).toBe(before + 1);
    expect(failures).toHaveLength(1);
  });
});

describe('the write gate with grouped commits', () => {
  it('answers for a mutation only once its writes are on disk', async () => {
    let answered = false;
    const mutation = sharedWrite(db, () => addUnit('甲')).then(() => (answered = true));
    await Promise.resolve();
    await Promise.resolve();
    expect(answered).toBe(false);
    expect(names()).toBe('');
    await mutation;
    expect(names()).toBe('甲');
  });

  it('answers with an error when the group of its writes failed', async () => {
    const mutation = sharedWrite(db, async () => {
      addUnit('甲');
      db.$client.exec('rollback');
      await nextTurn();
      addUnit('乙'); // committed in a later group: the mutation still failed in part
    });
    await expect(mutation).rejects.toThrow(/grouped commit failed/);
    expect(names()).toBe('乙');
  });

  it("commits the open group before an import's turn starts", async () => {
    addUnit('甲');
    const seen = await exclusiveWrite(db, () => Promise.resolve(names()));
    expect(seen).toBe('甲');
  });
});
