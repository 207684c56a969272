import type { Db } from '../../../db/client';
import {
  countBelow,
  emptyLog,
  type EventLog,
  isLate,
  stateCode,
} from '../../../shared/domain/review/event-log';
import type { ProjectState } from '../../../shared/domain/stages';
import { loadTableSnapshot, saveTableSnapshot, snapshotPolicy, type TableSnapshot } from './column-snapshot';

/**
 * The stage-event log held in memory per database, brought up to date from the database on every
 * request: stage events are immutable and only ever inserted (decision 003), so each request reads just
 * the rows with a higher id, whichever connection or process wrote them. A row dated before the newest
 * held one (a ledger import of old events) is merged into place, a row replacing one (a corrected date,
 * decision 090) retracts it from its recorded_at on: the result is the log a full read would build.
 *
 * After a start the log is read from a snapshot file beside the database (column-snapshot.ts,
 * decision 133) when one matches the database, then brought up to date like any held log; a full read
 * writes one. Reading a million rows from SQLite takes seconds, the snapshot a few tens of milliseconds.
 */
interface Held {
  log: EventLog;
  /** The event ids, parallel to the log's columns (a merge orders by (at, id); a correction names an id). */
  ids: Float64Array;
  lastId: number;
  /** Rows in the table up to lastId (all of them: none is ever deleted). */
  count: number;
  /** Events held when the snapshot was last read or written by this process. */
  savedCount: number;
}

const held = new WeakMap<Db, Held>();

type Row = [
  id: number,
  projectId: number,
  from: ProjectState | null,
  to: ProjectState,
  at: number,
  recordedAt: number,
  supersedes: number | null,
];
const COLUMNS = 'id, project_id, from_state, to_state, at, recorded_at, supersedes_id';
const SNAPSHOT: TableSnapshot = {
  name: 'review-log',
  table: 'stage_events',
  tailColumns: COLUMNS,
  // The columns of every event (30 bytes); when an event was replaced is kept for those replaced alone.
  layout: [
    ['at', 'f64'],
    ['recordedAt', 'f64'],
    ['ids', 'f64'],
    ['projectId', 'i32'],
    ['from', 'i8'],
    ['to', 'i8'],
  ],
};

export function stageEventLog(db: Db): EventLog {
  const current = held.get(db) ?? fromSnapshot(db);
  if (!current) return fullRead(db).log;
  const rows = newerRows(db, current.lastId);
  if (!rows.length) return current.log;
  const next = apply(current, rows);
  held.set(db, next);
  if (next.count - next.savedCount >= snapshotPolicy.rewriteAfter) save(db, next);
  return next.log;
}

const newerRows = (db: Db, lastId: number) =>
  db.$client
    .prepare(`select ${COLUMNS} from stage_events where id > ? order by id`)
    .raw()
    .all(lastId) as Row[];

/** The replaced events: [index, retractedAt]. */
type Retracted = [index: number, retractedAt: number];

function save(db: Db, h: Held): void {
  const { log } = h;
  const columns = {
    at: log.at,
    recordedAt: log.recordedAt,
    ids: h.ids,
    projectId: log.projectId,
    from: log.from,
    to: log.to,
  };
  const extra = log.late
    .filter((i) => log.retractedAt[i] !== Infinity)
    .map((i): Retracted => [i, log.retractedAt[i]!]);
  if (saveTableSnapshot(db, SNAPSHOT, { lastId: h.lastId, length: log.length, columns, extra }))
    h.savedCount = h.count;
}

/** The held log from the snapshot file when it matches the database; the rows since are applied next. */
function fromSnapshot(db: Db): Held | null {
  const snapshot = loadTableSnapshot(db, SNAPSHOT);
  if (!snapshot) return null;
  const { lastId, length, columns } = snapshot;
  const at = columns.at as Float64Array;
  const log: EventLog = {
    length,
    at,
    projectId: columns.projectId as Int32Array,
    from: columns.from as Int8Array,
    to: columns.to as Int8Array,
    recordedAt: columns.recordedAt as Float64Array,
    retractedAt: new Float64Array(length).fill(Infinity),
    late: [],
  };
  for (const [i, retractedAt] of snapshot.extra as Retracted[]) log.retractedAt[i] = retractedAt;
  markLate(log);
  const h: Held = { log, ids: columns.ids as Float64Array, lastId, count: length, savedCount: length };
  held.set(db, h);
  return h;
}

/**
 * Every row, read in id order (a table scan: ordering by (at, id) through the index costs a random read
 * per row), then sorted by (at, id) in memory.
 */
function fullRead(db: Db): Held {
  const count = db.$client.prepare('select count(*) from stage_events').pluck().get() as number;
  const unsorted = { ...emptyLog(count), ids: new Float64Array(count) };
  const replaced: [number, number][] = [];
  let n = 0;
  let lastId = 0;
  const stmt = db.$client.prepare(`select ${COLUMNS} from stage_events order by id`).raw();
  for (const r of stmt.iterate() as IterableIterator<Row>) {
    if (n >= count) break; // written since the count: the next request reads them
    unsorted.ids[n] = r[0];
    put(unsorted, n++, r);
    if (r[6] !== null) replaced.push([r[6], r[5]]);
    lastId = r[0];
  }
  unsorted.length = n;
  // Ids ascend in `unsorted`, so the index breaks ties on `at` in id order.
  const order = new Uint32Array(n).map((_, i) => i);
  order.sort((a, b) => unsorted.at[a]! - unsorted.at[b]! || a - b);
  const log = emptyLog(n);
  const ids = new Float64Array(n);
  const permute = (source: ArrayLike<number>, target: { [k: number]: number }) => {
    for (let k = 0; k < n; k++) target[k] = source[order[k]!]!;
  };
  permute(unsorted.ids, ids);
  for (const col of COLUMN_NAMES) permute(unsorted[col], log[col]);
  retract(log, ids, replaced);
  markLate(log);
  const h: Held = { log, ids, lastId, count: n, savedCount: 0 };
  held.set(db, h);
  save(db, h);
  return h;
}

/** The held log with the rows written since (ascending ids): appended when in order, else merged. */
function apply(h: Held, rows: Row[]): Held {
  const { log } = h;
  const lastId = rows[rows.length - 1]![0];
  const count = h.count + rows.length;
  let previous = log.length ? log.at[log.length - 1]! : -Infinity;
  const inOrder = rows.every((r) => {
    const ok = r[4] >= previous && r[6] === null;
    previous = r[4];
    return ok;
  });
  if (inOrder) {
    // Arrays keep spare capacity (doubling), so appending a few events copies nothing.
    const next =
      log.projectId.length >= log.length + rows.length
        ? { log: { ...log, late: [...log.late] }, ids: h.ids }
        : grow(log, h.ids, (log.length + rows.length) * 2);
    for (const r of rows) {
      const i = next.log.length++;
      next.ids[i] = r[0];
      put(next.log, i, r);
      if (isLate(next.log, i)) next.log.late.push(i);
    }
    return { ...h, ...next, lastId, count };
  }
  // Merge the new rows, sorted by (at, id), into the held order, copying the runs between them; then
  // retract what they replace. Every held id is below every new one, so a new row goes after the held
  // rows of the same instant (times are whole milliseconds: the first held `at` ≥ at + 1).
  const added = [...rows].sort((a, b) => a[4] - b[4] || a[0] - b[0]);
  const length = log.length + added.length;
  const capacity = length + Math.max(1024, length >> 3);
  const out = emptyLog(capacity);
  out.length = length;
  const ids = new Float64Array(capacity);
  let from = 0;
  let k = 0;
  const copyRun = (to: number) => {
    for (const col of COLUMN_NAMES)
      (out[col] as Float64Array).set((log[col] as Float64Array).subarray(from, to), k);
    ids.set(h.ids.subarray(from, to), k);
    k += to - from;
    from = to;
  };
  for (const r of added) {
    copyRun(countBelow(log.at, r[4] + 1, log.length));
    ids[k] = r[0];
    put(out, k++, r);
  }
  copyRun(log.length);
  retract(
    out,
    ids,
    rows.filter((r) => r[6] !== null).map((r) => [r[6]!, r[5]]),
  );
  markLate(out);
  return { ...h, log: out, ids, lastId, count };
}

function put(log: EventLog, i: number, r: Row): void {
  log.projectId[i] = r[1];
  log.from[i] = stateCode(r[2]);
  log.to[i] = stateCode(r[3]);
  log.at[i] = r[4];
  log.recordedAt[i] = r[5];
  log.retractedAt[i] = Infinity;
}

const COLUMN_NAMES = ['projectId', 'at', 'from', 'to', 'recordedAt', 'retractedAt'] as const;

/**
 * A corrected date replaces an event from the instant the correction was recorded. `replaced` in id
 * order of the correcting rows: should two correct the same event, the later one's instant stands.
 */
function retract(log: EventLog, ids: Float64Array, replaced: [id: number, recordedAt: number][]): void {
  if (!replaced.length) return;
  const held = ids.subarray(0, log.length);
  if (replaced.length <= 64) {
    // A few corrections (the usual request): a native scan per corrected event.
    for (const [id, at] of replaced) {
      const k = held.indexOf(id);
      if (k >= 0) log.retractedAt[k] = at;
    }
    return;
  }
  const when = new Map(replaced);
  for (let k = 0; k < log.length; k++) {
    const at = when.get(ids[k]!);
    if (at !== undefined) log.retractedAt[k] = at;
  }
}

function markLate(log: EventLog): void {
  log.late = [];
  for (let i = 0; i < log.length; i++) if (isLate(log, i)) log.late.push(i);
}

function grow(log: EventLog, ids: Float64Array, capacity: number): { log: EventLog; ids: Float64Array } {
  const next = emptyLog(capacity);
  next.length = log.length;
  next.late = [...log.late];
  for (const col of COLUMN_NAMES)
    (next[col] as Float64Array).set((log[col] as Float64Array).subarray(0, log.length));
  const nextIds = new Float64Array(capacity);
  nextIds.set(ids.subarray(0, log.length));
  return { log: next, ids: nextIds };
}
