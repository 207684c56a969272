import { getTableColumns, getTableName, type InferInsertModel } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from './client';

/**
 * Inserts many rows with one prepared statement per column set. Drizzle's builder spends most of a large
 * import building SQL text (7 of 10 s for 20,000 projects, measured in bench/ledger-import.ts); the
 * statement here is built once and run per row inside the caller's transaction, allocating little per
 * row. Values go through each column's own driver mapping (booleans as 0/1), and a column left
 * undefined takes its default.
 */
export function insertRows<T extends SQLiteTable>(db: Db, table: T, rows: InferInsertModel<T>[]): void {
  const columns = Object.entries(getTableColumns(table)) as [string, SQLiteColumn][];
  let current: { present: [string, SQLiteColumn][]; run: (values: unknown[]) => unknown } | null = null;
  for (const row of rows) {
    const record = row as Record<string, unknown>;
    if (!current || !sameColumns(record, columns, current.present)) {
      const present = columns.filter(([key]) => record[key] !== undefined);
      const names = present.map(([, c]) => `"${c.name}"`).join(', ');
      const marks = present.map(() => '?').join(', ');
      const statement = db.$client.prepare(
        `insert into "${getTableName(table)}" (${names}) values (${marks})`,
      );
      current = { present, run: (values) => statement.run(values) };
    }
    const values = new Array<unknown>(current.present.length);
    for (let i = 0; i < values.length; i++) {
      const [key, column] = current.present[i]!;
      const value = record[key];
      values[i] = value === null ? null : column.mapToDriverValue(value);
    }
    current.run(values);
  }
}

/** Whether `record` fills exactly the columns `present` (without allocating). */
function sameColumns(
  record: Record<string, unknown>,
  columns: [string, SQLiteColumn][],
  present: [string, SQLiteColumn][],
): boolean {
  let n = 0;
  for (const [key] of columns) if (record[key] !== undefined) n++;
  if (n !== present.length) return false;
  for (const [key] of present) if (record[key] === undefined) return false;
  return true;
}
