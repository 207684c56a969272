import { describe, expect, it } from 'vitest';
import { projectContacts } from '../../db/schema';
import { projectColumns } from '../../server/services/project-select';
import { callerFor, trpcError } from '../helpers/caller';
import { createTestDb } from '../helpers/db';
import { makeProject, makeUnit, makeUser } from '../helpers/factories';
import { DAY_MS, NOW } from '../helpers/time';

const db = createTestDb();
const unit = makeUnit(db, '商务局');
const a = makeUser(db, { displayName: '陈静' });
const b = makeUser(db, { displayName: '周杰' });
const api = callerFor(db, a);

describe('projects.get', () => {
  it('returns the project with names and derived figures', async () => {
    const p = makeProject(db, {
      by: a,
      ownerBId: b.id,
      unitId: unit.id,
      stage: 'introduced',
      estimatedInvestment: 3000,
      agreedInvestment: 5000,
      at: NOW - 31 * DAY_MS,
    });
    expect(await api.projects.get({ id: p.id })).toMatchObject({
      id: p.id,
      stage: 'introduced',
      ownerAName: '陈静',
      ownerBName: '周杰',
      unitName: '商务局',
      totalInvestment: 5000,
      major: true,
      daysSinceActivity: 31,
      stalled: true,
    });
  });

  it('has null names where nobody is set, and a held project is not stalled', async () => {
    const p = makeProject(db, { by: a, status: 'on_hold', estimatedInvestment: 4999, at: NOW - 90 * DAY_MS });
    expect(await api.projects.get({ id: p.id })).toMatchObject({
      ownerBName: null,
      unitName: null,
      status: 'on_hold',
      holdReason: '企业暂缓投资计划',
      major: false,
      daysSinceActivity: 90,
      stalled: false,
    });
  });

  it('returns the explicit project columns plus names and derived figures, nothing else', async () => {
    const p = makeProject(db, { by: a });
    const extras = [
      'ownerAName',
      'ownerBName',
      'unitName',
      'totalInvestment',
      'major',
      'daysSinceActivity',
      'daysInStage',
      'stalled',
      'rel',
    ];
    expect(Object.keys(await api.projects.get({ id: p.id })).sort()).toEqual(
      [...Object.keys(projectColumns), ...extras].sort(),
    );
  });

  it('NOT_FOUND for an unknown id', async () => {
    const error = await trpcError(api.projects.get({ id: 999_999 }));
    expect([error.code, error.message]).toEqual(['NOT_FOUND', '项目不存在']);
  });

  it('BAD_REQUEST for an id that cannot exist', async () => {
    expect((await trpcError(api.projects.get({ id: 0 }))).code).toBe('BAD_REQUEST');
  });
});

describe('projects.history', () => {
  it('lists every stage event oldest first, with who and why', async () => {
    // b is the backup (B岗), so b may move it too.
    const p = makeProject(db, { by: a, ownerBId: b.id, stage: 'landed', at: NOW - 2 * DAY_MS });
    const later = callerFor(db, b, NOW - DAY_MS);
    const { version } = await later.projects.move({
      id: p.id,
      version: p.version,
      to: 'on_hold',
      note: '等待用地指标',
    });
    await callerFor(db, a).projects.move({ id: p.id, version, to: 'landed' });
    expect(
      (await api.projects.history({ id: p.id })).map(({ fromState, toState, at, note, byName }) => ({
        fromState,
        toState,
        at,
        note,
        byName,
      })),
    ).toEqual([
      { fromState: null, toState: 'negotiating', at: NOW - 2 * DAY_MS, note: '新建项目', byName: '陈静' },
      { fromState: 'negotiating', toState: 'landed', at: NOW - 2 * DAY_MS, note: null, byName: '陈静' },
      { fromState: 'landed', toState: 'on_hold', at: NOW - DAY_MS, note: '等待用地指标', byName: '周杰' },
      { fromState: 'on_hold', toState: 'landed', at: NOW, note: null, byName: '陈静' },
    ]);
  });

  it('NOT_FOUND for an unknown project', async () => {
    const error = await trpcError(api.projects.history({ id: 424242 }));
    expect([error.code, error.message]).toEqual(['NOT_FOUND', '项目不存在']);
  });
});

describe('projects.offFunnel', () => {
  const db2 = createTestDb();
  const user = makeUser(db2, { displayName: '孙丽' });
  const held = makeProject(db2, {
    by: user,
    stage: 'introduced',
    status: 'on_hold',
    name: '文旅综合体',
    estimatedInvestment: 2000,
    agreedInvestment: 2500,
    at: NOW - DAY_MS,
  });
  const dropped = makeProject(db2, {
    by: user,
    status: 'dropped',
    name: '数据中心',
    investor: '某云计算公司',
    estimatedInvestment: 9000,
  });
  makeProject(db2, { by: user, name: '文旅活跃项目' });
  db2
    .insert(projectContacts)
    .values({ projectId: dropped.id, name: '欧阳振华', createdBy: user.id, createdAt: NOW })
    .run();
  const off = callerFor(db2, user);

  it('lists 暂缓 projects with their reason and amount', async () => {
    expect(await off.projects.offFunnel({ status: 'on_hold' })).toEqual([
      expect.objectContaining({
        id: held.id,
        stage: 'introduced',
        status: 'on_hold',
        amount: 2500,
        holdReason: '企业暂缓投资计划',
        ownerName: '孙丽',
      }),
    ]);
  });

  it('lists 终止 projects with category and note', async () => {
    expect(await off.projects.offFunnel({ status: 'dropped' })).toEqual([
      expect.objectContaining({
        id: dropped.id,
        stage: 'negotiating',
        amount: 9000,
        dropCategory: 'competition',
        dropNote: '企业改投他地',
      }),
    ]);
  });

  it.each([
    ['文旅', 'on_hold', [held.id]],
    ['云计算', 'dropped', [dropped.id]],
    ['数据', 'on_hold', []],
    ['%', 'on_hold', []], // % and _ are literal, as on the board
    ['_', 'dropped', []],
    // The board's search, fields and index alike: contacts (and registered entities) too.
    ['欧阳振华', 'dropped', [dropped.id]],
    ['欧阳', 'dropped', [dropped.id]],
  ] as const)('q %s within %s', async (q, status, ids) => {
    expect((await off.projects.offFunnel({ status, q })).map((p) => p.id)).toEqual(ids);
  });

  it('refuses an active status', async () => {
    // @ts-expect-error only 暂缓 and 终止 are off the funnel
    await expect(off.projects.offFunnel({ status: 'active' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
