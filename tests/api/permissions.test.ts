import type { AnyProcedure } from '@trpc/server';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  auditLog,
  leaderAssignments,
  taskForceMembers,
  taskForceProjects,
  taskForces,
} from '../../db/schema';
import { appRouter } from '../../server/routers';
import type { Meta } from '../../server/trpc';
import { ROLES, type Role } from '../../shared/domain/catalog';
import { type Action, rolesFor as rolesForAction } from '../../shared/domain/permissions';
import { callerFor, trpcError } from '../helpers/caller';
import { createTestDb } from '../helpers/db';
import { makeProject, makeUser } from '../helpers/factories';
import { NOW, TODAY } from '../helpers/time';

const db = createTestDb();
const users = Object.fromEntries(ROLES.map((role) => [role, makeUser(db, { role })])) as Record<
  Role,
  ReturnType<typeof makeUser>
>;

// At run time the router keeps a flat record by dotted path ('projects.move').
const procedures = appRouter._def.procedures as unknown as Record<string, AnyProcedure>;
const paths = Object.keys(procedures).sort();
const metaOf = (path: string) => procedures[path]?._def.meta as Meta | undefined;
const mutations = paths.filter((path) => procedures[path]?._def.type === 'mutation');

/** Who a permission lets through the role check (project-level checks come on top of `project:*`). */
function rolesFor(permission: string): readonly Role[] {
  if (permission === 'public' || permission === 'signed-in' || permission === 'read') return ROLES;
  if (permission === 'write') return ['admin', 'leader', 'staff'];
  // action:<action> and object:<kind>:<action>: the roles the shared model lets do the action anywhere.
  if (permission.startsWith('action:') || permission.startsWith('object:'))
    return rolesForAction(permission.split(':').at(-1) as Action);
  if (permission === 'admin') return ['admin'];
  if (permission.startsWith('role:')) return permission.slice(5).split(',') as Role[];
  throw new Error(`unknown permission ${permission}`);
}

/** Mutations about the caller's own account or session, which a viewer may do too. */
const PERSONAL = [
  'auth.login',
  'auth.logout',
  'users.changePassword',
  'users.setLargeText',
  'notifications.markRead',
];
/** Mutations that only produce a file from data everyone reads (POST because of their size). */
const READ_ONLY = ['review.exportXlsx', 'schedules.exportOverview'];

type Caller = ReturnType<typeof callerFor>;
/** Calls any procedure by its dotted path; the role check runs before the input is validated. */
function callByPath(caller: Caller, path: string, input?: unknown): Promise<unknown> {
  const procedure = path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (procedure as (input?: unknown) => Promise<unknown>)(input);
}
async function codeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return 'OK';
  } catch (error) {
    return (error as { code?: string }).code ?? 'THROWN';
  }
}

describe('every procedure declares a permission', () => {
  it('lists the whole router', () => {
    expect(paths.length).toBeGreaterThan(40);
  });

  it.each(paths)('%s', (path) => {
    const permission = metaOf(path)?.permission;
    expect(
      permission,
      `${path} is built without a permission (use the builders in server/trpc.ts)`,
    ).toBeTruthy();
    expect(() => rolesFor(permission!)).not.toThrow();
  });
});

describe('role matrix: every mutation as every role', () => {
  const rows = mutations.flatMap((path) => ROLES.map((role) => [path, role] as const));
  it.each(rows)('%s as %s', async (path, role) => {
    const permission = metaOf(path)!.permission;
    const code = await codeOf(callByPath(callerFor(db, users[role]), path, undefined));
    const allowed = rolesFor(permission).includes(role);
    if (allowed) expect(code).not.toBe('FORBIDDEN');
    else expect(code).toBe('FORBIDDEN');
    if (role === 'viewer' && !PERSONAL.includes(path) && !READ_ONLY.includes(path))
      expect(code).toBe('FORBIDDEN');
    if (role === 'staff' && permission === 'admin') expect(code).toBe('FORBIDDEN');
  });

  it('signed out, every procedure but the public ones is UNAUTHORIZED', async () => {
    for (const path of paths) {
      if (metaOf(path)?.permission === 'public') continue;
      expect(await codeOf(callByPath(callerFor(db, null), path, undefined)), path).toBe('UNAUTHORIZED');
    }
  });
});

describe('project-level writes', () => {
  const ownerA = makeUser(db, { role: 'staff' });
  const ownerB = makeUser(db, { role: 'staff' });
  const member = makeUser(db, { role: 'staff' });
  const stranger = makeUser(db, { role: 'staff' });
  const leading = makeUser(db, { role: 'leader' });
  const otherLeader = makeUser(db, { role: 'leader' });
  const project = makeProject(db, { by: ownerA, ownerBId: ownerB.id, stage: 'introduced' });

  db.insert(leaderAssignments)
    .values({
      projectId: project.id,
      leaderId: leading.id,
      role: 'primary',
      assignedAt: TODAY,
      assignedBy: users.admin.id,
      createdAt: NOW,
    })
    .run();
  const tf = db
    .insert(taskForces)
    .values({ name: '测试专班', leadLeaderId: leading.id, createdAt: NOW })
    .returning()
    .get();
  db.insert(taskForceMembers).values({ taskForceId: tf.id, userId: member.id }).run();
  db.insert(taskForceProjects)
    .values({ taskForceId: tf.id, projectId: project.id, addedAt: NOW, addedBy: users.admin.id })
    .run();

  const followUp = (c: Caller) =>
    c.followUps.add({ projectId: project.id, date: TODAY, kind: 'phone', summary: '电话沟通' });
  const funds = (c: Caller) => c.funds.add({ projectId: project.id, date: TODAY, amount: 10 });
  const move = (c: Caller) => c.projects.move({ id: project.id, version: 999, to: 'on_hold', note: '暂缓' });

  // Funds are amounts: a leader records follow-ups on the projects they lead, but not money (decision 080).
  it.each([
    ['owner A', ownerA, true, true],
    ['owner B', ownerB, true, true],
    ['a task-force member', member, true, true],
    ['the leader who leads it', leading, true, false],
    ['an admin', users.admin, true, true],
    ['an officer who neither owns it nor is in its task force', stranger, false, false],
    ['a leader who does not lead it', otherLeader, false, false],
    ['a viewer', users.viewer, false, false],
  ] as const)('%s: allowed %s', async (_label, user, allowed, money) => {
    const c = callerFor(db, user);
    expect(await codeOf(followUp(c))).toBe(allowed ? 'OK' : 'FORBIDDEN');
    expect(await codeOf(funds(c))).toBe(money ? 'OK' : 'FORBIDDEN');
    // A stale version: allowed callers get as far as the version check.
    expect(await codeOf(move(c))).toBe(allowed ? 'CONFLICT' : 'FORBIDDEN');
  });

  it('any officer may create a project', async () => {
    const c = callerFor(db, stranger);
    const created = await c.projects.create({
      name: '新线索',
      investor: '某公司',
      industry: 'finance',
      channel: 'agency',
      estimatedInvestment: 100,
      ownerAId: stranger.id,
    });
    expect(created.id).toBeGreaterThan(0);
  });

  it('a refused action is recorded in the audit trail, with who and what', async () => {
    const error = await trpcError(followUp(callerFor(db, stranger)));
    expect(error.code).toBe('FORBIDDEN');
    const row = db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'access.denied'), eq(auditLog.userId, stranger.id)))
      .all()
      .at(-1);
    expect([row?.entity, row?.entityId]).toEqual(['project', project.id]);
    expect(JSON.parse(row?.changes ?? '{}')).toMatchObject({
      path: 'followUps.add',
      role: 'staff',
      action: 'followUp.add',
    });
  });
});
