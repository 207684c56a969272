import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { leaderAssignments, notifications, taskForceProjects } from '../../db/schema';
import { callerFor, fieldNames, trpcError } from '../helpers/caller';
import { createTestDb, countAuditChanges } from '../helpers/db';
import { makeProject, makeUser } from '../helpers/factories';
import { DAY_MS, NOW, TODAY } from '../helpers/time';

const db = createTestDb();
const admin = makeUser(db, { role: 'admin', displayName: '管理员' });
const officer = makeUser(db, { role: 'staff', displayName: '王磊' });
const officer2 = makeUser(db, { role: 'staff', displayName: '张伟' });
const leaderA = makeUser(db, { role: 'leader', displayName: '陈立新' });
const leaderB = makeUser(db, { role: 'leader', displayName: '赵海波' });
const viewer = makeUser(db, { role: 'viewer' });
const api = callerFor(db, admin);
const rows = () => ({
  assignments: db.select({ n: count() }).from(leaderAssignments).get()!.n,
  audit: countAuditChanges(db),
  notifications: db.select({ n: count() }).from(notifications).get()!.n,
  tf: db.select({ n: count() }).from(taskForceProjects).get()!.n,
});

describe('leaders.assign and the assignment history', () => {
  it('assigns a primary, then a reassignment ends it and starts a new one; the history keeps both', async () => {
    const p = makeProject(db, { by: officer, stage: 'introduced', estimatedInvestment: 8000 });
    await api.leaders.assign({
      projectId: p.id,
      leaderId: leaderA.id,
      role: 'primary',
      expectedPrimaryId: null,
    });
    const first = await api.leaders.forProject({ projectId: p.id });
    expect(first.primary).toMatchObject({
      leaderName: '陈立新',
      role: 'primary',
      assignedAt: TODAY,
      endedAt: null,
      assignedByName: '管理员',
    });
    await callerFor(db, admin, NOW + DAY_MS).leaders.assign({
      projectId: p.id,
      leaderId: leaderB.id,
      role: 'primary',
      expectedPrimaryId: first.primary!.id,
    });
    const after = await api.leaders.forProject({ projectId: p.id });
    expect(after.primary?.leaderName).toBe('赵海波');
    expect(after.history.map((h) => [h.leaderName, h.role, h.assignedAt, h.endedAt, h.endedByName])).toEqual([
      ['赵海波', 'primary', '2026-11-27', null, null],
      ['陈立新', 'primary', TODAY, '2026-11-27', '管理员'],
    ]);
    // The new leader is told; the notification names the project.
    const bell = await callerFor(db, leaderB).notifications.list();
    expect(bell.items[0]).toMatchObject({ kind: 'assigned', projectId: p.id, readAt: null });
    expect(bell.items[0]?.text).toContain(p.name);
  });

  it('adds co-leaders; promoting a co-leader to primary ends the co role', async () => {
    const p = makeProject(db, { by: officer });
    await api.leaders.assign({ projectId: p.id, leaderId: leaderA.id, role: 'co', expectedPrimaryId: null });
    await api.leaders.assign({
      projectId: p.id,
      leaderId: leaderA.id,
      role: 'primary',
      expectedPrimaryId: null,
    });
    const l = await api.leaders.forProject({ projectId: p.id });
    expect(l.primary?.leaderId).toBe(leaderA.id);
    expect(l.co).toEqual([]);
    expect(l.history).toHaveLength(2);
  });

  it('a stale view of the primary is a CONFLICT and writes nothing', async () => {
    const p = makeProject(db, { by: officer });
    await api.leaders.assign({
      projectId: p.id,
      leaderId: leaderA.id,
      role: 'primary',
      expectedPrimaryId: null,
    });
    const before = rows();
    const e = await trpcError(
      api.leaders.assign({ projectId: p.id, leaderId: leaderB.id, role: 'primary', expectedPrimaryId: null }),
    );
    expect(e.code).toBe('CONFLICT');
    expect(rows()).toEqual(before);
  });

  it('refuses a non-leader (field message), a leader or officer assigning (FORBIDDEN), an unknown project', async () => {
    const p = makeProject(db, { by: officer });
    const before = rows();
    const notLeader = await trpcError(
      api.leaders.assign({ projectId: p.id, leaderId: officer.id, role: 'primary', expectedPrimaryId: null }),
    );
    expect(fieldNames(notLeader)).toEqual(['leaderId']);
    for (const u of [leaderA, officer, viewer]) {
      const e = await trpcError(
        callerFor(db, u).leaders.assign({
          projectId: p.id,
          leaderId: leaderA.id,
          role: 'primary',
          expectedPrimaryId: null,
        }),
      );
      expect(e.code).toBe('FORBIDDEN');
    }
    expect(
      (
        await trpcError(
          api.leaders.assign({ projectId: 99999, leaderId: leaderA.id, role: 'co', expectedPrimaryId: null }),
        )
      ).code,
    ).toBe('NOT_FOUND');
    const bad = await trpcError(
      api.leaders.assign({
        projectId: p.id,
        leaderId: leaderA.id,
        role: 'boss' as 'co',
        expectedPrimaryId: null,
      }),
    );
    expect(fieldNames(bad)).toEqual(['role']);
    expect(rows()).toEqual(before);
  });

  it('leaders.end ends an open assignment once; a second end is a CONFLICT', async () => {
    const p = makeProject(db, { by: officer });
    const { id } = (await api.leaders.assign({
      projectId: p.id,
      leaderId: leaderB.id,
      role: 'co',
      expectedPrimaryId: null,
    })) as { id: number };
    await api.leaders.end({ assignmentId: id });
    expect((await api.leaders.forProject({ projectId: p.id })).co).toEqual([]);
    expect((await trpcError(api.leaders.end({ assignmentId: id }))).code).toBe('CONFLICT');
    expect((await trpcError(callerFor(db, officer).leaders.end({ assignmentId: id }))).code).toBe(
      'FORBIDDEN',
    );
  });
});

describe('未落实包保: the flag on the board and the list', () => {
  it('flags a major project at 引进+ without a primary, on its card and in leaders.withoutPrimary', async () => {
    const flagged = makeProject(db, {
      by: officer,
      stage: 'landed',
      estimatedInvestment: 20000,
      name: '缺主包的重大项目',
    });
    const small = makeProject(db, { by: officer, stage: 'landed', estimatedInvestment: 3000 });
    const early = makeProject(db, { by: officer, estimatedInvestment: 20000 });
    const board = await api.board.get({});
    const cards = board.columns.flatMap((c) => c.cards);
    expect(cards.find((c) => c.id === flagged.id)?.noPrimaryLeader).toBe(true);
    expect(cards.find((c) => c.id === small.id)?.noPrimaryLeader).toBe(false);
    expect(cards.find((c) => c.id === early.id)?.noPrimaryLeader).toBe(false);
    expect((await api.leaders.withoutPrimary()).map((p) => p.id)).toContain(flagged.id);
    await api.leaders.assign({
      projectId: flagged.id,
      leaderId: leaderA.id,
      role: 'primary',
      expectedPrimaryId: null,
    });
    expect((await api.leaders.withoutPrimary()).map((p) => p.id)).not.toContain(flagged.id);
    const again = (await api.board.get({})).columns.flatMap((c) => c.cards);
    expect(again.find((c) => c.id === flagged.id)?.noPrimaryLeader).toBe(false);
  });
});

describe('bulk assignment from the board', () => {
  it('assigns one primary leader to several projects at once', async () => {
    const ps = [makeProject(db, { by: officer }), makeProject(db, { by: officer })];
    const r = await api.leaders.bulkLeader({
      projects: ps.map((p) => ({ id: p.id, version: p.version })),
      leaderId: leaderB.id,
    });
    expect(r.changed).toBe(2);
    for (const p of ps)
      expect((await api.leaders.forProject({ projectId: p.id })).primary?.leaderId).toBe(leaderB.id);
    // The board filters by leader.
    const board = await api.board.get({ leaderId: leaderB.id });
    expect(board.columns.flatMap((c) => c.cards).map((c) => c.id)).toEqual(
      expect.arrayContaining(ps.map((p) => p.id)),
    );
  });

  it('changes owner A of several projects; a stale version anywhere writes nothing', async () => {
    const ps = [makeProject(db, { by: officer }), makeProject(db, { by: officer })];
    const before = rows();
    const stale = await trpcError(
      callerFor(db, officer).leaders.bulkOwner({
        projects: [
          { id: ps[0]!.id, version: ps[0]!.version },
          { id: ps[1]!.id, version: 99 },
        ],
        ownerAId: officer2.id,
      }),
    );
    expect(stale.code).toBe('CONFLICT');
    expect(rows()).toEqual(before);
    expect((await api.projects.get({ id: ps[0]!.id })).ownerAId).toBe(officer.id);
    await callerFor(db, officer).leaders.bulkOwner({
      projects: ps.map((p) => ({ id: p.id, version: p.version })),
      ownerAId: officer2.id,
    });
    const after = await api.projects.get({ id: ps[0]!.id });
    expect(after).toMatchObject({ ownerAId: officer2.id, version: ps[0]!.version + 1 });
  });

  it('refuses: a leader changing owners, an officer assigning leaders, an empty selection, a non-officer owner', async () => {
    const p = makeProject(db, { by: officer });
    const sel = [{ id: p.id, version: p.version }];
    expect(
      (await trpcError(callerFor(db, leaderA).leaders.bulkOwner({ projects: sel, ownerAId: officer2.id })))
        .code,
    ).toBe('FORBIDDEN');
    expect(
      (await trpcError(callerFor(db, officer).leaders.bulkLeader({ projects: sel, leaderId: leaderA.id })))
        .code,
    ).toBe('FORBIDDEN');
    expect(
      fieldNames(await trpcError(api.leaders.bulkLeader({ projects: [], leaderId: leaderA.id }))),
    ).toEqual(['projects']);
    expect(
      fieldNames(await trpcError(api.leaders.bulkOwner({ projects: sel, ownerAId: leaderA.id }))),
    ).toEqual(['ownerAId']);
  });

  it('puts projects in a task force, moves them, and filters the board by it', async () => {
    const tf1 = await api.coordination.createTaskForce({
      name: '华为吉林总部专班',
      leadLeaderId: leaderA.id,
      memberIds: [officer.id],
    });
    const tf2 = await api.coordination.createTaskForce({ name: '万象城二期专班', leadLeaderId: leaderB.id });
    const p = makeProject(db, { by: officer });
    await api.leaders.bulkTaskForce({ projects: [{ id: p.id, version: p.version }], taskForceId: tf1.id });
    expect((await api.leaders.forProject({ projectId: p.id })).taskForce?.name).toBe('华为吉林总部专班');
    await api.leaders.setTaskForce({ projectId: p.id, taskForceId: tf2.id });
    expect((await api.leaders.forProject({ projectId: p.id })).taskForce?.name).toBe('万象城二期专班');
    const ids = (await api.board.get({ taskForceId: tf2.id })).columns
      .flatMap((c) => c.cards)
      .map((c) => c.id);
    expect(ids).toEqual([p.id]);
    expect((await api.board.get({ taskForceId: tf1.id })).columns.flatMap((c) => c.cards)).toEqual([]);
    expect(
      (await trpcError(callerFor(db, officer).leaders.setTaskForce({ projectId: p.id, taskForceId: null })))
        .code,
    ).toBe('FORBIDDEN');
    await api.coordination.setTaskForceActive({ id: tf1.id, version: 1, active: false });
    expect(
      fieldNames(await trpcError(api.leaders.setTaskForce({ projectId: p.id, taskForceId: tf1.id }))),
    ).toEqual(['taskForceId']);
  });
});

describe('swimlanes by leader', () => {
  it('groups the filtered board by primary leader, with a lane for projects without one', async () => {
    const lanes = await api.leaders.lanes({});
    const total = (await api.board.get({})).columns.reduce((s, c) => s + c.count, 0);
    expect(lanes.reduce((s, l) => s + l.count, 0)).toBe(total);
    expect(lanes.at(-1)?.leader).toBeNull();
    expect(lanes.find((l) => l.leader?.id === leaderB.id)?.cells.map((c) => c.stage)).toEqual([
      'negotiating',
      'introduced',
      'landed',
      'started',
      'completed',
    ]);
    expect(await callerFor(db, viewer).leaders.lanes({ leaderId: leaderB.id })).toHaveLength(1);
  });
});

describe('the leader list', () => {
  it('lists leaders with titles and their load', async () => {
    const list = await callerFor(db, viewer).leaders.list();
    expect(list.map((l) => l.displayName)).toEqual(['陈立新', '赵海波']);
    expect(list.every((l) => l.projects >= l.primaries)).toBe(true);
  });
});
