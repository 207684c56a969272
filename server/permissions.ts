import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { preparedOnce } from '../db/prepared';
import {
  chaseUpOrders,
  documents,
  instructions,
  leaderAssignments,
  milestones,
  problems,
  projectContacts,
  projects,
  schedules,
  taskForceMembers,
  taskForceProjects,
  taskForces,
} from '../db/schema';
import { type Actor, can, type ProjectFacts, relationOf } from '../shared/domain/permissions';

/**
 * The facts the shared permission model (shared/domain/permissions.ts) needs about projects: owners,
 * open task forces with their members and lead leaders, open leader assignments. Null: no such project.
 */
export function projectFacts(db: Db, projectId: number): ProjectFacts | null {
  const row = factsOfOne(db).get({ id: projectId });
  return row ? factsFromColumns(row) : null;
}

export function projectFactsMany(db: Db, ids: readonly number[]): Map<number, ProjectFacts> {
  const out = new Map<number, ProjectFacts>();
  if (!ids.length) return out;
  const list = [...new Set(ids)];
  for (const p of db
    .select({ id: projects.id, ownerAId: projects.ownerAId, ownerBId: projects.ownerBId })
    .from(projects)
    .where(inArray(projects.id, list))
    .all())
    out.set(p.id, {
      ownerAId: p.ownerAId,
      ownerBId: p.ownerBId,
      memberIds: [],
      leaderIds: [],
      taskForceLeadIds: [],
    });
  const push = (projectId: number, key: 'memberIds' | 'leaderIds' | 'taskForceLeadIds', userId: number) =>
    (out.get(projectId)?.[key] as number[] | undefined)?.push(userId);
  for (const r of db
    .select({ projectId: leaderAssignments.projectId, leaderId: leaderAssignments.leaderId })
    .from(leaderAssignments)
    .where(and(inArray(leaderAssignments.projectId, list), isNull(leaderAssignments.endedAt)))
    .all())
    push(r.projectId, 'leaderIds', r.leaderId);
  const forces = db
    .select({
      projectId: taskForceProjects.projectId,
      taskForceId: taskForces.id,
      lead: taskForces.leadLeaderId,
    })
    .from(taskForceProjects)
    .innerJoin(taskForces, eq(taskForces.id, taskForceProjects.taskForceId))
    .where(and(inArray(taskForceProjects.projectId, list), isNull(taskForceProjects.removedAt)))
    .all();
  for (const f of forces) push(f.projectId, 'taskForceLeadIds', f.lead);
  if (forces.length) {
    const members = db
      .select({ taskForceId: taskForceMembers.taskForceId, userId: taskForceMembers.userId })
      .from(taskForceMembers)
      .where(
        inArray(
          taskForceMembers.taskForceId,
          forces.map((f) => f.taskForceId),
        ),
      )
      .all();
    for (const f of forces)
      for (const m of members) if (m.taskForceId === f.taskForceId) push(f.projectId, 'memberIds', m.userId);
  }
  return out;
}

/**
 * The same facts as columns of a query over `projects` (JSON arrays of user ids), so a list that reads
 * many projects in one statement (the board) gets each row's relation without further look-ups.
 */
export const projectFactsColumns = {
  factsOwnerBId: projects.ownerBId,
  factsLeaderIds: sql<string>`(select json_group_array(la.leader_id) from ${leaderAssignments} la where la.project_id = ${projects}.id and la.ended_at is null)`,
  factsForceLeadIds: sql<string>`(select json_group_array(tf.lead_leader_id) from ${taskForceProjects} tp join ${taskForces} tf on tf.id = tp.task_force_id where tp.project_id = ${projects}.id and tp.removed_at is null)`,
  factsMemberIds: sql<string>`(select json_group_array(tm.user_id) from ${taskForceProjects} tp join ${taskForceMembers} tm on tm.task_force_id = tp.task_force_id where tp.project_id = ${projects}.id and tp.removed_at is null)`,
};
type FactsRow = { ownerAId: number } & {
  [K in keyof typeof projectFactsColumns]: K extends 'factsOwnerBId' ? number | null : string;
};

/** The facts of a row read with `projectFactsColumns` (and the project's owner A). */
function factsFromColumns(row: FactsRow): ProjectFacts {
  // Most projects have no leader or task force: '[]' needs no parse (the board asks this for every card).
  const ids = (json: string) =>
    json === '[]' ? [] : (JSON.parse(json) as (number | null)[]).filter((id): id is number => id !== null);
  return {
    ownerAId: row.ownerAId,
    ownerBId: row.factsOwnerBId,
    leaderIds: ids(row.factsLeaderIds),
    taskForceLeadIds: ids(row.factsForceLeadIds),
    memberIds: ids(row.factsMemberIds),
  };
}

/** The caller's relation to a row read with `projectFactsColumns` (and the project's owner A). */
export function relationFromColumns(user: Actor, row: FactsRow): number {
  return relationOf(user.id, factsFromColumns(row));
}

/** One project's facts in one statement (every procedure that names a project asks them). */
const factsOfOne = preparedOnce((db) =>
  db
    .select({ ownerAId: projects.ownerAId, ...projectFactsColumns })
    .from(projects)
    .where(eq(projects.id, sql.placeholder('id')))
    .prepare(),
);

/**
 * An object a procedure names, resolved to its project: what the permission check needs to know. `row`
 * carries the object's own fields an action depends on (a problem's status, an assignment's role).
 */
export interface Resolved {
  projectId: number;
  facts: ProjectFacts;
  row: Record<string, unknown>;
}

type Finder = (db: Db) => {
  get(values: {
    id: number;
  }): ({ projectId: number; assigneeId?: number | null } & Record<string, unknown>) | undefined;
};

/** How each kind of object leads to its project. */
const FINDERS = {
  project: preparedOnce((db) =>
    db
      .select({
        projectId: projects.id,
        estimatedInvestment: projects.estimatedInvestment,
        agreedInvestment: projects.agreedInvestment,
      })
      .from(projects)
      .where(eq(projects.id, sql.placeholder('id')))
      .prepare(),
  ),
  schedule: preparedOnce((db) =>
    db
      .select({ projectId: schedules.projectId })
      .from(schedules)
      .where(eq(schedules.id, sql.placeholder('id')))
      .prepare(),
  ),
  milestone: preparedOnce((db) =>
    db
      .select({ projectId: schedules.projectId })
      .from(milestones)
      .innerJoin(schedules, eq(schedules.id, milestones.scheduleId))
      .where(eq(milestones.id, sql.placeholder('id')))
      .prepare(),
  ),
  chaseUp: preparedOnce((db) =>
    db
      .select({ projectId: chaseUpOrders.projectId, assigneeId: chaseUpOrders.assigneeId })
      .from(chaseUpOrders)
      .where(eq(chaseUpOrders.id, sql.placeholder('id')))
      .prepare(),
  ),
  problem: preparedOnce((db) =>
    db
      .select({ projectId: problems.projectId, assigneeId: problems.ownerId, status: problems.status })
      .from(problems)
      .where(eq(problems.id, sql.placeholder('id')))
      .prepare(),
  ),
  instruction: preparedOnce((db) =>
    db
      .select({ projectId: instructions.projectId })
      .from(instructions)
      .where(eq(instructions.id, sql.placeholder('id')))
      .prepare(),
  ),
  contact: preparedOnce((db) =>
    db
      .select({ projectId: projectContacts.projectId })
      .from(projectContacts)
      .where(eq(projectContacts.id, sql.placeholder('id')))
      .prepare(),
  ),
  document: preparedOnce((db) =>
    db
      .select({ projectId: documents.projectId })
      .from(documents)
      .where(eq(documents.id, sql.placeholder('id')))
      .prepare(),
  ),
  assignment: preparedOnce((db) =>
    db
      .select({ projectId: leaderAssignments.projectId, role: leaderAssignments.role })
      .from(leaderAssignments)
      .where(eq(leaderAssignments.id, sql.placeholder('id')))
      .prepare(),
  ),
} satisfies Record<string, Finder>;

export type ObjectKind = keyof typeof FINDERS;
export const OBJECT_KINDS = Object.keys(FINDERS) as ObjectKind[];

/** The object and its project's facts; null when it does not exist (the procedure then answers NOT_FOUND). */
export function resolveObject(db: Db, kind: ObjectKind, id: number): Resolved | null {
  const find: Finder = FINDERS[kind];
  const row = find(db).get({ id });
  if (!row) return null;
  const facts = projectFacts(db, row.projectId);
  if (!facts) return null;
  return { projectId: row.projectId, facts: { ...facts, assigneeId: row.assigneeId ?? null }, row };
}

export function projectNames(db: Db, ids: readonly number[]): string[] {
  return db
    .select({ name: projects.name })
    .from(projects)
    .where(inArray(projects.id, [...ids]))
    .orderBy(projects.id)
    .all()
    .map((p) => p.name);
}

/** Whether `user` may write project `projectId` as an officer's import would (for the ledger's rows). */
export function importAccess(db: Db, user: Actor) {
  return (projectId: number, changesOwner: boolean): boolean => {
    const facts = projectFacts(db, projectId);
    return can(user, 'import.update', facts) && (!changesOwner || can(user, 'project.changeOwner', facts));
  };
}

/** An edit that names other owners than the project has (an absent B岗 leaves it as it is). */
export function ownersChanged(fields: { ownerAId?: number; ownerBId?: number | null }, o: Resolved): boolean {
  return (
    (fields.ownerAId !== undefined && fields.ownerAId !== o.facts.ownerAId) ||
    (fields.ownerBId !== undefined && (fields.ownerBId ?? null) !== o.facts.ownerBId)
  );
}

/** An edit or move that sets another estimated or agreed investment than the project has. */
export function amountsChanged(
  fields: { estimatedInvestment?: number; agreedInvestment?: number | null },
  o: Resolved,
): boolean {
  return (
    (fields.estimatedInvestment !== undefined && fields.estimatedInvestment !== o.row.estimatedInvestment) ||
    (fields.agreedInvestment !== undefined && (fields.agreedInvestment ?? null) !== o.row.agreedInvestment)
  );
}

/** The caller's relation to one project (0 when it does not exist). */
export function relationTo(db: Db, user: Actor, projectId: number): number {
  const facts = projectFacts(db, projectId);
  return facts ? relationOf(user.id, facts) : 0;
}

/**
 * Each card with `rel`, the caller's relation to its project (a bit mask, shared/domain/permissions.ts):
 * the board asks the same model the server does without a flag per action (one small number per card).
 */
export function withRelations<T extends { id: number }>(
  db: Db,
  user: Actor,
  cards: T[],
): (T & { rel: number })[] {
  return withObjectRelations(db, user, cards, (c) => c.id);
}

/**
 * Rows of objects on projects (problems, chase-up orders, instructions, desk rows), each with `rel`: the
 * caller's relation to the row's project, plus `assignee` when the row names them (a problem's 责任人,
 * the person a chase-up order names). The client asks the shared model with it for every action button.
 */
export function withObjectRelations<T>(
  db: Db,
  user: Actor,
  rows: T[],
  projectIdOf: (row: T) => number,
  assigneeOf: (row: T) => number | null | undefined = () => null,
): (T & { rel: number })[] {
  const facts = projectFactsMany(db, rows.map(projectIdOf));
  return rows.map((r) => {
    const f = facts.get(projectIdOf(r));
    return { ...r, rel: f ? relationOf(user.id, { ...f, assigneeId: assigneeOf(r) ?? null }) : 0 };
  });
}
