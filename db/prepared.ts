import type { Db } from './client';

/**
 * A statement built once per connection (decision 137). drizzle builds a query's SQL from its parts on
 * every call, which costs more than SQLite running it (≈ 0.1–0.3 ms a statement here, a third of a
 * move's time). The statements that every request or every write runs are built once instead, with
 * `sql.placeholder` for their values, and run with `.get/.all/.run({ … })`.
 */
export function preparedOnce<P>(build: (db: Db) => P): (db: Db) => P {
  const built = new WeakMap<Db, P>();
  return (db) => {
    let statement = built.get(db);
    if (statement === undefined) {
      statement = build(db);
      built.set(db, statement);
    }
    return statement;
  };
}
