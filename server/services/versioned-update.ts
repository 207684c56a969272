import { and, eq } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable, SQLiteUpdateSetSource } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client';
import type { ErrorEntity } from '../../shared/errors/catalog';
import { conflict } from '../errors';

type VersionedTable = SQLiteTable & { id: SQLiteColumn; version: SQLiteColumn };

/**
 * Writes `set` to the row only if it is still at the version the person opened, and moves it to the next
 * version; anyone else's save in between makes it a CONFLICT naming `what`. Returns the new version.
 */
export function updateVersioned<T extends VersionedTable>(
  db: Db,
  table: T,
  row: { id: number; version: number },
  set: SQLiteUpdateSetSource<T>,
  what: ErrorEntity,
): number {
  const version = row.version + 1;
  const result = db
    .update(table)
    .set({ ...set, version })
    .where(and(eq(table.id, row.id), eq(table.version, row.version)))
    .run();
  if (result.changes !== 1) throw conflict(what);
  return version;
}
