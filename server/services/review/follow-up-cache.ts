import type { Db } from '../../../db/client';
import { countBelow } from '../../../shared/domain/review/event-log';
import {
  type Column,
  loadTableSnapshot,
  saveTableSnapshot,
  snapshotPolicy,
  type TableSnapshot,
} from './column-snapshot';

/**
 * When each project was followed up (created_at of its follow-ups, ascending), held in memory per
 * database so that "latest follow-up before the week's end" is a binary search in the project's own
 * list instead of a scan of follow_ups (~100 ms at 200,000 rows: the table has no index on created_at)
 * or of every follow-up held. Follow-ups are only ever inserted (server/services/follow-ups.ts, the ledger
 * import), so each request reads just the rows with a higher id. The row count is checked as well:
 * should a row ever be deleted or inserted below the highest id held, the counts disagree and
 * everything is read again. After a start they are read from a snapshot beside the database when it
 * matches (column-snapshot.ts, decision 133).
 */
interface Held {
  /** byProject[projectId]: its follow-ups' created_at, ascending. */
  byProject: (number[] | undefined)[];
  count: number;
  lastId: number;
  /** Every row in id order, for the snapshot (decision 133). */
  flat: Flat;
  /** Rows held when the snapshot was last read or written by this process. */
  savedCount: number;
}
interface Flat {
  length: number;
  ids: Float64Array;
  createdAt: Float64Array;
  projectId: Int32Array;
}

const held = new WeakMap<Db, Held>();

type Row = [id: number, projectId: number, createdAt: number];

const SNAPSHOT: TableSnapshot = {
  name: 'review-follow-ups',
  table: 'follow_ups',
  tailColumns: 'id, project_id, created_at',
  layout: [
    ['ids', 'f64'],
    ['createdAt', 'f64'],
    ['projectId', 'i32'],
  ],
};

function current(db: Db): Held {
  // Two statements: count(*) alone walks the table's smallest b-tree only, max(id) reads the last rowid.
  const count = db.$client.prepare('select count(*) from follow_ups').pluck().get() as number;
  const maxId = (db.$client.prepare('select max(id) from follow_ups').pluck().get() as number | null) ?? 0;
  const h = held.get(db) ?? fromSnapshot(db);
  if (!h || maxId < h.lastId) return reload(db);
  if (maxId === h.lastId) return count === h.count ? h : reload(db);
  const rows = db.$client
    .prepare('select id, project_id, created_at from follow_ups where id > ? order by id')
    .raw()
    .all(h.lastId) as Row[];
  if (h.count + rows.length !== count) return reload(db);
  for (const r of rows) add(h, r);
  h.count = count;
  h.lastId = rows[rows.length - 1]![0];
  if (h.count - h.savedCount >= snapshotPolicy.rewriteAfter) save(db, h);
  return h;
}

function reload(db: Db): Held {
  const count = db.$client.prepare('select count(*) from follow_ups').pluck().get() as number;
  const h: Held = { byProject: [], count: 0, lastId: 0, flat: emptyFlat(count), savedCount: 0 };
  const stmt = db.$client.prepare('select id, project_id, created_at from follow_ups order by id').raw();
  for (const r of stmt.iterate() as IterableIterator<Row>) {
    add(h, r);
    h.count++;
    h.lastId = r[0];
  }
  held.set(db, h);
  save(db, h);
  return h;
}

function save(db: Db, h: Held): void {
  const columns = h.flat as unknown as Record<string, Column>;
  if (saveTableSnapshot(db, SNAPSHOT, { lastId: h.lastId, length: h.flat.length, columns }))
    h.savedCount = h.count;
}

/** The held follow-ups from the snapshot, when it matches the database (as the event log's: decision 133). */
function fromSnapshot(db: Db): Held | null {
  const snapshot = loadTableSnapshot(db, SNAPSHOT);
  if (!snapshot) return null;
  const { lastId, length, columns } = snapshot;
  const flat = { ...(columns as unknown as Omit<Flat, 'length'>), length };
  const h: Held = { byProject: [], count: length, lastId, flat, savedCount: length };
  for (let i = 0; i < length; i++) insertSorted(h.byProject, flat.projectId[i]!, flat.createdAt[i]!);
  held.set(db, h);
  return h;
}

const emptyFlat = (capacity: number): Flat => ({
  length: 0,
  ids: new Float64Array(capacity),
  createdAt: new Float64Array(capacity),
  projectId: new Int32Array(capacity),
});

function add(h: Held, [id, projectId, at]: Row): void {
  let { flat } = h;
  if (flat.length === flat.ids.length) {
    const next = emptyFlat(Math.max(16, flat.length * 2));
    next.ids.set(flat.ids);
    next.createdAt.set(flat.createdAt);
    next.projectId.set(flat.projectId);
    next.length = flat.length;
    flat = h.flat = next;
  }
  flat.ids[flat.length] = id;
  flat.createdAt[flat.length] = at;
  flat.projectId[flat.length++] = projectId;
  insertSorted(h.byProject, projectId, at);
}

/** Keeps each project's list ascending (a new follow-up is nearly always the latest: a push). */
function insertSorted(byProject: (number[] | undefined)[], projectId: number, at: number): void {
  const list = (byProject[projectId] ??= []);
  let k = list.length;
  while (k > 0 && list[k - 1]! > at) k--;
  list.splice(k, 0, at);
}

/** The latest follow-up recorded before `end` (created_at < end) of a project, looked up on demand. */
export function lastFollowUps(db: Db, end: number): { get(projectId: number): number | undefined } {
  const { byProject } = current(db);
  return {
    get(projectId) {
      const list = byProject[projectId];
      if (!list) return undefined;
      // The last of the follow-ups recorded before `end`.
      const before = countBelow(list, end);
      return before ? list[before - 1] : undefined;
    },
  };
}
