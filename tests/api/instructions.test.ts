import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { instructions, notifications } from '../../db/schema';
import { callerFor, fieldNames, trpcError } from '../helpers/caller';
import { createTestDb } from '../helpers/db';
import { makeProject, makeUser } from '../helpers/factories';
import { DAY_MS, NOW } from '../helpers/time';

const db = createTestDb();
const admin = makeUser(db, { role: 'admin' });
const ownerA = makeUser(db, { role: 'staff', displayName: '王磊' });
const ownerB = makeUser(db, { role: 'staff', displayName: '李娜' });
const stranger = makeUser(db, { role: 'staff', displayName: '杨帆' });
const leader = makeUser(db, { role: 'leader', displayName: '陈立新' });
const otherLeader = makeUser(db, { role: 'leader', displayName: '吴静' });
const project = makeProject(db, {
  by: ownerA,
  ownerBId: ownerB.id,
  stage: 'landed',
  estimatedInvestment: 12000,
});
await callerFor(db, admin).leaders.assign({
  projectId: project.id,
  leaderId: leader.id,
  role: 'co',
  expectedPrimaryId: null,
});
const rows = () => ({
  instructions: db.select({ n: count() }).from(instructions).get()!.n,
  notifications: db.select({ n: count() }).from(notifications).get()!.n,
});

describe('instructions travel from the leader to the owners and back', () => {
  it('a leader writes on a project they lead; owners A and B are notified; B replies; the leader is told', async () => {
    const { id } = await callerFor(db, leader).instructions.create({
      projectId: project.id,
      text: '请加快推进施工许可办理',
      replyBy: '2026-12-05',
    });
    for (const u of [ownerA, ownerB]) {
      const bell = await callerFor(db, u).notifications.list();
      expect(bell.unread).toBe(1);
      expect(bell.items[0]).toMatchObject({
        kind: 'instruction_received',
        projectId: project.id,
        refId: id,
        projectName: project.name,
      });
    }
    let [i] = await callerFor(db, ownerA).instructions.list({ projectId: project.id });
    expect(i).toMatchObject({
      id,
      leaderName: '陈立新',
      status: 'pending',
      replyBy: '2026-12-05',
      overdue: false,
      version: 1,
    });
    await callerFor(db, ownerB, NOW + DAY_MS).instructions.reply({
      id,
      version: 1,
      reply: '已与住建局对接，预计下周取得施工许可',
    });
    [i] = await callerFor(db, leader).instructions.list({ projectId: project.id });
    expect(i).toMatchObject({
      status: 'answered',
      reply: '已与住建局对接，预计下周取得施工许可',
      repliedByName: '李娜',
      repliedAt: NOW + DAY_MS,
    });
    const bell = await callerFor(db, leader).notifications.list();
    expect(bell.items[0]).toMatchObject({ kind: 'instruction_replied', refId: id });
    expect(bell.items[0]?.text).toContain('李娜');
  });

  it('is overdue once pending past its reply-by date', async () => {
    const { id } = await callerFor(db, leader, NOW - 10 * DAY_MS).instructions.create({
      projectId: project.id,
      text: '请报送到资计划',
      replyBy: '2026-11-20',
    });
    const list = await callerFor(db, leader).instructions.list({ projectId: project.id });
    expect(list.find((i) => i.id === id)?.overdue).toBe(true);
  });

  it('refuses: a leader not leading the project, an officer writing, a past reply-by date, empty text — nothing written', async () => {
    const before = rows();
    const notHis = await trpcError(
      callerFor(db, otherLeader).instructions.create({
        projectId: project.id,
        text: '请汇报',
        replyBy: '2026-12-01',
      }),
    );
    expect(notHis.code).toBe('FORBIDDEN');
    expect(notHis.message).toBe('只有该项目的包保领导可以作出批示');
    expect(
      (
        await trpcError(
          callerFor(db, ownerA).instructions.create({
            projectId: project.id,
            text: '请汇报',
            replyBy: '2026-12-01',
          }),
        )
      ).code,
    ).toBe('FORBIDDEN');
    expect(
      fieldNames(
        await trpcError(
          callerFor(db, leader).instructions.create({
            projectId: project.id,
            text: '请汇报',
            replyBy: '2026-11-25',
          }),
        ),
      ),
    ).toEqual(['replyBy']);
    expect(
      fieldNames(
        await trpcError(
          callerFor(db, leader).instructions.create({
            projectId: project.id,
            text: ' ',
            replyBy: '2026-12-01',
          }),
        ),
      ),
    ).toEqual(['text']);
    expect(
      (
        await trpcError(
          callerFor(db, leader).instructions.create({
            projectId: 99999,
            text: '请汇报',
            replyBy: '2026-12-01',
          }),
        )
      ).code,
    ).toBe('NOT_FOUND');
    expect(rows()).toEqual(before);
  });

  it('refuses a reply from someone who is not owner A/B, a second reply (CONFLICT), an empty reply', async () => {
    const { id } = await callerFor(db, leader).instructions.create({
      projectId: project.id,
      text: '请协调解决用地问题',
      replyBy: '2026-12-10',
    });
    const e = await trpcError(callerFor(db, stranger).instructions.reply({ id, version: 1, reply: '收到' }));
    expect(e.code).toBe('FORBIDDEN');
    expect(e.message).toContain('A/B岗');
    expect(
      fieldNames(await trpcError(callerFor(db, ownerA).instructions.reply({ id, version: 1, reply: '' }))),
    ).toEqual(['reply']);
    await callerFor(db, ownerA).instructions.reply({ id, version: 1, reply: '已协调自然资源局' });
    expect(
      (await trpcError(callerFor(db, ownerB).instructions.reply({ id, version: 1, reply: '也收到' }))).code,
    ).toBe('CONFLICT');
    expect(
      (await trpcError(callerFor(db, admin).instructions.reply({ id: 99999, version: 1, reply: '收到' })))
        .code,
    ).toBe('NOT_FOUND');
  });
});

describe('notifications: read state is per person', () => {
  it('marking read affects only the reader, and only the given ids', async () => {
    const { id } = await callerFor(db, leader).instructions.create({
      projectId: project.id,
      text: '请安排现场调度',
      replyBy: '2026-12-08',
    });
    const a = callerFor(db, ownerA);
    const b = callerFor(db, ownerB);
    const itemA = (await a.notifications.list()).items.find(
      (n) => n.refId === id && n.kind === 'instruction_received',
    )!;
    const unreadB = await b.notifications.unread();
    await a.notifications.markRead({ ids: [itemA.id] });
    expect((await a.notifications.list()).items.find((n) => n.id === itemA.id)?.readAt).toBe(NOW);
    expect(await b.notifications.unread()).toBe(unreadB);
    // Someone else's id is ignored, not marked.
    const itemB = (await b.notifications.list()).items.find((n) => n.refId === id)!;
    expect(await a.notifications.markRead({ ids: [itemB.id] })).toEqual({ updated: 0 });
    await b.notifications.markRead({});
    expect(await b.notifications.unread()).toBe(0);
    expect((await trpcError(callerFor(db, null).notifications.list())).code).toBe('UNAUTHORIZED');
    expect(fieldNames(await trpcError(a.notifications.markRead({ ids: [-1] })))).toEqual(['0']);
  });
});
