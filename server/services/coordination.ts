import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { type Db, writeTransaction } from '../../db/client';
import {
  industryChains,
  taskForceMembers,
  taskForceProjects,
  taskForces,
  units,
  users,
} from '../../db/schema';
import type {
  chainInput,
  taskForceInput,
  updateChainInput,
  updateTaskForceInput,
} from '../../shared/schemas/coordination';
import type { SessionUser } from '../auth/sessions';
import { audit, diff } from '../audit';
import { conflict, fieldError, notFound } from '../errors';

/** Names are unique among all records, active or not (a deactivated one can be reactivated). */
function checkNameFree(
  db: Db,
  table: typeof units | typeof taskForces | typeof industryChains,
  name: string,
  exceptId?: number,
): void {
  const clash = db
    .select({ id: table.id })
    .from(table)
    .where(exceptId ? and(eq(table.name, name), ne(table.id, exceptId)) : eq(table.name, name))
    .get();
  if (clash) throw fieldError({ name: 'nameTaken' });
}

function checkLeaderField(db: Db, id: number | null, field: string): void {
  if (id === null) return;
  const u = db.select({ role: users.role, active: users.active }).from(users).where(eq(users.id, id)).get();
  if (!u?.active || u.role !== 'leader') throw fieldError({ [field]: 'leaderInactive' });
}

// Units (责任单位)

export function listUnits(db: Db) {
  return db
    .select({
      id: units.id,
      name: units.name,
      active: units.active,
      version: units.version,
      people: sql<number>`(select count(*) from ${users} u where u.unit_id = "units"."id" and u.active = 1)`,
      projects: sql<number>`(select count(*) from projects p where p.unit_id = "units"."id" and p.status <> 'dropped')`,
    })
    .from(units)
    .orderBy(asc(units.id))
    .all();
}

export function createUnit(db: Db, user: SessionUser, name: string, now: number) {
  return writeTransaction(db, () => {
    checkNameFree(db, units, name);
    const row = db.insert(units).values({ name, createdAt: now }).returning({ id: units.id }).get();
    audit(db, {
      userId: user.id,
      action: 'unit.create',
      entity: 'unit',
      entityId: row.id,
      changes: { name },
      at: now,
    });
    return row;
  });
}

export function renameUnit(
  db: Db,
  user: SessionUser,
  input: { id: number; version: number; name: string },
  now: number,
) {
  return writeTransaction(db, () => {
    const before = db.select().from(units).where(eq(units.id, input.id)).get();
    if (!before) throw notFound('unit');
    if (before.version !== input.version) throw conflict('record');
    checkNameFree(db, units, input.name, input.id);
    db.update(units)
      .set({ name: input.name, version: before.version + 1 })
      .where(eq(units.id, input.id))
      .run();
    audit(db, {
      userId: user.id,
      action: 'unit.rename',
      entity: 'unit',
      entityId: input.id,
      changes: { name: [before.name, input.name] },
      at: now,
    });
    return { version: before.version + 1 };
  });
}

/** Units, task forces and chains are referenced by history: they are deactivated, never deleted. */
export function setActive(
  db: Db,
  user: SessionUser,
  kind: 'unit' | 'taskForce' | 'chain',
  input: { id: number; version: number; active: boolean },
  now: number,
) {
  const table = kind === 'unit' ? units : kind === 'taskForce' ? taskForces : industryChains;
  return writeTransaction(db, () => {
    const before = db
      .select({ active: table.active, version: table.version })
      .from(table)
      .where(eq(table.id, input.id))
      .get();
    if (!before) throw notFound(kind);
    if (before.version !== input.version) throw conflict('record');
    db.update(table)
      .set({ active: input.active, version: before.version + 1 })
      .where(eq(table.id, input.id))
      .run();
    audit(db, {
      userId: user.id,
      action: `${kind}.${input.active ? 'activate' : 'deactivate'}`,
      entity: kind,
      entityId: input.id,
      changes: { active: [before.active, input.active] },
      at: now,
    });
    return { version: before.version + 1 };
  });
}

// Task forces (项目专班)

export function listTaskForces(db: Db) {
  const rows = db
    .select({
      id: taskForces.id,
      name: taskForces.name,
      description: taskForces.description,
      leadLeaderId: taskForces.leadLeaderId,
      leadLeaderName: users.displayName,
      active: taskForces.active,
      version: taskForces.version,
      projects: sql<number>`(select count(*) from ${taskForceProjects} tp where tp.task_force_id = "task_forces"."id" and tp.removed_at is null)`,
    })
    .from(taskForces)
    .innerJoin(users, eq(users.id, taskForces.leadLeaderId))
    .orderBy(asc(taskForces.id))
    .all();
  const members = db
    .select({ taskForceId: taskForceMembers.taskForceId, userId: users.id, displayName: users.displayName })
    .from(taskForceMembers)
    .innerJoin(users, eq(users.id, taskForceMembers.userId))
    .orderBy(asc(users.id))
    .all();
  return rows.map((r) => ({
    ...r,
    members: members
      .filter((m) => m.taskForceId === r.id)
      .map((m) => ({ id: m.userId, displayName: m.displayName })),
  }));
}

function memberIdsOf(db: Db, taskForceId: number): number[] {
  return db
    .select({ id: taskForceMembers.userId })
    .from(taskForceMembers)
    .where(eq(taskForceMembers.taskForceId, taskForceId))
    .orderBy(asc(taskForceMembers.userId))
    .all()
    .map((m) => m.id);
}

const sameList = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);

function setMembers(db: Db, taskForceId: number, memberIds: readonly number[]): void {
  const ids = [...new Set(memberIds)];
  if (ids.length) {
    const found = db
      .select({ id: users.id })
      .from(users)
      .where(and(inArray(users.id, ids), eq(users.active, true)))
      .all();
    if (found.length !== ids.length) throw fieldError({ memberIds: 'membersInactive' });
  }
  db.delete(taskForceMembers).where(eq(taskForceMembers.taskForceId, taskForceId)).run();
  if (ids.length)
    db.insert(taskForceMembers)
      .values(ids.map((userId) => ({ taskForceId, userId })))
      .run();
}

export function createTaskForce(
  db: Db,
  user: SessionUser,
  input: z.output<typeof taskForceInput>,
  now: number,
) {
  return writeTransaction(db, () => {
    checkNameFree(db, taskForces, input.name);
    checkLeaderField(db, input.leadLeaderId, 'leadLeaderId');
    const row = db
      .insert(taskForces)
      .values({
        name: input.name,
        leadLeaderId: input.leadLeaderId,
        description: input.description ?? null,
        createdAt: now,
      })
      .returning({ id: taskForces.id })
      .get();
    setMembers(db, row.id, input.memberIds);
    audit(db, {
      userId: user.id,
      action: 'taskForce.create',
      entity: 'taskForce',
      entityId: row.id,
      changes: input,
      at: now,
    });
    return row;
  });
}

export function updateTaskForce(
  db: Db,
  user: SessionUser,
  input: z.output<typeof updateTaskForceInput>,
  now: number,
) {
  return writeTransaction(db, () => {
    const before = db.select().from(taskForces).where(eq(taskForces.id, input.id)).get();
    if (!before) throw notFound('taskForce');
    if (before.version !== input.version) throw conflict('record');
    checkNameFree(db, taskForces, input.name, input.id);
    checkLeaderField(db, input.leadLeaderId, 'leadLeaderId');
    const next = {
      name: input.name,
      leadLeaderId: input.leadLeaderId,
      description: input.description ?? null,
    };
    db.update(taskForces)
      .set({ ...next, version: before.version + 1 })
      .where(eq(taskForces.id, input.id))
      .run();
    const membersBefore = memberIdsOf(db, input.id);
    setMembers(db, input.id, input.memberIds);
    const membersAfter = memberIdsOf(db, input.id);
    const changes = diff(before, next);
    if (!sameList(membersBefore, membersAfter)) changes.memberIds = [membersBefore, membersAfter];
    audit(db, {
      userId: user.id,
      action: 'taskForce.update',
      entity: 'taskForce',
      entityId: input.id,
      changes,
      at: now,
    });
    return { version: before.version + 1 };
  });
}

// Industry chains (产业链, 链长)

export function listChains(db: Db) {
  return db
    .select({
      id: industryChains.id,
      name: industryChains.name,
      chainLeaderId: industryChains.chainLeaderId,
      chainLeaderName: users.displayName,
      industries: industryChains.industries,
      active: industryChains.active,
      version: industryChains.version,
    })
    .from(industryChains)
    .leftJoin(users, eq(users.id, industryChains.chainLeaderId))
    .orderBy(asc(industryChains.id))
    .all();
}

export function createChain(db: Db, user: SessionUser, input: z.output<typeof chainInput>, now: number) {
  return writeTransaction(db, () => {
    checkNameFree(db, industryChains, input.name);
    checkLeaderField(db, input.chainLeaderId, 'chainLeaderId');
    const row = db
      .insert(industryChains)
      .values({
        name: input.name,
        chainLeaderId: input.chainLeaderId,
        industries: [...new Set(input.industries)],
        createdAt: now,
      })
      .returning({ id: industryChains.id })
      .get();
    audit(db, {
      userId: user.id,
      action: 'chain.create',
      entity: 'chain',
      entityId: row.id,
      changes: input,
      at: now,
    });
    return row;
  });
}

export function updateChain(
  db: Db,
  user: SessionUser,
  input: z.output<typeof updateChainInput>,
  now: number,
) {
  return writeTransaction(db, () => {
    const before = db.select().from(industryChains).where(eq(industryChains.id, input.id)).get();
    if (!before) throw notFound('chain');
    if (before.version !== input.version) throw conflict('record');
    checkNameFree(db, industryChains, input.name, input.id);
    checkLeaderField(db, input.chainLeaderId, 'chainLeaderId');
    const industries = [...new Set(input.industries)];
    db.update(industryChains)
      .set({ name: input.name, chainLeaderId: input.chainLeaderId, industries, version: before.version + 1 })
      .where(eq(industryChains.id, input.id))
      .run();
    const changes = diff(before, { name: input.name, chainLeaderId: input.chainLeaderId });
    if (!sameList(before.industries, industries)) changes.industries = [before.industries, industries];
    audit(db, {
      userId: user.id,
      action: 'chain.update',
      entity: 'chain',
      entityId: input.id,
      changes,
      at: now,
    });
    return { version: before.version + 1 };
  });
}

/** A leader's title (区长, 副区长 …) as shown on the desk and in pickers. */
export function setLeaderTitle(
  db: Db,
  user: SessionUser,
  input: { id: number; version: number; title: string },
  now: number,
) {
  return writeTransaction(db, () => {
    const before = db
      .select({ role: users.role, title: users.title, version: users.version })
      .from(users)
      .where(eq(users.id, input.id))
      .get();
    if (!before || before.role !== 'leader') throw notFound('leader');
    if (before.version !== input.version) throw conflict('record');
    db.update(users)
      .set({ title: input.title, version: before.version + 1 })
      .where(eq(users.id, input.id))
      .run();
    audit(db, {
      userId: user.id,
      action: 'leader.title',
      entity: 'user',
      entityId: input.id,
      changes: { title: [before.title, input.title] },
      at: now,
    });
    return { version: before.version + 1 };
  });
}

/** Active task forces for pickers. */
export function taskForceOptions(db: Db) {
  return db
    .select({ id: taskForces.id, name: taskForces.name })
    .from(taskForces)
    .where(eq(taskForces.active, true))
    .orderBy(asc(taskForces.id))
    .all();
}
