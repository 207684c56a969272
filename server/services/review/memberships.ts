import type { Db } from '../../../db/client';
import type { Industry } from '../../../shared/domain/catalog';

/**
 * Who led, which task force held and which chains grouped each project at the week's end (issue 13,
 * item 4). Leader assignments and task-force memberships are histories recorded as they happen (an
 * assignment cannot be backdated), so the rows open at `end` are both in effect and known then. A chain
 * groups industries; its list of industries at `end` is today's with later edits undone from the audit
 * log, and chains created later do not exist yet.
 */
export interface Memberships {
  leader: (string | null)[];
  taskForce: (string | null)[];
  chain: (string[] | null)[];
  labels: { leader: Map<string, string>; taskForce: Map<string, string>; chain: Map<string, string> };
}

export function membershipsAt(
  db: Db,
  end: number,
  maxId: number,
  industryOf: readonly (string | null)[],
): Memberships {
  const leader = new Array<string | null>(maxId + 1).fill(null);
  const taskForce = new Array<string | null>(maxId + 1).fill(null);
  const chain = new Array<string[] | null>(maxId + 1).fill(null);
  const leaders = db.$client
    .prepare(
      `select project_id, leader_id from leader_assignments
       where role = 'primary' and created_at < ? and (ended_at_ts is null or ended_at_ts >= ?)`,
    )
    .raw()
    .all(end, end) as [number, number][];
  for (const [p, l] of leaders) if (p <= maxId) leader[p] = String(l);
  const forces = db.$client
    .prepare(
      `select project_id, task_force_id from task_force_projects
       where added_at < ? and (removed_at is null or removed_at >= ?)`,
    )
    .raw()
    .all(end, end) as [number, number][];
  for (const [p, t] of forces) if (p <= maxId) taskForce[p] = String(t);
  const chains = chainsAt(db, end);
  const byIndustry = new Map<string, string[]>();
  for (const c of chains)
    for (const i of c.industries) byIndustry.set(i, [...(byIndustry.get(i) ?? []), String(c.id)]);
  for (let p = 0; p <= maxId; p++) {
    const i = industryOf[p];
    if (i) chain[p] = byIndustry.get(i) ?? null;
  }
  const names = (sql: string) =>
    new Map((db.$client.prepare(sql).raw().all() as [number, string][]).map(([id, n]) => [String(id), n]));
  return {
    leader,
    taskForce,
    chain,
    labels: {
      leader: names('select id, display_name from users'),
      taskForce: names('select id, name from task_forces'),
      chain: names('select id, name from industry_chains'),
    },
  };
}

function chainsAt(db: Db, end: number): { id: number; industries: Industry[] }[] {
  const chains = (
    db.$client.prepare('select id, industries from industry_chains where created_at < ?').raw().all(end) as [
      number,
      string,
    ][]
  ).map(([id, json]) => ({ id, industries: JSON.parse(json) as Industry[] }));
  const later = db.$client
    .prepare(
      `select entity_id, changes from audit_log where entity = 'chain' and action = 'chain.update' and at >= ?
       order by at desc, id desc`,
    )
    .raw()
    .all(end) as [number, string | null][];
  const byId = new Map(chains.map((c) => [c.id, c]));
  for (const [id, changes] of later) {
    const c = byId.get(id);
    const pair = changes
      ? (JSON.parse(changes) as { industries?: [Industry[], Industry[]] }).industries
      : null;
    if (c && pair) c.industries = pair[0];
  }
  return chains;
}
