import { describe, expect, it } from 'vitest';
import type { MilestoneInput } from '../../shared/schemas/schedules';
import { callerFor } from '../helpers/caller';
import { createTestDb } from '../helpers/db';
import { makeProject, makeUser } from '../helpers/factories';
import { DAY_MS, NOW } from '../helpers/time';

// The review's own lists of due items (server/services/review/lists.ts), read through review.week.
// NOW is Thursday 2026-11-26 in week 2026-W48 (23–29 Nov): "overdue" means due before the 26th.
const db = createTestDb();
const admin = makeUser(db, { role: 'admin' });
const officer = makeUser(db, { role: 'staff', displayName: '郑凯' });
const leader = makeUser(db, { role: 'leader', displayName: '王区长' });
const api = callerFor(db, officer);
const lists = async (week = '2026-W48', now = NOW) =>
  (await callerFor(db, officer, now).review.week({ week })).lists;

const major = (name: string, status?: 'dropped') =>
  makeProject(db, {
    by: officer,
    name,
    estimatedInvestment: 8000,
    stage: 'landed',
    at: NOW - 60 * DAY_MS,
    status,
  });
const m = (name: string, plannedDate: string, actualDate: string | null = null): MilestoneInput => ({
  name,
  plannedDate,
  linkedStage: null,
  actualDate,
});
const schedule = (projectId: number, ms: MilestoneInput[]) =>
  api.schedules.create({ projectId, templateId: 2, targetDate: '2027-06-30', milestones: ms });

describe('overdue milestones', () => {
  it('lists active milestones planned before the day and not done, on active projects; counts red projects', async () => {
    const late = major('逾期里程碑项目');
    await schedule(late.id, [
      m('装修设计', '2026-11-16'),
      m('消防验收', '2026-11-20'),
      m('入驻开业', '2027-06-30'),
    ]);
    const done = major('按期完成项目');
    await schedule(done.id, [m('装修设计', '2026-11-16', '2026-11-15'), m('入驻开业', '2027-06-30')]);
    const today = major('今日到期项目');
    await schedule(today.id, [m('装修设计', '2026-11-26'), m('入驻开业', '2027-06-30')]);
    const dropped = major('已终止项目');
    await schedule(dropped.id, [m('装修设计', '2026-11-16'), m('入驻开业', '2027-06-30')]);
    makeDropped(dropped.id);

    const { overdueMilestones, redProjects } = await lists();
    expect(overdueMilestones.map((r) => [r.projectName, r.title, r.dueDate, r.who])).toEqual([
      ['逾期里程碑项目', '装修设计', '2026-11-16', '郑凯'],
      ['逾期里程碑项目', '消防验收', '2026-11-20', '郑凯'],
    ]);
    expect(redProjects).toBe(1);
  });
});

describe('overdue problems', () => {
  it('lists open and in-progress problems due before the day, with the unit responsible', async () => {
    const p = makeProject(db, { by: officer, name: '问题项目', stage: 'introduced' });
    const raise = (title: string, dueDate: string) =>
      api.problems.create({ projectId: p.id, title, raisedDate: '2026-11-10', dueDate });
    await raise('规划许可办理', '2026-11-20');
    const moving = await raise('停车位配建', '2026-11-21');
    await api.problems.move({ id: moving.id, version: 1, to: 'in_progress' });
    const solved = await raise('用电增容', '2026-11-19');
    await api.problems.move({ id: solved.id, version: 1, to: 'resolved', resolution: '已协调供电公司' });
    await raise('施工许可', '2026-11-30');

    const { overdueProblems } = await lists();
    expect(overdueProblems.map((r) => [r.title, r.dueDate])).toEqual([
      ['规划许可办理', '2026-11-20'],
      ['停车位配建', '2026-11-21'],
    ]);
  });
});

describe('pending instructions', () => {
  it('lists instructions given before the week ended and unanswered at its end', async () => {
    const p = makeProject(db, { by: officer, name: '批示项目', stage: 'landed', estimatedInvestment: 12000 });
    await callerFor(db, admin).leaders.assign({
      projectId: p.id,
      leaderId: leader.id,
      role: 'co',
      expectedPrimaryId: null,
    });
    const give = (text: string, at: number) =>
      callerFor(db, leader, at).instructions.create({ projectId: p.id, text, replyBy: '2026-12-05' });
    const answeredLate = await give('请报送到资计划', NOW - 10 * DAY_MS);
    const answeredInTime = await give('请加快施工许可办理', NOW - 10 * DAY_MS);
    await give('请协调用地指标', NOW - DAY_MS);
    await callerFor(db, officer, NOW - 9 * DAY_MS).instructions.reply({
      id: answeredInTime.id,
      version: 1,
      reply: '已办结',
    });
    await callerFor(db, officer, NOW).instructions.reply({
      id: answeredLate.id,
      version: 1,
      reply: '已报送',
    });

    // Week 47 (16–22 Nov): the first was still unanswered at its end (answered on the 26th), the second
    // was answered on the 17th, the third not yet given.
    const w47 = await lists('2026-W47');
    expect(w47.pendingInstructions.map((r) => r.title)).toEqual(['请报送到资计划']);
    // This week: only the one still unanswered.
    expect((await lists()).pendingInstructions.map((r) => [r.title, r.who])).toEqual([
      ['请协调用地指标', '王区长'],
    ]);
  });
});

/** 终止 after the schedule was made (a dropped project takes no new schedule). */
function makeDropped(projectId: number) {
  db.$client.prepare("update projects set status = 'dropped' where id = ?").run(projectId);
}
