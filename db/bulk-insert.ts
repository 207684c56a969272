import { getTableColumns, getTableName, type InferInsertModel } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from './client';

/**
 * Inserts many rows with one prepared statement per column set. Drizzle's builder spends most of a large
 * import building SQL text (7 of 10 s for 20,000 projects, measured in bench/ledger-import.ts); the
 * statement here is built once and run per row inside the caller's transaction. Values go through each
 * column's own driver mapping (booleans as 0/1), and a column left undefined takes its default.
 */
export function insertRows<T extends SQLiteTable>(db: Db, table: T, rows: InferInsertModel<T>[]): void {
  const columns = Object.entries(getTableColumns(table));
  const statements = new Map<string, { run: (values: unknown[]) => void }>();
  for (const row of rows) {
    const record = row as Record<string, unknown>;
    const present = columns.filter(([key]) => record[key] !== undefined);
    const signature = present.map(([key]) => key).join(',');
    let statement = statements.get(signature);
    if (!statement) {
      const names = present.map(([, c]) => `"${c.name}"`).join(', ');
      const marks = present.map(() => '?').join(', ');
      const prepared = db.$client.prepare(
        `insert into "${getTableName(table)}" (${names}) values (${marks})`,
      );
      statement = { run: (values) => prepared.run(values) };
      statements.set(signature, statement);
    }
    statement.run(present.map(([key, c]) => (record[key] === null ? null : c.mapToDriverValue(record[key]))));
  }
}
