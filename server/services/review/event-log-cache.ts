import type { Db } from '../../../db/client';
import { emptyLog, type EventLog, isLate, stateCode } from '../../../shared/domain/review/event-log';
import type { ProjectState } from '../../../shared/domain/stages';

/**
 * The stage-event log held in memory per database, refreshed incrementally: stage events are immutable
 * and only ever appended (decision 003), so each request reads just the rows with a higher id. A row
 * dated before the newest held one (a ledger import of old events) or replacing one (a corrected date,
 * decision 090) triggers a full reload in order.
 */
interface Held {
  log: EventLog;
  lastId: number;
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

export function stageEventLog(db: Db): EventLog {
  const current = held.get(db);
  if (!current) return reload(db);
  const rows = db.$client
    .prepare(`select ${COLUMNS} from stage_events where id > ? order by id`)
    .raw()
    .all(current.lastId) as Row[];
  if (!rows.length) return current.log;
  const { log } = current;
  const newest = log.length ? log.at[log.length - 1]! : -Infinity;
  let previous = newest;
  for (const r of rows) {
    if (r[4] < previous || r[6] !== null) return reload(db);
    previous = r[4];
  }
  // Arrays keep spare capacity (doubling), so appending a few events copies nothing.
  const next =
    log.projectId.length >= log.length + rows.length
      ? { ...log, late: [...log.late] }
      : grow(log, (log.length + rows.length) * 2);
  rows.forEach((r) => put(next, next.length++, r, Infinity));
  held.set(db, { log: next, lastId: rows[rows.length - 1]![0] });
  return next;
}

function reload(db: Db): EventLog {
  const stmt = db.$client.prepare(`select ${COLUMNS} from stage_events order by at, id`).raw();
  const count = (db.$client.prepare('select count(*) from stage_events').pluck().get() as number) ?? 0;
  // A corrected date replaces an event from the instant the correction was recorded.
  const replaced = new Map(
    db.$client
      .prepare('select supersedes_id, recorded_at from stage_events where supersedes_id is not null')
      .raw()
      .all() as [number, number][],
  );
  const log = emptyLog(count);
  log.length = 0;
  let lastId = 0;
  for (const r of stmt.iterate() as IterableIterator<Row>) {
    if (log.length >= count) break;
    put(log, log.length++, r, replaced.get(r[0]) ?? Infinity);
    if (r[0] > lastId) lastId = r[0];
  }
  held.set(db, { log, lastId });
  return log;
}

function put(log: EventLog, i: number, r: Row, retractedAt: number): void {
  log.projectId[i] = r[1];
  log.from[i] = stateCode(r[2]);
  log.to[i] = stateCode(r[3]);
  log.at[i] = r[4];
  log.recordedAt[i] = r[5];
  log.retractedAt[i] = retractedAt;
  if (isLate(log, i)) log.late.push(i);
}

function grow(log: EventLog, capacity: number): EventLog {
  const next = emptyLog(capacity);
  next.length = log.length;
  next.late = [...log.late];
  for (const col of ['projectId', 'at', 'from', 'to', 'recordedAt', 'retractedAt'] as const)
    (next[col] as Float64Array).set((log[col] as Float64Array).subarray(0, log.length));
  return next;
}
