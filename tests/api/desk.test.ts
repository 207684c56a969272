import { describe, expect, it } from 'vitest';
import { callerFor, trpcError } from '../helpers/caller';
import { createTestDb } from '../helpers/db';
import { makeProject, makeUser } from '../helpers/factories';
import { DAY_MS, NOW } from '../helpers/time';

const db = createTestDb();
const admin = makeUser(db, { role: 'admin' });
const officer = makeUser(db, { role: 'staff', displayName: '王磊' });
const leader = makeUser(db, { role: 'leader', displayName: '陈立新' });
const other = makeUser(db, { role: 'leader', displayName: '赵海波' });
const adm = callerFor(db, admin);
const lead = async (projectId: number, leaderId = leader.id, role: 'primary' | 'co' = 'primary') =>
  adm.leaders.assign({ projectId, leaderId, role, expectedPrimaryId: null });

const quiet = makeProject(db, {
  by: officer,
  name: '平稳项目',
  stage: 'introduced',
  estimatedInvestment: 6000,
  at: NOW - 2 * DAY_MS,
});
const stalled = makeProject(db, {
  by: officer,
  name: '久未推进项目',
  stage: 'landed',
  estimatedInvestment: 3000,
  at: NOW - 45 * DAY_MS,
});
const lateInstruction = makeProject(db, { by: officer, name: '批示逾期项目', at: NOW - DAY_MS });
const lateProblem = makeProject(db, {
  by: officer,
  name: '问题逾期项目',
  stage: 'started',
  estimatedInvestment: 20000,
  at: NOW - DAY_MS,
});
const dropped = makeProject(db, { by: officer, name: '已终止项目', status: 'dropped' });
for (const p of [quiet, stalled, lateInstruction, dropped]) await lead(p.id);
await lead(lateProblem.id, leader.id, 'co');
await lead(lateProblem.id, other.id, 'primary');
await callerFor(db, officer).problems.create({
  projectId: lateProblem.id,
  title: '资金未到位',
  raisedDate: '2026-11-01',
  dueDate: '2026-11-15',
});
await callerFor(db, leader, NOW - 20 * DAY_MS).instructions.create({
  projectId: lateInstruction.id,
  text: '请报进度',
  replyBy: '2026-11-20',
});
await callerFor(db, officer).funds.add({ projectId: lateProblem.id, date: '2026-11-20', amount: 4000 });

describe('leaders.desk', () => {
  it("shows the leader's projects most urgent first, with totals, leaving dropped projects out", async () => {
    const desk = await callerFor(db, leader).leaders.desk({});
    expect(desk.leader).toMatchObject({ id: leader.id, displayName: '陈立新' });
    expect(desk.projects.map((p) => [p.name, p.tier])).toEqual([
      ['问题逾期项目', 0],
      ['批示逾期项目', 0],
      ['久未推进项目', 1],
      ['平稳项目', 2],
    ]);
    expect(desk.projects[0]).toMatchObject({
      role: 'co',
      openProblems: 1,
      overdueProblems: 1,
      funds: 4000,
      ownerName: '王磊',
      major: true,
    });
    expect(desk.projects[1]).toMatchObject({ pendingInstructions: 1, overdueInstructions: 1 });
    expect(desk.projects[2]).toMatchObject({ stalled: true, daysInStage: 45 });
    expect(desk.totals).toEqual({ count: 4, attention: 3, agreed: 6000 + 3000 + 20000, funds: 4000 });
  });

  it("an admin opens any leader's desk; a leader cannot open another's", async () => {
    expect((await adm.leaders.desk({ leaderId: other.id })).projects.map((p) => p.name)).toEqual([
      '问题逾期项目',
    ]);
    expect((await adm.leaders.desk({})).leader).toBeNull();
    const e = await trpcError(callerFor(db, leader).leaders.desk({ leaderId: other.id }));
    expect(e.code).toBe('FORBIDDEN');
    expect((await trpcError(adm.leaders.desk({ leaderId: officer.id }))).code).toBe('NOT_FOUND');
    expect((await trpcError(callerFor(db, null).leaders.desk({}))).code).toBe('UNAUTHORIZED');
  });
});
