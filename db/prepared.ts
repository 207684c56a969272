import { Column, is, SQL, Subquery } from 'drizzle-orm';
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

/**
 * Statements built once per connection and key (a set of fields, a board filter), for statements whose
 * SQL varies with their input; at most `max` kept per connection, the oldest dropped first.
 */
export function preparedByKey<P>(max: number): (db: Db, key: string, build: () => P) => P {
  const built = new WeakMap<Db, Map<string, P>>();
  return (db, key, build) => {
    let byKey = built.get(db);
    if (!byKey) {
      byKey = new Map<string, P>();
      built.set(db, byKey);
    }
    let statement = byKey.get(key);
    if (statement === undefined) {
      statement = build();
      if (byKey.size >= max) byKey.delete(byKey.keys().next().value!);
      byKey.set(key, statement);
    }
    return statement;
  };
}

interface Decoder {
  mapFromDriverValue: (value: unknown) => unknown;
}

/** The decoder drizzle's own row mapping (mapResultRow) would use for a selected field. */
function decoderOf(field: unknown): Decoder {
  if (is(field, Column)) return field;
  if (is(field, SQL)) return (field as unknown as { decoder: Decoder }).decoder;
  if (is(field, Subquery)) return (field as unknown as { _: { sql: { decoder: Decoder } } })._.sql.decoder;
  return (field as { sql: { decoder: Decoder } }).sql.decoder;
}

/**
 * Reads the rows of a flat selection from a prepared statement's `.values()` as drizzle's `.all()` would,
 * with each field's decoder found once instead of for every cell: drizzle's mapping asks `is()` up to
 * four times per cell, ≈ 1 ms of a 250-card board. tests/api/row-reader.test.ts compares the two.
 */
export function rowReader<R>(fields: Record<string, unknown>): (row: unknown[]) => R {
  const keys = Object.keys(fields);
  const decoders = keys.map((key) => decoderOf(fields[key]));
  return (row) => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const value = row[i];
      out[keys[i]!] = value === null ? null : decoders[i]!.mapFromDriverValue(value);
    }
    return out as R;
  };
}
