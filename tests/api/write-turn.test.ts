import Database from 'better-sqlite3';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { writeTransaction } from '../../db/client';
import { groupCommits } from '../../db/group-commit';
import type { ToPrimary, ToWorker } from '../../server/cluster/messages';
import { sharedWrite } from '../../server/write-gate';
import { joinWriteTurns } from '../../server/write-turn';
import { createTestDb } from '../helpers/db';

/**
 * A worker's side of the write turns (decision 138), with the primary played by the test: a mutation
 * runs only in this process's turn; asked to yield, the process lets the running mutations finish,
 * commits its group (a second connection sees it) and hands the turn back, and what waits asks again.
 */
const db = createTestDb();
const other = new Database(db.$client.name, { readonly: true });
afterAll(() => other.close());
const told: ToPrimary['type'][] = [];
let primary: (message: ToWorker) => void = () => undefined;
groupCommits(db.$client);
joinWriteTurns(db, { tell: (m) => told.push(m.type), listen: (handle) => (primary = handle) });

const names = () => (other.prepare('select name from units order by id').pluck().all() as string[]).join(',');
const addUnit = (name: string) =>
  sharedWrite(db, () =>
    writeTransaction(db, () => db.$client.prepare('insert into units (name) values (?)').run(name)),
  );
const turns = () => new Promise((resolve) => setTimeout(resolve, 5));

beforeEach(async () => {
  // Each test starts without the turn: yield whatever an earlier test left held.
  primary({ type: 'turn.yield' });
  await turns();
  db.$client.exec('delete from units');
  told.length = 0;
});

describe('a worker writes in its turn', () => {
  it('asks once, waits for the grant, then keeps the turn with no message per write', async () => {
    let done = false;
    const first = addUnit('甲').then(() => (done = true));
    const second = addUnit('乙');
    await turns();
    expect(told).toEqual(['turn.ask']);
    expect(done).toBe(false);
    expect(names()).toBe('');
    primary({ type: 'turn.grant', yieldNow: false });
    await Promise.all([first, second]);
    await addUnit('丙');
    expect(names()).toBe('甲,乙,丙');
    expect(told).toEqual(['turn.ask']);
  });

  it('on a yield, commits its open group before it hands the turn back', () => {
    primary({ type: 'turn.grant', yieldNow: false });
    // A write outside a mutation (a session's idle timer) opens a group, committed on the next turn…
    writeTransaction(db, () => db.$client.prepare("insert into units (name) values ('甲')").run());
    expect(db.$client.inTransaction).toBe(true);
    primary({ type: 'turn.yield' }); // …or at once, before the turn is handed back
    expect(db.$client.inTransaction).toBe(false);
    expect(names()).toBe('甲');
    expect(told).toEqual(['turn.release']);
  });

  it('yields only once the mutations inside have finished, and the ones that came meanwhile ask again', async () => {
    primary({ type: 'turn.grant', yieldNow: false });
    let finish!: () => void;
    const slow = sharedWrite(db, async () => {
      await new Promise<void>((resolve) => (finish = resolve));
      writeTransaction(db, () => db.$client.prepare("insert into units (name) values ('慢')").run());
    });
    await turns();
    primary({ type: 'turn.yield' });
    const later = addUnit('后');
    await turns();
    expect(told).toEqual([]); // the slow mutation still runs: the turn is kept
    finish();
    await slow;
    expect(told).toEqual(['turn.release']); // asking again with it
    expect(names()).toBe('慢');
    primary({ type: 'turn.grant', yieldNow: false });
    await later;
    expect(names()).toBe('慢,后');
  });

  it('a mutation that throws leaves the turn all the same', async () => {
    primary({ type: 'turn.grant', yieldNow: false });
    await expect(
      sharedWrite(db, () => {
        throw new Error('拒绝');
      }),
    ).rejects.toThrow('拒绝');
    primary({ type: 'turn.yield' });
    expect(told).toEqual(['turn.release']);
  });
});
