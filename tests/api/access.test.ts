import type { AnyProcedure } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { appRouter } from '../../server/routers';
import { callerFor, trpcError } from '../helpers/caller';
import { countRows, createTestDb } from '../helpers/db';
import { makeProject, makeUser } from '../helpers/factories';
import { TODAY } from '../helpers/time';

const db = createTestDb();
const owner = makeUser(db, { role: 'staff' });
const project = makeProject(db, { by: owner, stage: 'introduced' });

type Caller = ReturnType<typeof callerFor>;

/** The routers this file owns in full; the others' role rules are tested beside them. */
const OWNED = ['auth', 'board', 'projects', 'followUps', 'funds', 'directory'];

/** One valid call for every procedure of those routers; a test fails when one is added without a row here. */
const calls: Record<string, (c: Caller) => Promise<unknown>> = {
  'auth.me': (c) => c.auth.me(),
  'auth.loginInfo': (c) => c.auth.loginInfo(),
  'auth.login': (c) => c.auth.login({ username: 'nobody', password: 'x' }),
  'auth.logout': (c) => c.auth.logout(),
  'board.get': (c) => c.board.get({}),
  'board.column': (c) => c.board.column({ stage: 'introduced' }),
  'projects.get': (c) => c.projects.get({ id: project.id }),
  'projects.history': (c) => c.projects.history({ id: project.id }),
  'projects.gates': (c) => c.projects.gates({ id: project.id }),
  'projects.create': (c) =>
    c.projects.create({
      name: '新项目',
      investor: '投资方',
      industry: 'finance',
      channel: 'agency',
      estimatedInvestment: 100,
      ownerAId: owner.id,
    }),
  'projects.update': (c) =>
    c.projects.update({
      id: project.id,
      version: project.version,
      fields: {
        name: '改名',
        investor: project.investor,
        industry: project.industry,
        channel: project.channel,
        estimatedInvestment: 1,
        ownerAId: owner.id,
      },
    }),
  'projects.move': (c) =>
    c.projects.move({ id: project.id, version: project.version, to: 'on_hold', note: '暂缓' }),
  'projects.offFunnel': (c) => c.projects.offFunnel({ status: 'on_hold' }),
  'projects.pendingFacts': (c) => c.projects.pendingFacts({}),
  'followUps.list': (c) => c.followUps.list({ projectId: project.id }),
  'followUps.add': (c) =>
    c.followUps.add({ projectId: project.id, date: TODAY, kind: 'phone', summary: '电话沟通' }),
  'funds.list': (c) => c.funds.list({ projectId: project.id }),
  'funds.add': (c) => c.funds.add({ projectId: project.id, date: TODAY, amount: 100 }),
  'directory.users': (c) => c.directory.users(),
  'directory.units': (c) => c.directory.units(),
  'directory.chains': (c) => c.directory.chains(),
};

const PUBLIC = ['auth.me', 'auth.login', 'auth.loginInfo'];
// At run time the router keeps a flat record by dotted path ('projects.move').
const procedures = appRouter._def.procedures as unknown as Record<string, AnyProcedure>;
const allPaths = Object.keys(procedures);
const paths = allPaths.filter((path) => OWNED.includes(path.split('.')[0]!));
const typeOf = (path: string) => procedures[path]?._def.type;
/** Mutations that change data: everything but signing in and out. */
const writes = paths.filter((path) => typeOf(path) === 'mutation' && !path.startsWith('auth.'));

/** Calls any procedure by its dotted path, without input: authentication is checked before input. */
function callByPath(caller: Caller, path: string): Promise<unknown> {
  const procedure = path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (procedure as (input?: unknown) => Promise<unknown>)(undefined);
}

it('the table covers every procedure of the routers it owns', () => {
  expect(Object.keys(calls).sort()).toEqual([...paths].sort());
  expect(writes.sort()).toEqual([
    'followUps.add',
    'funds.add',
    'projects.create',
    'projects.move',
    'projects.update',
  ]);
});

describe('signed out', () => {
  it.each(paths.filter((path) => !PUBLIC.includes(path)))(
    '%s with valid input → UNAUTHORIZED',
    async (path) => {
      const error = await trpcError(calls[path]!(callerFor(db, null)));
      expect([error.code, error.message]).toEqual(['UNAUTHORIZED', '请先登录']);
    },
  );

  it.each(allPaths.filter((path) => !PUBLIC.includes(path)))(
    '%s (any router) → UNAUTHORIZED before reading its input',
    async (path) => {
      const error = await trpcError(callByPath(callerFor(db, null), path));
      expect(error.code).toBe('UNAUTHORIZED');
    },
  );

  it('auth.me answers null', async () => {
    expect(await callerFor(db, null).auth.me()).toBeNull();
  });
});

describe('a viewer reads but never writes', () => {
  const viewer = makeUser(db, { role: 'viewer' });

  it.each(writes)('%s → FORBIDDEN and nothing written', async (path) => {
    const before = countRows(db);
    const error = await trpcError(calls[path]!(callerFor(db, viewer)));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toBe('您的角色无权执行此操作');
    expect(countRows(db)).toEqual(before);
    expect((await callerFor(db, viewer).projects.get({ id: project.id })).version).toBe(project.version);
  });

  const reads = paths.filter((path) => typeOf(path) === 'query');
  it.each(reads)('%s is allowed', async (path) => {
    await expect(calls[path]!(callerFor(db, viewer))).resolves.toBeDefined();
  });

  it('may sign out', async () => {
    await expect(callerFor(db, viewer).auth.logout()).resolves.toEqual({ ok: true });
  });
});

describe.each(['staff', 'leader', 'admin'] as const)('a %s may write', (role) => {
  it('creates a project', async () => {
    const user = makeUser(db, { role });
    const { id } = (await calls['projects.create']!(callerFor(db, user))) as { id: number };
    expect(id).toBeGreaterThan(project.id);
  });
});
