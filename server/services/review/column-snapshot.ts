import { closeSync, fstatSync, openSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { Db } from '../../../db/client';

/**
 * A table the review holds in memory, saved as a file beside the database (`<database>.<name>`,
 * decision 133): typed columns after a short JSON header, so that the first review after a start reads
 * a few tens of megabytes instead of a million rows. The file is only a copy: its reader checks it
 * against the database (event-log-cache.ts, follow-up-cache.ts: the row count and the last rows,
 * compared one by one) and applies the rows written since; a file that is missing, truncated, of
 * another format or layout is ignored, and the next full read replaces it. Written to a temp name and
 * renamed, so another process never reads half a file.
 */
export type Column = Float64Array | Int32Array | Int8Array;
export type Layout = readonly (readonly [name: string, type: 'f64' | 'i32' | 'i8'])[];

const FORMAT = 'invest-pipeline snapshot 1';
const WIDTH = { f64: 8, i32: 4, i8: 1 } as const;
const TYPE = { f64: Float64Array, i32: Int32Array, i8: Int8Array } as const;

/** Tables smaller than `minRows` load in milliseconds and get no snapshot; tests lower it. */
export const snapshotPolicy = { minRows: 20_000, rewriteAfter: 20_000 };

/** The snapshot file of a database, or null for one without a file (`:memory:`). */
export function snapshotFile(db: Db, name: string): string | null {
  return db.$client.memory || !db.$client.name ? null : `${db.$client.name}.${name}`;
}

/** Columns must be listed widest first (the layout), so each one starts aligned. */
function saveSnapshot<H extends object>(
  file: string,
  layout: Layout,
  header: H,
  length: number,
  columns: Record<string, Column>,
): void {
  const json = Buffer.from(JSON.stringify({ format: FORMAT, layout, length, header }));
  const start = 8 + Math.ceil(json.length / 8) * 8;
  const bytesPerRow = layout.reduce((sum, [, type]) => sum + WIDTH[type], 0);
  const buffer = Buffer.alloc(start + length * bytesPerRow, ' ');
  buffer.writeUInt32LE(start, 0);
  json.copy(buffer, 8);
  let offset = start;
  for (const [name, type] of layout) {
    const column = columns[name]!;
    const bytes = length * WIDTH[type];
    buffer.set(new Uint8Array(column.buffer, column.byteOffset, bytes), offset);
    offset += bytes;
  }
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, buffer);
    renameSync(temp, file);
  } catch {
    // An optimisation only: a read-only or full disk leaves the review working, only slower to start.
    rmSync(temp, { force: true });
  }
}

function readSnapshot<H extends object>(
  file: string,
  layout: Layout,
): { header: H; length: number; columns: Record<string, Column> } | null {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    const size = fstatSync(fd).size;
    // One ArrayBuffer read from offset 0: every column view is aligned.
    const bytes = new Uint8Array(new ArrayBuffer(size));
    if (size < 8 || readSync(fd, bytes, 0, size, 0) !== size) return null;
    const start = Buffer.from(bytes.buffer, 0, 4).readUInt32LE(0);
    if (start < 8 || start > size) return null;
    const parsed = JSON.parse(Buffer.from(bytes.buffer, 8, start - 8).toString('utf8')) as {
      format: string;
      layout: Layout;
      length: number;
      header: H;
    };
    const bytesPerRow = layout.reduce((sum, [, type]) => sum + WIDTH[type], 0);
    if (
      parsed.format !== FORMAT ||
      JSON.stringify(parsed.layout) !== JSON.stringify(layout) ||
      size !== start + parsed.length * bytesPerRow
    )
      return null;
    const columns: Record<string, Column> = {};
    let offset = start;
    for (const [name, type] of layout) {
      columns[name] = new TYPE[type](bytes.buffer, offset, parsed.length);
      offset += parsed.length * WIDTH[type];
    }
    return { header: parsed.header, length: parsed.length, columns };
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/**
 * One append-only table's snapshot: the file's name, the table, the columns of its rows the check
 * compares (the tail) and the layout of the held columns.
 */
export interface TableSnapshot {
  name: string;
  table: string;
  tailColumns: string;
  layout: Layout;
}
interface Header {
  /** The snapshot holds every row with id ≤ lastId. */
  lastId: number;
  /** The last of them, as the database returned them. */
  tail: unknown[];
  /** What the cache keeps besides its columns (JSON). */
  extra?: unknown;
}
const TAIL = 16;

/** The last rows up to `lastId`: the snapshot names them so that another or a restored file is noticed. */
const tailRows = (db: Db, spec: TableSnapshot, lastId: number) =>
  db.$client
    .prepare(`select ${spec.tailColumns} from ${spec.table} where id <= ? order by id desc limit ${TAIL}`)
    .raw()
    .all(lastId);

/** Saves the held columns (`length` rows: every row with id ≤ lastId); false when the table is too small. */
export function saveTableSnapshot(
  db: Db,
  spec: TableSnapshot,
  held: { lastId: number; length: number; columns: Record<string, Column>; extra?: unknown },
): boolean {
  const file = snapshotFile(db, spec.name);
  if (!file || held.length < snapshotPolicy.minRows) return false;
  const header: Header = { lastId: held.lastId, tail: tailRows(db, spec, held.lastId), extra: held.extra };
  saveSnapshot(file, spec.layout, header, held.length, held.columns);
  return true;
}

/**
 * The snapshot of a table when it matches the database: the same rows up to its last id (the tail
 * compared row by row; rows are never deleted by the app, so the row count says none is missing).
 * One that fails the check is removed, so later starts skip reading it.
 */
export function loadTableSnapshot(
  db: Db,
  spec: TableSnapshot,
): { lastId: number; length: number; columns: Record<string, Column>; extra: unknown } | null {
  const file = snapshotFile(db, spec.name);
  const snapshot = file ? readSnapshot<Header>(file, spec.layout) : null;
  if (!file || !snapshot) return null;
  const { header, length, columns } = snapshot;
  // One statement, one read: a commit by another process cannot fall between the two counts.
  const [total, since] = db.$client
    .prepare(`select (select count(*) from ${spec.table}), (select count(*) from ${spec.table} where id > ?)`)
    .raw()
    .get(header.lastId) as [number, number];
  if (
    total - since !== length ||
    JSON.stringify(tailRows(db, spec, header.lastId)) !== JSON.stringify(header.tail)
  ) {
    rmSync(file, { force: true });
    return null;
  }
  return { lastId: header.lastId, length, columns, extra: header.extra };
}
