import { describe, expect, it } from 'vitest';
import { callerFor } from '../helpers/caller';
import { createTestDb } from '../helpers/db';
import { makeProject, makeUser } from '../helpers/factories';
import { DAY_MS, NOW } from '../helpers/time';

// Issue 16: a major project with a red light and an overdue yellow 督办单 sat 23rd of 26 on the desk,
// behind every project with an overdue problem or instruction, and outside the 需关注 count.
const db = createTestDb();
const admin = makeUser(db, { role: 'admin' });
const officer = makeUser(db, { role: 'staff', displayName: '郑凯' });
const leader = makeUser(db, { role: 'leader', displayName: '陈立新' });
const adm = callerFor(db, admin);
const staffApi = callerFor(db, officer);
const lead = (projectId: number, role: 'primary' | 'co' = 'primary') =>
  adm.leaders.assign({ projectId, leaderId: leader.id, role, expectedPrimaryId: null });

const red = makeProject(db, {
  by: officer,
  name: '红灯督办项目',
  stage: 'landed',
  estimatedInvestment: 8000,
  at: NOW - 2 * DAY_MS,
});
await lead(red.id);
await staffApi.schedules.create({
  projectId: red.id,
  templateId: 2,
  targetDate: '2027-06-30',
  milestones: [
    { name: '装修设计', plannedDate: '2026-11-01', linkedStage: null, actualDate: null },
    { name: '入驻开业', plannedDate: '2027-06-30', linkedStage: null, actualDate: null },
  ],
});
// Issued on 2026-11-06 with a due date of 11-16 and yellow from 11-12: on 11-26 it is overdue and yellow.
await callerFor(db, leader, NOW - 20 * DAY_MS).schedules.chaseUps.issue({
  projectId: red.id,
  subject: '协调装修设计单位提交施工图',
  assigneeId: officer.id,
  dueDate: '2026-11-16',
  yellowDate: '2026-11-12',
  redDate: '2026-12-20',
});

// Larger projects, each with overdue problems or an overdue instruction: the old order put them first.
for (let i = 0; i < 4; i++) {
  const p = makeProject(db, {
    by: officer,
    name: `问题逾期项目${i}`,
    stage: 'introduced',
    estimatedInvestment: 30000 + i,
    at: NOW - DAY_MS,
  });
  await lead(p.id);
  for (const title of ['资金未到位', '用地指标未落实']) {
    await staffApi.problems.create({
      projectId: p.id,
      title,
      raisedDate: '2026-11-01',
      dueDate: '2026-11-15',
    });
  }
}
const instructed = makeProject(db, { by: officer, name: '批示逾期项目', at: NOW - DAY_MS });
await lead(instructed.id);
await callerFor(db, leader, NOW - 20 * DAY_MS).instructions.create({
  projectId: instructed.id,
  text: '请报进度',
  replyBy: '2026-11-20',
});
// A major project the leader co-leads with nobody as 主包; a calm one.
const unled = makeProject(db, {
  by: officer,
  name: '无主包项目',
  stage: 'introduced',
  estimatedInvestment: 9000,
});
await lead(unled.id, 'co');
const calm = makeProject(db, {
  by: officer,
  name: '平稳项目',
  stage: 'introduced',
  estimatedInvestment: 2000,
});
await lead(calm.id);

describe('leaders.desk urgency (issue 16, decision 114)', () => {
  it('puts the red-light project with an overdue yellow 督办单 first and counts it under 需关注', async () => {
    const desk = await callerFor(db, leader).leaders.desk({});
    expect(desk.projects.map((p) => p.name)).toEqual([
      '红灯督办项目',
      '问题逾期项目3',
      '问题逾期项目2',
      '问题逾期项目1',
      '问题逾期项目0',
      '批示逾期项目',
      '无主包项目',
      '平稳项目',
    ]);
    expect(desk.projects[0]).toMatchObject({
      tier: 0,
      light: 'red',
      overdueMilestones: 1,
      chaseUpsOverdue: 1,
      signals: [
        { key: 'redLight', severity: 'red', count: 1 },
        { key: 'chaseUpOverdue', severity: 'red', count: 1 },
      ],
    });
    expect(desk.projects.find((p) => p.id === unled.id)).toMatchObject({
      tier: 1,
      noPrimaryLeader: true,
      signals: [{ key: 'noPrimaryLeader', severity: 'yellow', count: 1 }],
    });
    expect(desk.totals).toMatchObject({ count: 8, attention: 7 });
  });

  it('a 督办单 counts by its worst state; a closed one and a held project’s light count no more', async () => {
    const [order] = await staffApi.schedules.chaseUps.forProject({ projectId: red.id });
    await staffApi.schedules.chaseUps.close({ id: order!.id, version: order!.version, resolution: '已提交' });
    // Still red by its schedule, the graver kind: still first, now without the order.
    let first = (await callerFor(db, leader).leaders.desk({})).projects[0]!;
    expect([first.name, first.chaseUpsOverdue, first.signals.map((s) => s.key)]).toEqual([
      '红灯督办项目',
      0,
      ['redLight'],
    ]);
    const { version } = await staffApi.projects.get({ id: red.id });
    await staffApi.projects.move({ id: red.id, version, to: 'on_hold', note: '企业调整计划' });
    const held = (await callerFor(db, leader).leaders.desk({})).projects.find((p) => p.id === red.id)!;
    expect([held.light, held.tier]).toEqual([null, 2]);
    first = (await callerFor(db, leader).leaders.desk({})).projects[0]!;
    expect(first.name).toBe('问题逾期项目3');
  });
});
