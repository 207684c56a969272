import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { callerFor } from '../helpers/caller';
import { createTestDb } from '../helpers/db';
import { makeProject, makeUser } from '../helpers/factories';
import { NOW, shanghai, TODAY } from '../helpers/time';

/**
 * The review holds the project facts and the follow-ups in memory between calls (server/services/review/
 * facts.ts, follow-up-cache.ts, like the stage-event log). Each change must show in the very next call.
 */
const db = createTestDb();
const officer = makeUser(db, { role: 'staff', displayName: '马丽' });
const other = makeUser(db, { role: 'staff', displayName: '赵强' });
const api = callerFor(db, officer);
const week = { week: '2026-W48' };

// Stalled: registered on 09-01 with nothing since. Moving: registered in W46.
const stalled = makeProject(db, {
  by: officer,
  at: shanghai(2026, 9, 1, 10),
  estimatedInvestment: 1000,
  industry: 'digital',
});
const moving = makeProject(db, {
  by: officer,
  at: shanghai(2026, 11, 10, 10),
  estimatedInvestment: 500,
  industry: 'digital',
});

const industry = (r: Awaited<ReturnType<typeof api.review.week>>, key: string) =>
  r.breakdowns.industry.find((b) => b.key === key)?.activeCount ?? 0;
const stalledIds = (r: Awaited<ReturnType<typeof api.review.week>>) =>
  r.lists.stalled.rows.map((s) => s.projectId);

describe('review caches: a change shows in the next call', () => {
  it('first call: both in 洽谈, digital, the old one stalled', async () => {
    const r = await api.review.week(week);
    expect(r.funnel.states[0]!.count).toBe(2);
    expect(industry(r, 'digital')).toBe(2);
    expect(stalledIds(r)).toEqual([stalled.id]);
  });

  it('a new stage event (a move to 暂缓)', async () => {
    await api.projects.move({ id: moving.id, version: moving.version, to: 'on_hold', note: '企业调整计划' });
    const r = await api.review.week(week);
    expect(r.funnel.states.map((s) => s.count)).toEqual([1, 0, 0, 0, 0, 1, 0]);
    expect(r.flow.holds).toBe(1);
  });

  it('an edited project (industry) and a reassigned one (owner A)', async () => {
    const { version } = await api.projects.update({
      id: stalled.id,
      version: stalled.version,
      fields: {
        name: stalled.name,
        investor: stalled.investor,
        industry: 'finance',
        channel: stalled.channel,
        estimatedInvestment: 1000,
        ownerAId: officer.id,
      },
    });
    let r = await api.review.week(week);
    expect([industry(r, 'digital'), industry(r, 'finance')]).toEqual([0, 1]);
    await api.projects.update({
      id: stalled.id,
      version,
      fields: {
        name: stalled.name,
        investor: stalled.investor,
        industry: 'finance',
        channel: stalled.channel,
        estimatedInvestment: 1000,
        ownerAId: other.id,
      },
    });
    r = await api.review.week(week);
    expect(r.breakdowns.owner.map((b) => [b.label, b.activeCount])).toEqual([['赵强', 1]]);
  });

  it('a project edited through another connection (another process)', async () => {
    // Another server process on the same file: its write path changes the row and appends the history.
    const second = new Database(db.$client.name);
    second.transaction(() => {
      second
        .prepare("update projects set industry = 'scitech', version = version + 1 where id = ?")
        .run(stalled.id);
      second
        .prepare(
          `insert into project_attribute_history (project_id, field, value, effective_at, recorded_at)
           select id, 'industry', 'scitech', created_at, ? from projects where id = ?`,
        )
        .run(NOW, stalled.id);
    })();
    second.close();
    const r = await api.review.week(week);
    expect([industry(r, 'finance'), industry(r, 'scitech')]).toEqual([0, 1]);
  });

  it('a new project', async () => {
    makeProject(db, {
      by: officer,
      at: shanghai(2026, 11, 24, 10),
      estimatedInvestment: 300,
      industry: 'commerce',
    });
    const r = await api.review.week(week);
    expect(industry(r, 'commerce')).toBe(1);
    expect(r.funnel.activeAmount).toBe(1000 + 300);
  });

  it('a new follow-up ends the stall; should one disappear, the stall shows again', async () => {
    // Owner A is now 赵强 (reassigned above): he records it.
    await callerFor(db, other).followUps.add({
      projectId: stalled.id,
      date: TODAY,
      kind: 'phone',
      summary: '电话沟通投资计划',
    });
    expect(stalledIds(await api.review.week(week))).toEqual([]);
    await api.followUps.add({
      projectId: moving.id,
      date: TODAY,
      kind: 'visit',
      summary: '上门了解暂缓原因',
    });
    expect(stalledIds(await api.review.week(week))).toEqual([]);
    // Follow-ups are never deleted by the app; the cache still notices (below the highest id: the row count disagrees).
    db.$client.prepare('delete from follow_ups where project_id = ?').run(stalled.id);
    expect(stalledIds(await api.review.week(week))).toEqual([stalled.id]);
  });

  it('a follow-up written by another connection', async () => {
    const second = new Database(db.$client.name);
    second
      .prepare(
        'insert into follow_ups (project_id, date, kind, summary, created_by, created_at) values (?, ?, ?, ?, ?, ?)',
      )
      .run(stalled.id, TODAY, 'visit', '上门拜访', officer.id, shanghai(2026, 11, 25, 9));
    second.close();
    expect(stalledIds(await api.review.week(week))).toEqual([]);
  });
});
