import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { callerFor, fieldNames, trpcError } from '../helpers/caller';
import { createTestDb } from '../helpers/db';
import { makeProject, makeUser } from '../helpers/factories';
import { NOW, shanghai } from '../helpers/time';

// NOW is Thursday 2026-11-26 10:00 Shanghai, in 2026-W48.
const db = createTestDb();
const admin = makeUser(db, { role: 'admin' });
const officer = makeUser(db, { role: 'staff', displayName: '马丽' });
const viewer = makeUser(db, { role: 'viewer' });
const api = callerFor(db, officer);

const w46 = shanghai(2026, 11, 10, 10);
const w47 = shanghai(2026, 11, 18, 10);
const a = makeProject(db, { by: officer, at: w46, estimatedInvestment: 6000 });
const b = makeProject(db, {
  by: officer,
  at: w47,
  stage: 'introduced',
  estimatedInvestment: 2000,
  agreedInvestment: 2500,
});
makeProject(db, {
  by: officer,
  at: shanghai(2026, 11, 22, 23, 30),
  stage: 'landed',
  estimatedInvestment: 300,
}); // Sunday night of W47
makeProject(db, { by: officer, at: shanghai(2026, 11, 23, 0, 10), estimatedInvestment: 100 }); // Monday 00:10 of W48

const counts = (r: { funnel: { states: { count: number }[] } }) => r.funnel.states.map((s) => s.count);

describe('review.week', () => {
  it('rebuilds the funnel at the end of W47 from stage events, with the week edges in Shanghai', async () => {
    const r = await api.review.week({ week: '2026-W47' });
    expect(counts(r)).toEqual([1, 1, 1, 0, 0, 0, 0]);
    expect(r.funnel.activeAmount).toBe(6000 + 2500 + 300);
    expect([r.flow.newLeads, r.flow.forwardTotal]).toEqual([2, 2]);
    expect(r.week).toMatchObject({
      key: '2026-W47',
      number: 47,
      firstDay: '2026-11-16',
      lastDay: '2026-11-22',
      previous: '2026-W46',
      next: '2026-W48',
      current: false,
    });
  });

  it('a viewer can read it; the current week has no next week', async () => {
    const r = await callerFor(db, viewer).review.week({ week: '2026-W48' });
    expect(counts(r)).toEqual([2, 1, 1, 0, 0, 0, 0]);
    expect(r.week).toMatchObject({ next: null, current: true });
    expect((await callerFor(db, viewer).review.currentWeek()).week).toBe('2026-W48');
  });

  it('signed out → UNAUTHORIZED', async () => {
    expect((await trpcError(callerFor(db, null).review.week({ week: '2026-W47' }))).code).toBe(
      'UNAUTHORIZED',
    );
  });

  it.each(['2026-48', '2026-W00', '2026-W54', '2021-W53', 'W48', '', '2026-w48'])(
    'week key %j → BAD_REQUEST naming week',
    async (week) => {
      const e = await trpcError(api.review.week({ week }));
      expect([e.code, fieldNames(e)]).toEqual(['BAD_REQUEST', ['week']]);
    },
  );

  it('a week that has not begun → BAD_REQUEST naming week', async () => {
    const e = await trpcError(api.review.week({ week: '2026-W49' }));
    expect([e.code, fieldNames(e), e.message]).toEqual(['BAD_REQUEST', ['week'], '不能查看尚未开始的周']);
  });

  it('later moves and edits leave W47 identical; an edit of a W47 fact shows as a correction', async () => {
    const before = await api.review.week({ week: '2026-W47' });
    const later = callerFor(db, officer, NOW);
    const v = (
      await later.projects.move({
        id: a.id,
        version: a.version,
        to: 'introduced',
        gates: { signingDate: '2026-11-26', agreedInvestment: 7000, agreementType: 'investment' },
      })
    ).version;
    await later.projects.move({ id: a.id, version: v, to: 'on_hold', note: '企业调整计划' });
    // The signing date of b (2026-11-18, in W47) corrected to 11-17, and its amount to 2600.
    await later.projects.update({
      id: b.id,
      version: b.version,
      fields: {
        name: b.name,
        investor: b.investor,
        industry: b.industry,
        channel: b.channel,
        estimatedInvestment: b.estimatedInvestment,
        ownerAId: b.ownerAId,
        agreementType: b.agreementType,
        signingDate: '2026-11-17',
        agreedInvestment: 2600,
      },
    });
    const after = await api.review.week({ week: '2026-W47' });
    const { lists: l1, week: w1, corrected: c1, ...figures1 } = before;
    const { lists: l2, week: w2, corrected: c2, ...figures2 } = after;
    expect(figures2).toEqual(figures1);
    // With corrections listed, the same week as corrected now comes beside it.
    expect(c1).toBeNull();
    expect(c2?.funnel.activeCount).toBe(figures1.funnel.activeCount);
    expect(w2).toEqual(w1);
    expect(l2.moves).toEqual(l1.moves);
    expect(l2.corrections.map((c) => [c.projectId, c.field, c.before, c.after, c.byName])).toEqual([
      [b.id, 'signingDate', '2026-11-18', '2026-11-17', '马丽'],
      [b.id, 'agreedInvestment', 2500, 2600, '马丽'],
    ]);
    expect(l1.corrections).toEqual([]);
    // The current week does see the new amount and the hold.
    const now = await api.review.week({ week: '2026-W48' });
    expect(counts(now)).toEqual([1, 1, 1, 0, 0, 1, 0]);
    expect(now.funnel.states[1]!.amount).toBe(2600);
  });

  it('lists this week’s moves with who and why, linking by project id', async () => {
    const r = await api.review.week({ week: '2026-W48' });
    expect(r.lists.moves.rows.map((m) => [m.projectId, m.from, m.to, m.byName, m.note])).toEqual([
      [expect.any(Number), null, 'negotiating', '马丽', '新建项目'],
      [a.id, 'negotiating', 'introduced', '马丽', null],
      [a.id, 'introduced', 'on_hold', '马丽', '企业调整计划'],
    ]);
  });

  it('exportXlsx: a workbook whose funnel sheet has the page’s numbers', async () => {
    const r = await api.review.week({ week: '2026-W47' });
    const file = await api.review.exportXlsx({ week: '2026-W47' });
    expect(file.fileName).toBe('南关区招商引资项目周调度 第47周（2026-W47）.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('漏斗')!;
    const rows: unknown[][] = [];
    ws.eachRow((row, n) => n > 4 && rows.push((row.values as unknown[]).slice(1, 4)));
    expect(rows).toEqual(
      r.funnel.states.map((s, i) => [
        ['洽谈', '引进', '落地', '开工', '建成', '暂缓', '终止'][i],
        s.count,
        s.amount,
      ]),
    );
    expect(wb.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining([
        '概览',
        '本周流转',
        '累计与转化',
        '趋势',
        '目标进度',
        '按行业',
        '本周变动',
        '更正记录',
      ]),
    );
  });

  it('exportXlsx refuses a bad week like the page', async () => {
    const e = await trpcError(api.review.exportXlsx({ week: '2026-W99' }));
    expect([e.code, fieldNames(e)]).toEqual(['BAD_REQUEST', ['week']]);
  });
});

describe('targets', () => {
  const adminApi = callerFor(db, admin);
  const year = {
    metric: 'agreed_investment',
    value: 20000,
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
  } as const;

  it('admin creates one; the review shows its progress and pace', async () => {
    await adminApi.targets.create(year);
    const list = await callerFor(db, viewer).targets.list();
    expect(list.targets).toHaveLength(1);
    expect(list.campaign).toMatchObject({ campaignStart: '2023-07-01', campaignEnd: '2025-12-31' });
    const r = await api.review.week({ week: '2026-W48' });
    // Signed in 2026 by the end of W48: b 2600 (its amount now) + the landed one 300 + a 7000.
    expect(r.targets[0]).toMatchObject({ metric: 'agreed_investment', actual: 9900, status: 'behind' });
  });

  it.each([
    ['staff', officer],
    ['viewer', viewer],
  ])('%s cannot create, edit or deactivate → FORBIDDEN', async (_role, user) => {
    const t = (await adminApi.targets.list()).targets[0]!;
    const other = callerFor(db, user);
    expect((await trpcError(other.targets.create(year))).code).toBe('FORBIDDEN');
    expect((await trpcError(other.targets.update({ id: t.id, version: t.version, fields: year }))).code).toBe(
      'FORBIDDEN',
    );
    expect((await trpcError(other.targets.deactivate({ id: t.id, version: t.version }))).code).toBe(
      'FORBIDDEN',
    );
    expect(
      (
        await trpcError(
          other.targets.saveCampaign({ campaignStart: '2023-07-01', campaignEnd: '2025-12-31', version: 0 }),
        )
      ).code,
    ).toBe('FORBIDDEN');
  });

  it.each([
    ['end before start', { ...year, periodEnd: '2025-12-31' }, ['periodEnd']],
    ['value 0', { ...year, value: 0 }, ['value']],
    ['unknown metric', { ...year, metric: 'gdp' }, ['metric']],
    ['bad date', { ...year, periodStart: '2026-02-30' }, ['periodStart']],
  ])('%s → BAD_REQUEST naming the field, nothing written', async (_case, input: object, fields) => {
    const n = (await adminApi.targets.list()).targets.length;
    const e = await trpcError(adminApi.targets.create(input as typeof year));
    expect([e.code, fieldNames(e)]).toEqual(['BAD_REQUEST', fields]);
    expect((await adminApi.targets.list()).targets).toHaveLength(n);
  });

  it('update checks the version (stale → CONFLICT); deactivate hides it', async () => {
    const t = (await adminApi.targets.list()).targets[0]!;
    const { version } = await adminApi.targets.update({
      id: t.id,
      version: t.version,
      fields: { ...year, value: 30000, industry: 'finance' },
    });
    expect(
      (await trpcError(adminApi.targets.update({ id: t.id, version: t.version, fields: year }))).code,
    ).toBe('CONFLICT');
    expect((await adminApi.targets.list()).targets[0]).toMatchObject({
      value: 30000,
      industry: 'finance',
      version,
    });
    await adminApi.targets.deactivate({ id: t.id, version });
    expect((await adminApi.targets.list()).targets).toEqual([]);
    expect((await trpcError(adminApi.targets.deactivate({ id: t.id, version: version + 1 }))).code).toBe(
      'NOT_FOUND',
    );
  });

  it('saveCampaign moves the cumulative start, with a version check', async () => {
    await adminApi.targets.saveCampaign({
      campaignStart: '2026-11-01',
      campaignEnd: '2026-12-31',
      version: 0,
    });
    expect(
      (
        await trpcError(
          adminApi.targets.saveCampaign({
            campaignStart: '2026-11-01',
            campaignEnd: '2026-12-31',
            version: 0,
          }),
        )
      ).code,
    ).toBe('CONFLICT');
    const e = await trpcError(
      adminApi.targets.saveCampaign({ campaignStart: '2026-11-01', campaignEnd: '2026-10-31', version: 1 }),
    );
    expect(fieldNames(e)).toEqual(['campaignEnd']);
    const r = await api.review.week({ week: '2026-W48' });
    expect(r.campaign).toEqual({ start: '2026-11-01', end: '2026-12-31' });
  });
});
