import type { Db } from '../../../db/client';
import { countBelow } from '../../../shared/domain/review/event-log';

/**
 * When each project was followed up (created_at of its follow-ups, ascending), held in memory per
 * database so that "latest follow-up before the week's end" is a binary search in the project's own
 * list instead of a scan of follow_ups (~100 ms at 200,000 rows: the table has no index on created_at)
 * or of every follow-up held. Follow-ups are only ever inserted (server/services/follow-ups.ts, the ledger
 * import), so each request reads just the rows with a higher id. The row count is checked as well:
 * should a row ever be deleted or inserted below the highest id held, the counts disagree and
 * everything is read again.
 */
interface Held {
  /** byProject[projectId]: its follow-ups' created_at, ascending. */
  byProject: (number[] | undefined)[];
  count: number;
  lastId: number;
}

const held = new WeakMap<Db, Held>();

type Row = [id: number, projectId: number, createdAt: number];

function current(db: Db): Held {
  // Two statements: count(*) alone walks the table's smallest b-tree only, max(id) reads the last rowid.
  const count = db.$client.prepare('select count(*) from follow_ups').pluck().get() as number;
  const maxId = (db.$client.prepare('select max(id) from follow_ups').pluck().get() as number | null) ?? 0;
  const h = held.get(db);
  if (!h || maxId < h.lastId) return reload(db);
  if (maxId === h.lastId) return count === h.count ? h : reload(db);
  const rows = db.$client
    .prepare('select id, project_id, created_at from follow_ups where id > ? order by id')
    .raw()
    .all(h.lastId) as Row[];
  if (h.count + rows.length !== count) return reload(db);
  for (const r of rows) add(h.byProject, r);
  h.count = count;
  h.lastId = rows[rows.length - 1]![0];
  return h;
}

function reload(db: Db): Held {
  const rows = db.$client
    .prepare('select id, project_id, created_at from follow_ups order by id')
    .raw()
    .all() as Row[];
  const h: Held = { byProject: [], count: rows.length, lastId: rows.length ? rows[rows.length - 1]![0] : 0 };
  for (const r of rows) add(h.byProject, r);
  held.set(db, h);
  return h;
}

/** Keeps each project's list ascending (a new follow-up is nearly always the latest: a push). */
function add(byProject: (number[] | undefined)[], [, projectId, at]: Row): void {
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
