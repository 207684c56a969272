import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { callerFor, fieldNames, trpcError } from '../helpers/caller';
import { createTestDb } from '../helpers/db';
import { makeProject, makeUser } from '../helpers/factories';
import { DAY_MS, NOW } from '../helpers/time';

// Issue 15 item 4: the office sets 久未推进 days per stage; the board, lanes, desk, project page and the
// review ask the same limits, and a closed week keeps the limits of its own end (decision 120).
const db = createTestDb();
const admin = makeUser(db, { role: 'admin' });
const officer = makeUser(db, { role: 'staff', displayName: '郑凯' });
const leader = makeUser(db, { role: 'leader', displayName: '陈立新' });
const adminApi = callerFor(db, admin);
const api = callerFor(db, officer);

// Idle 20 days at 开工 and 40 days at 洽谈: today (30 days each) only the 洽谈 one is stalled.
const started = makeProject(db, { by: officer, name: '开工项目', stage: 'started', at: NOW - 20 * DAY_MS });
const talks = makeProject(db, { by: officer, name: '洽谈项目', at: NOW - 40 * DAY_MS });
await adminApi.leaders.assign({
  projectId: started.id,
  leaderId: leader.id,
  role: 'primary',
  expectedPrimaryId: null,
});
await adminApi.leaders.assign({
  projectId: talks.id,
  leaderId: leader.id,
  role: 'primary',
  expectedPrimaryId: null,
});

const all = (names: string[]) => ({
  board: names,
  filter: names,
  lanes: names,
  desk: names,
  page: names,
  review: names,
  bell: names,
});

const OFFICE = { negotiating: 60, introduced: 45, landed: 20, started: 14 };

/** What every reader of the rule says is stalled now, by project name. */
async function stalledEverywhere(now = NOW) {
  const c = callerFor(db, officer, now);
  const board = await c.board.get({});
  const filtered = await c.board.get({ stalledOnly: true });
  const lanes = await c.leaders.lanes({});
  const desk = await callerFor(db, leader, now).leaders.desk({});
  const names = (cards: { name: string; stalled: boolean }[]) =>
    cards
      .filter((x) => x.stalled)
      .map((x) => x.name)
      .sort();
  return {
    board: names(board.columns.flatMap((col) => col.cards)),
    filter: filtered.columns.flatMap((col) => col.cards.map((x) => x.name)).sort(),
    lanes: names(lanes.flatMap((l) => l.cells.flatMap((cell) => cell.cards))),
    desk: names(desk.projects),
    page: names([await c.projects.get({ id: started.id }), await c.projects.get({ id: talks.id })]),
    review: (await c.review.week({ week: '2026-W48' })).lists.stalled.rows.map((r) => r.projectName).sort(),
    bell: (await c.notifications.list()).stalled.projects.map((p) => p.name).sort(),
  };
}

describe('settings.stallDays', () => {
  it('starts at 30 days for every stage (the upgrade backfill), readable by everyone', async () => {
    const viewer = makeUser(db, { role: 'viewer' });
    expect(await callerFor(db, viewer).settings.stallDays()).toEqual({
      negotiating: 30,
      introduced: 30,
      landed: 30,
      started: 30,
      version: 1,
    });
    expect(await stalledEverywhere()).toEqual(all(['洽谈项目']));
  });

  it.each([
    ['staff', officer],
    ['leader', leader],
  ] as const)('a %s may not change them', async (_role, user) => {
    const error = await trpcError(callerFor(db, user).settings.saveStallDays({ ...OFFICE, version: 1 }));
    expect(error.code).toBe('FORBIDDEN');
    expect((await api.settings.stallDays()).version).toBe(1);
  });

  it.each([
    ['zero days', { negotiating: 0 }, ['negotiating']],
    ['more than a year', { started: 366 }, ['started']],
    ['a fraction', { landed: 1.5 }, ['landed']],
    ['two bad fields', { introduced: -3, started: 400 }, ['introduced', 'started']],
    ['a missing field', { negotiating: undefined }, ['negotiating']],
  ])('refuses %s, naming the field', async (_case, bad, fields) => {
    const error = await trpcError(
      adminApi.settings.saveStallDays({ ...OFFICE, ...bad, version: 1 } as never),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(fieldNames(error)).toEqual(fields);
  });

  it('an admin saves new days: audited with before → after, and every reader of the rule follows', async () => {
    const saved = await adminApi.settings.saveStallDays({ ...OFFICE, version: 1 });
    expect(saved.version).toBeGreaterThan(1);
    expect(await api.settings.stallDays()).toEqual({ ...OFFICE, version: saved.version });
    const row = db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'settings.update'), eq(auditLog.entity, 'stall_settings')))
      .get();
    expect(row?.userId).toBe(admin.id);
    expect(JSON.parse(row!.changes!)).toMatchObject({
      negotiating: [30, 60],
      introduced: [30, 45],
      landed: [30, 20],
      started: [30, 14],
    });
    // Now 开工 stalls after 14 days and 洽谈 only after 60.
    expect(await stalledEverywhere()).toEqual(all(['开工项目']));
  });

  it('a stale version is a CONFLICT and changes nothing', async () => {
    const error = await trpcError(adminApi.settings.saveStallDays({ ...OFFICE, started: 3, version: 1 }));
    expect(error.code).toBe('CONFLICT');
    expect((await api.settings.stallDays()).started).toBe(14);
  });

  it('a closed week keeps the limits in effect at its end; the current week uses today’s', async () => {
    // Three weeks on (2026-W51), 2026-W48 is closed: it was judged with the limits saved on the 26th.
    const later = NOW + 21 * DAY_MS;
    const closedBefore = (await callerFor(db, officer, later).review.week({ week: '2026-W48' })).lists
      .stalled;
    const { version } = await api.settings.stallDays();
    await callerFor(db, admin, later).settings.saveStallDays({
      ...OFFICE,
      started: 60,
      negotiating: 1,
      version,
    });
    const closedAfter = (await callerFor(db, officer, later).review.week({ week: '2026-W48' })).lists.stalled;
    expect(closedAfter).toEqual(closedBefore);
    expect(closedAfter.rows.map((r) => r.projectName)).toEqual(['开工项目']);
    const current = (await callerFor(db, officer, later).review.week({ week: '2026-W51' })).lists.stalled;
    expect(current.rows.map((r) => r.projectName)).toEqual(['洽谈项目']);
  });
});
