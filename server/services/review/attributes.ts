import type { Db } from '../../../db/client';
import type { FactKind, ProjectFact } from '../../../shared/domain/review/compute';
import { type AttributeFact, type ProjectAttribute, valueAt } from '../../../shared/domain/review/known-at';

/**
 * The attribute history (industry, channel, owner A, unit; decision 090) held in memory per database,
 * grouped by project. It is append-only, so (row count, highest id) tells whether it changed.
 */
const held = new WeakMap<Db, { marker: string; byProject: Map<number, AttributeFact[]> }>();

function history(db: Db): Map<number, AttributeFact[]> {
  const marker = (
    db.$client.prepare('select count(*), max(id) from project_attribute_history').raw().get() as unknown[]
  ).join('|');
  const current = held.get(db);
  if (current?.marker === marker) return current.byProject;
  const rows = db.$client
    .prepare(
      'select id, project_id, field, value, effective_at, recorded_at from project_attribute_history order by id',
    )
    .raw()
    .all() as [number, number, ProjectAttribute, string | null, number, number][];
  const byProject = new Map<number, AttributeFact[]>();
  for (const [id, projectId, field, value, effectiveAt, recordedAt] of rows) {
    let list = byProject.get(projectId);
    if (!list) byProject.set(projectId, (list = []));
    list.push({ id, projectId, field, value, effectiveAt, recordedAt });
  }
  held.set(db, { marker, byProject });
  return byProject;
}

const FIELD_OF: Record<FactKind, ProjectAttribute> = {
  industry: 'industry',
  channel: 'channel',
  owner: 'ownerAId',
  unit: 'unitId',
};
const CURRENT: Record<FactKind, (f: ProjectFact) => string | number | null> = {
  industry: (f) => f.industry,
  channel: (f) => f.channel,
  owner: (f) => f.ownerAId,
  unit: (f) => f.unitId,
};

export type FactKeys = Record<FactKind, (string | null)[]>;

/**
 * Each project's industry, channel, owner A and unit in effect at `asOf` as known at `knownAt`, as group
 * keys by project id. A project with no history (the demo seed) keeps today's values.
 */
export function factKeysAt(db: Db, facts: readonly ProjectFact[], asOf: number, knownAt: number): FactKeys {
  const maxId = facts.reduce((m, p) => Math.max(m, p.id), 0);
  const keys = {} as FactKeys;
  for (const kind of Object.keys(FIELD_OF) as FactKind[]) {
    const list = new Array<string | null>(maxId + 1).fill(null);
    for (const f of facts) {
      const v = CURRENT[kind](f);
      list[f.id] = v === null ? null : String(v);
    }
    keys[kind] = list;
  }
  const byProject = history(db);
  for (const [projectId, list] of byProject) {
    if (projectId > maxId) continue;
    for (const kind of Object.keys(FIELD_OF) as FactKind[]) {
      const field = FIELD_OF[kind];
      const found = valueAt(
        list.filter((f) => f.field === field),
        asOf,
        knownAt,
      );
      if (found) keys[kind][projectId] = found.value;
    }
  }
  return keys;
}

/** Every recorded value of one project's attribute, for the corrections list. */
export function attributeFacts(db: Db, projectId: number): readonly AttributeFact[] {
  return history(db).get(projectId) ?? [];
}
