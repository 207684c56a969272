import type { Db } from '../../../db/client';
import { emptyLog, type EventLog, stateCode } from '../../../shared/domain/review/event-log';
import type { ProjectState } from '../../../shared/domain/stages';

/**
 * The stage-event log held in memory per database, refreshed incrementally: stage events are immutable
 * and only ever appended (decision 003), so each request reads just the rows with a higher id. A row
 * dated before the newest held one (a ledger import of old events) triggers a full reload in order.
 */
interface Held {
  log: EventLog;
  lastId: number;
}

const held = new WeakMap<Db, Held>();

type Row = [id: number, projectId: number, from: ProjectState | null, to: ProjectState, at: number];

export function stageEventLog(db: Db): EventLog {
  const current = held.get(db);
  if (!current) return reload(db);
  const rows = db.$client
    .prepare('select id, project_id, from_state, to_state, at from stage_events where id > ? order by id')
    .raw()
    .all(current.lastId) as Row[];
  if (!rows.length) return current.log;
  const { log } = current;
  const newest = log.length ? log.at[log.length - 1]! : -Infinity;
  let previous = newest;
  for (const r of rows) {
    if (r[4] < previous) return reload(db);
    previous = r[4];
  }
  // Arrays keep spare capacity (doubling), so appending a few events copies nothing.
  const next =
    log.projectId.length >= log.length + rows.length ? { ...log } : grow(log, (log.length + rows.length) * 2);
  rows.forEach((r, k) => put(next, log.length + k, r));
  next.length = log.length + rows.length;
  held.set(db, { log: next, lastId: rows[rows.length - 1]![0] });
  return next;
}

function reload(db: Db): EventLog {
  const stmt = db.$client
    .prepare('select id, project_id, from_state, to_state, at from stage_events order by at, id')
    .raw();
  const count = (db.$client.prepare('select count(*) from stage_events').pluck().get() as number) ?? 0;
  const log = emptyLog(count);
  let i = 0;
  let lastId = 0;
  for (const r of stmt.iterate() as IterableIterator<Row>) {
    if (i >= count) break;
    put(log, i++, r);
    if (r[0] > lastId) lastId = r[0];
  }
  log.length = i;
  held.set(db, { log, lastId });
  return log;
}

function put(log: EventLog, i: number, r: Row): void {
  log.projectId[i] = r[1];
  log.from[i] = stateCode(r[2]);
  log.to[i] = stateCode(r[3]);
  log.at[i] = r[4];
}

function grow(log: EventLog, capacity: number): EventLog {
  const next = emptyLog(capacity);
  next.length = log.length;
  next.projectId.set(log.projectId.subarray(0, log.length));
  next.at.set(log.at.subarray(0, log.length));
  next.from.set(log.from.subarray(0, log.length));
  next.to.set(log.to.subarray(0, log.length));
  return next;
}
