import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { keepPreparedStatements } from '../../db/client';
import { createTestDb } from '../helpers/db';

/** A connection with three rows, keeping at most `limit` statements (decision 134). */
function connection(limit?: number) {
  const sqlite = new Database(':memory:');
  keepPreparedStatements(sqlite, limit);
  sqlite.exec(
    "create table t (id integer primary key, name text); insert into t (name) values ('甲'), ('乙'), ('丙');",
  );
  return sqlite;
}

describe('prepared statements kept per connection', () => {
  it('prepares a SQL text once and hands the same statement back', () => {
    const sqlite = connection();
    const sql = 'select name from t where id = ?';
    expect(sqlite.prepare(sql)).toBe(sqlite.prepare(sql));
    expect(sqlite.prepare(sql)).not.toBe(sqlite.prepare('select id from t where id = ?'));
  });

  it('hands a kept statement back in its default mode, whatever the last caller set', () => {
    const sqlite = connection();
    const sql = 'select id, name from t order by id';
    expect(sqlite.prepare(sql).raw().all()).toEqual([
      [1, '甲'],
      [2, '乙'],
      [3, '丙'],
    ]);
    expect(sqlite.prepare(sql).all()[0]).toEqual({ id: 1, name: '甲' });
    expect(sqlite.prepare(sql).pluck().get()).toBe(1);
    expect(sqlite.prepare(sql).get()).toEqual({ id: 1, name: '甲' });
    expect(sqlite.prepare(sql).expand().get()).toEqual({ t: { id: 1, name: '甲' } });
    expect(sqlite.prepare(sql).get()).toEqual({ id: 1, name: '甲' });
  });

  it('prepares a fresh statement for a text whose kept one is still being iterated', () => {
    const sqlite = connection();
    const sql = 'select id from t order by id';
    const pairs: [number, number][] = [];
    for (const outer of sqlite.prepare(sql).pluck().iterate() as IterableIterator<number>) {
      for (const inner of sqlite.prepare(sql).pluck().iterate() as IterableIterator<number>)
        pairs.push([outer, inner]);
    }
    expect(pairs).toHaveLength(9);
    // The kept one is free again afterwards.
    expect(sqlite.prepare(sql).all()).toHaveLength(3);
  });

  it('keeps at most the limit, dropping the least recently used', () => {
    const sqlite = connection(2);
    const a = sqlite.prepare('select 1');
    const b = sqlite.prepare('select 2');
    expect(sqlite.prepare('select 1')).toBe(a); // a is now the most recent
    sqlite.prepare('select 3'); // drops b
    expect(sqlite.prepare('select 1')).toBe(a);
    expect(sqlite.prepare('select 2')).not.toBe(b);
  });

  it('is on for every connection the app opens, and a kept statement follows a schema change', () => {
    const db = createTestDb();
    const sql = 'select * from units limit 1';
    db.$client.prepare("insert into units (name) values ('招商局')").run();
    expect(db.$client.prepare(sql)).toBe(db.$client.prepare(sql));
    expect(Object.keys(db.$client.prepare(sql).get() as object)).not.toContain('extra');
    db.$client.exec('alter table units add column extra text');
    expect(Object.keys(db.$client.prepare(sql).get() as object)).toContain('extra');
  });
});
