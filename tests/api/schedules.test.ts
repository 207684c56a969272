import { count, eq, ne } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, chaseUpOrders, leaderAssignments, milestones, schedules } from '../../db/schema';
import { projectFields, type ProjectFields } from '../../shared/schemas/project';
import type { CreateScheduleInput, MilestoneInput } from '../../shared/schemas/schedules';
import { callerFor, fieldNames, trpcError } from '../helpers/caller';
import { createTestDb } from '../helpers/db';
import { makeProject, makeUser } from '../helpers/factories';
import { DAY_MS, NOW, TODAY } from '../helpers/time';

const db = createTestDb();
const admin = makeUser(db, { role: 'admin', displayName: '管理员' });
const officer = makeUser(db, { role: 'staff', displayName: '郑凯' });
const leader = makeUser(db, { role: 'leader', displayName: '王区长' });
const viewer = makeUser(db, { role: 'viewer' });
const api = callerFor(db, officer);
const adminApi = callerFor(db, admin);
const leaderApi = callerFor(db, leader);

const rows = () => ({
  schedules: db.select({ n: count() }).from(schedules).get()?.n,
  milestones: db.select({ n: count() }).from(milestones).get()?.n,
  audit: db.select({ n: count() }).from(auditLog).where(ne(auditLog.action, 'access.denied')).get()?.n, // refusals are logged (issue 6)
  orders: db.select({ n: count() }).from(chaseUpOrders).get()?.n,
});

const CONSTRUCTION = 1;
const BUILDING = 2;

/** A major building project (8,000 万元) signed and landed on `at`, with the building template's plan. */
function majorProject(overrides: Parameters<typeof makeProject>[1] = {}) {
  return makeProject(db, {
    by: officer,
    estimatedInvestment: 8000,
    stage: 'landed',
    at: NOW - 60 * DAY_MS,
    ...overrides,
  });
}

const plan = (
  projectId: number,
  ms: MilestoneInput[],
  extra: Partial<CreateScheduleInput> = {},
): CreateScheduleInput => ({
  projectId,
  templateId: BUILDING,
  targetDate: '2027-06-30',
  milestones: ms,
  ...extra,
});
const m = (
  name: string,
  plannedDate: string,
  linkedStage: MilestoneInput['linkedStage'] = null,
  actualDate: string | null = null,
): MilestoneInput => ({
  name,
  plannedDate,
  linkedStage,
  actualDate,
});

describe('templates and thresholds', () => {
  it('lists the two templates of domain.md with their steps and stage links', async () => {
    const list = await api.schedules.templates.list();
    expect(list.map((t) => [t.id, t.name, t.kind, t.version, t.active])).toEqual([
      [CONSTRUCTION, '建设类项目', 'construction', 1, true],
      [BUILDING, '楼宇入驻类项目', 'building', 1, true],
    ]);
    expect(list[0]?.steps.map((s) => s.name)).toEqual([
      '签订投资协议',
      '注册公司',
      '立项备案',
      '取得用地',
      '规划许可',
      '施工许可',
      '开工',
      '主体完工',
      '竣工验收',
      '投产运营',
    ]);
    expect(list[0]?.steps.filter((s) => s.linkedStage).map((s) => [s.name, s.linkedStage])).toEqual([
      ['签订投资协议', 'introduced'],
      ['注册公司', 'landed'],
      ['开工', 'started'],
      ['投产运营', 'completed'],
    ]);
    expect(list[1]?.steps.map((s) => s.name)).toEqual([
      '签订协议',
      '注册公司',
      '装修设计',
      '装修开工',
      '入驻开业',
    ]);
  });

  it('an edit of a template in use writes a new version; the schedule keeps the version it was made from', async () => {
    const created = await adminApi.schedules.templates.save({
      name: '测试模板',
      kind: 'building',
      steps: [{ name: '甲', durationDays: 10, linkedStage: null }],
    });
    const p = majorProject();
    const proposal = await api.schedules.propose({
      projectId: p.id,
      templateId: created.id,
      targetDate: '2027-01-31',
    });
    await api.schedules.create(
      plan(p.id, proposal.milestones, { templateId: created.id, targetDate: '2027-01-31' }),
    );
    const saved = await adminApi.schedules.templates.save({
      id: created.id,
      version: 1,
      name: '测试模板',
      kind: 'building',
      steps: [
        { name: '甲', durationDays: 10, linkedStage: null },
        { name: '乙', durationDays: 5, linkedStage: null },
      ],
    });
    expect(saved).toEqual({ id: created.id, version: 2 });
    const t = (await api.schedules.templates.list()).find((x) => x.id === created.id);
    expect([t?.version, t?.inUse, t?.steps.length]).toEqual([2, 1, 2]);
    const s = await api.schedules.get({ projectId: p.id });
    expect([s.schedule?.templateVersion, s.schedule?.milestones.map((x) => x.name)]).toEqual([1, ['甲']]);
    const stale = await trpcError(
      adminApi.schedules.templates.save({
        id: created.id,
        version: 1,
        name: '测试模板',
        kind: 'building',
        steps: [{ name: '甲', durationDays: 1, linkedStage: null }],
      }),
    );
    expect(stale.code).toBe('CONFLICT');
  });

  it('refuses bad templates, and only the admin edits them', async () => {
    const dup = await trpcError(
      adminApi.schedules.templates.save({
        name: '建设类项目',
        kind: 'construction',
        steps: [{ name: '甲', durationDays: 1, linkedStage: null }],
      }),
    );
    expect(fieldNames(dup)).toEqual(['name']);
    const twice = await trpcError(
      adminApi.schedules.templates.save({
        name: '双开工',
        kind: 'construction',
        steps: [
          { name: '甲', durationDays: 1, linkedStage: 'started' },
          { name: '乙', durationDays: 1, linkedStage: 'started' },
        ],
      }),
    );
    expect(fieldNames(twice)).toEqual(['steps.1.linkedStage']);
    const negative = await trpcError(
      adminApi.schedules.templates.save({
        name: '负数',
        kind: 'construction',
        steps: [{ name: '甲', durationDays: -1, linkedStage: null }],
      }),
    );
    expect(fieldNames(negative)).toEqual(['durationDays']);
    expect(
      (
        await trpcError(
          api.schedules.templates.save({
            name: 'x',
            kind: 'building',
            steps: [{ name: '甲', durationDays: 1, linkedStage: null }],
          }),
        )
      ).code,
    ).toBe('FORBIDDEN');
  });

  it('a deactivated template offers no new schedules', async () => {
    const t = await adminApi.schedules.templates.save({
      name: '停用模板',
      kind: 'building',
      steps: [{ name: '甲', durationDays: 1, linkedStage: null }],
    });
    await adminApi.schedules.templates.setActive({ id: t.id, version: 1, active: false });
    const p = majorProject();
    const error = await trpcError(
      api.schedules.propose({ projectId: p.id, templateId: t.id, targetDate: '2027-01-31' }),
    );
    expect(fieldNames(error)).toEqual(['templateId']);
  });

  it('thresholds default to 10 / 30, the admin changes them, checked and versioned', async () => {
    expect(await api.schedules.templates.thresholds()).toEqual({ yellowFrom: 10, redAbove: 30, version: 0 });
    const bad = await trpcError(
      adminApi.schedules.templates.saveThresholds({ yellowFrom: 40, redAbove: 30, version: 0 }),
    );
    expect(fieldNames(bad)).toEqual(['redAbove']);
    expect(
      (await trpcError(api.schedules.templates.saveThresholds({ yellowFrom: 5, redAbove: 20, version: 0 })))
        .code,
    ).toBe('FORBIDDEN');
    expect(
      await adminApi.schedules.templates.saveThresholds({ yellowFrom: 10, redAbove: 30, version: 0 }),
    ).toEqual({ version: 1 });
    expect(
      (
        await trpcError(
          adminApi.schedules.templates.saveThresholds({ yellowFrom: 5, redAbove: 20, version: 0 }),
        )
      ).code,
    ).toBe('CONFLICT');
    expect(await api.schedules.templates.thresholds()).toEqual({ yellowFrom: 10, redAbove: 30, version: 1 });
  });
});

describe('propose, create, get', () => {
  it('proposes dates backward from the target; milestones of stages already reached carry the project’s dates', async () => {
    const p = majorProject();
    const gateDay = p.signingDate; // 60 days before NOW: 2026-09-27
    expect(gateDay).toBe('2026-09-27');
    const proposal = await api.schedules.propose({
      projectId: p.id,
      templateId: BUILDING,
      targetDate: '2027-06-30',
    });
    expect(proposal.milestones.map((x) => [x.name, x.plannedDate, x.actualDate])).toEqual([
      ['签订协议', '2027-01-11', gateDay],
      ['注册公司', '2027-02-10', gateDay],
      ['装修设计', '2027-03-12', null],
      ['装修开工', '2027-04-01', null],
      ['入驻开业', '2027-06-30', null],
    ]);
    expect([proposal.targetInPast, proposal.shortByDays, proposal.major]).toEqual([false, 0, true]);
    const late = await api.schedules.propose({
      projectId: p.id,
      templateId: CONSTRUCTION,
      targetDate: '2027-03-31',
    });
    expect(late.shortByDays).toBeGreaterThan(0);
    expect(late.milestones.filter((x) => x.tooLate).length).toBeGreaterThan(0);
  });

  it('creates the schedule the person adjusted, with statuses, light and pro-rata progress', async () => {
    const p = majorProject();
    const { id } = await api.schedules.create(
      plan(p.id, [
        m('签订协议', '2026-09-30', 'introduced'),
        m('注册公司', '2026-10-01', 'landed'),
        m('装修设计', '2026-12-01', null),
        m('自定义：消防验收', '2027-03-01'),
        m('入驻开业', '2027-06-30', 'completed'),
      ]),
    );
    const s = await api.schedules.get({ projectId: p.id });
    expect(s.schedule?.id).toBe(id);
    expect(s.schedule?.milestones.map((x) => [x.name, x.status])).toEqual([
      ['签订协议', 'done_on_time'],
      ['注册公司', 'done_on_time'],
      ['装修设计', 'due_soon'],
      ['自定义：消防验收', 'upcoming'],
      ['入驻开业', 'upcoming'],
    ]);
    expect(s.schedule?.light).toBe('yellow');
    expect(s.schedule?.proRata).toMatchObject({ due: 2, done: 2, percent: 100, light: 'green' });
    expect(s.project).toMatchObject({ id: p.id, major: true, stage: 'landed' });
    expect((await trpcError(api.schedules.create(plan(p.id, [m('甲', '2027-01-01')])))).code).toBe(
      'CONFLICT',
    );
  });

  it('a project without a schedule reads as none', async () => {
    const p = majorProject();
    expect((await api.schedules.get({ projectId: p.id })).schedule).toBeNull();
    expect((await trpcError(api.schedules.get({ projectId: 999_999 }))).code).toBe('NOT_FOUND');
  });

  it.each<[string, (pid: number) => CreateScheduleInput, string[]]>([
    [
      'planned dates out of order',
      (pid) => plan(pid, [m('甲', '2027-02-01'), m('乙', '2027-01-01')]),
      ['milestones.1.plannedDate'],
    ],
    [
      'a planned date after the target',
      (pid) => plan(pid, [m('甲', '2027-07-01')]),
      ['milestones.0.plannedDate'],
    ],
    [
      'an actual date in the future',
      (pid) => plan(pid, [m('甲', '2026-11-01', null, '2026-11-27'), m('乙', '2027-01-01')]),
      ['milestones.0.actualDate'],
    ],
    [
      'a target in the past',
      (pid) => plan(pid, [m('甲', '2026-10-01')], { targetDate: '2026-11-25' }),
      ['targetDate'],
    ],
    [
      'two milestones linked to one stage',
      (pid) => plan(pid, [m('甲', '2027-01-01', 'started'), m('乙', '2027-02-01', 'started')]),
      ['milestones.1.linkedStage'],
    ],
    ['an impossible date', (pid) => plan(pid, [m('甲', '2027-02-30')]), ['plannedDate']],
    ['an empty name', (pid) => plan(pid, [m(' ', '2027-02-01')]), ['name']],
  ])('refuses %s and writes nothing', async (_case, input, fields) => {
    const p = majorProject();
    const before = rows();
    const error = await trpcError(api.schedules.create(input(p.id)));
    expect(error.code).toBe('BAD_REQUEST');
    expect(fieldNames(error)).toEqual(fields);
    expect(rows()).toEqual(before);
  });

  it('a project below 5,000 万元 needs a stated reason', async () => {
    const small = makeProject(db, { by: officer, estimatedInvestment: 3000, stage: 'introduced' });
    const before = rows();
    const error = await trpcError(api.schedules.create(plan(small.id, [m('甲', '2027-01-01')])));
    expect(fieldNames(error)).toEqual(['reason']);
    expect(rows()).toEqual(before);
    await api.schedules.create(
      plan(small.id, [m('甲', '2027-01-01')], { reason: '区重点首店项目，领导要求挂图' }),
    );
    expect((await api.schedules.get({ projectId: small.id })).schedule?.reason).toBe(
      '区重点首店项目，领导要求挂图',
    );
  });

  it('a viewer reads but cannot plan', async () => {
    const p = majorProject();
    expect(
      (await trpcError(callerFor(db, viewer).schedules.create(plan(p.id, [m('甲', '2027-01-01')])))).code,
    ).toBe('FORBIDDEN');
    expect((await callerFor(db, viewer).schedules.get({ projectId: p.id })).schedule).toBeNull();
  });
});

describe('update: change dates, add, remove, reorder', () => {
  it('saves the edited plan; removed milestones are deactivated, kept ones keep their actual dates', async () => {
    const p = majorProject();
    await api.schedules.create(
      plan(p.id, [m('甲', '2026-10-01', null, '2026-10-05'), m('乙', '2027-01-01'), m('丙', '2027-02-01')]),
    );
    const s = (await api.schedules.get({ projectId: p.id })).schedule!;
    const [a, b, c] = s.milestones;
    const { version } = await api.schedules.update({
      id: s.id,
      version: s.version,
      targetDate: '2027-08-31',
      milestones: [
        { id: a!.id, name: '甲', plannedDate: '2026-10-01', linkedStage: null },
        { id: c!.id, name: '丙（提前）', plannedDate: '2026-12-20', linkedStage: null },
        { name: '新增：丁', plannedDate: '2027-08-31', linkedStage: 'completed' },
      ],
    });
    expect(version).toBe(s.version + 1);
    const after = (await api.schedules.get({ projectId: p.id })).schedule!;
    expect(after.targetDate).toBe('2027-08-31');
    expect(after.milestones.map((x) => [x.name, x.plannedDate, x.actualDate])).toEqual([
      ['甲', '2026-10-01', '2026-10-05'],
      ['丙（提前）', '2026-12-20', null],
      ['新增：丁', '2027-08-31', null],
    ]);
    expect(
      db.select({ active: milestones.active }).from(milestones).where(eq(milestones.id, b!.id)).get()?.active,
    ).toBe(false);
    expect(
      (
        await trpcError(
          api.schedules.update({
            id: s.id,
            version: s.version,
            targetDate: '2027-08-31',
            milestones: [{ name: 'x', plannedDate: '2027-01-01', linkedStage: null }],
          }),
        )
      ).code,
    ).toBe('CONFLICT');
    const before = rows();
    const bad = await trpcError(
      api.schedules.update({
        id: s.id,
        version,
        targetDate: '2027-08-31',
        milestones: [
          { id: a!.id, name: '甲', plannedDate: '2027-03-01', linkedStage: null },
          { id: c!.id, name: '丙', plannedDate: '2027-01-01', linkedStage: null },
        ],
      }),
    );
    expect(fieldNames(bad)).toEqual(['milestones.1.plannedDate']);
    expect(rows()).toEqual(before);
  });
});

describe('tracking: actual dates, statuses and the light', () => {
  it('recording a late actual date on an overdue milestone turns the light from red to yellow', async () => {
    const p = majorProject();
    await api.schedules.create(
      plan(p.id, [m('装修设计', '2026-11-10'), m('入驻开业', '2027-06-30', 'completed')]),
    );
    const s = (await api.schedules.get({ projectId: p.id })).schedule!;
    expect([s.light, s.milestones[0]?.status]).toEqual(['red', 'overdue']);
    const first = s.milestones[0]!;
    const future = await trpcError(
      api.schedules.recordActual({ milestoneId: first.id, version: first.version, actualDate: '2026-11-27' }),
    );
    expect(fieldNames(future)).toEqual(['actualDate']);
    await api.schedules.recordActual({
      milestoneId: first.id,
      version: first.version,
      actualDate: '2026-11-20',
      note: '设计单位更换，延期10天',
    });
    const after = (await api.schedules.get({ projectId: p.id })).schedule!;
    expect([after.light, after.milestones[0]?.status, after.milestones[0]?.note]).toEqual([
      'yellow',
      'done_late',
      '设计单位更换，延期10天',
    ]);
    expect(
      (
        await trpcError(
          api.schedules.recordActual({
            milestoneId: first.id,
            version: first.version,
            actualDate: '2026-11-21',
          }),
        )
      ).code,
    ).toBe('CONFLICT');
  });

  it('pro-rata progress uses the admin’s thresholds', async () => {
    const p = majorProject();
    const ms = Array.from({ length: 4 }, (_, i) =>
      m(`节点${i + 1}`, `2026-0${i + 5}-01`, null, i < 3 ? `2026-0${i + 5}-01` : null),
    );
    await api.schedules.create(plan(p.id, [...ms, m('入驻开业', '2027-06-30')]));
    const s = (await api.schedules.get({ projectId: p.id })).schedule!;
    expect(s.proRata).toMatchObject({ due: 4, done: 3, percent: 75, pointsBehind: 25, light: 'yellow' });
  });
});

describe('agreement with the funnel, both ways', () => {
  async function scheduled() {
    const p = majorProject();
    await api.schedules.create(
      plan(p.id, [
        m('签订协议', '2026-09-30', 'introduced'),
        m('注册公司', '2026-10-01', 'landed'),
        m('装修开工', '2026-11-20', 'started'),
        m('入驻开业', '2027-06-30', 'completed'),
      ]),
    );
    const s = (await api.schedules.get({ projectId: p.id })).schedule!;
    return { p, s, start: s.milestones[2]! };
  }

  it('an actual date on a stage-linked milestone ahead of the project is refused with the way to the stage move', async () => {
    const { start } = await scheduled();
    const before = rows();
    const error = await trpcError(
      api.schedules.recordActual({ milestoneId: start.id, version: start.version, actualDate: '2026-11-24' }),
    );
    expect(error.message).toBe('「装修开工」对应「开工」阶段：请将项目推进到开工，实际日期随之记录');
    expect(rows()).toEqual(before);
  });

  it('a stage move fills the linked milestone’s actual date in the same transaction; moving back clears it', async () => {
    const { p, s } = await scheduled();
    const { version } = await api.projects.move({
      id: p.id,
      version: p.version,
      to: 'started',
      gates: { startDate: '2026-11-24' },
    });
    let now = (await api.schedules.get({ projectId: p.id })).schedule!;
    expect(now.milestones[2]).toMatchObject({ actualDate: '2026-11-24', status: 'done_late' });
    expect(now.light).toBe('yellow');
    // The milestone's date is the project's: a different date is refused.
    const m2 = now.milestones[2]!;
    const mismatch = await trpcError(
      api.schedules.recordActual({ milestoneId: m2.id, version: m2.version, actualDate: '2026-11-23' }),
    );
    expect(mismatch.message).toContain('取自项目的开工日期（2026-11-24）');
    // Editing the project's start date moves the milestone with it.
    const loaded = await api.projects.get({ id: p.id });
    const fields = Object.fromEntries(
      Object.keys(projectFields.shape).map((k) => [k, loaded[k as keyof typeof loaded]]),
    ) as ProjectFields;
    const edited = await api.projects.update({
      id: p.id,
      version,
      fields: { ...fields, startDate: '2026-11-18' },
    });
    now = (await api.schedules.get({ projectId: p.id })).schedule!;
    expect(now.milestones[2]).toMatchObject({ actualDate: '2026-11-18', status: 'done_on_time' });
    // Back to 落地: the milestone is no longer reached.
    await api.projects.move({ id: p.id, version: edited.version, to: 'landed', note: '施工许可被撤回' });
    now = (await api.schedules.get({ projectId: p.id })).schedule!;
    expect(now.milestones[2]).toMatchObject({ actualDate: null, status: 'overdue' });
    expect(now.light).toBe('red');
    expect(s.id).toBe(now.id);
  });

  it('a schedule made for a project already started carries its dates from the start', async () => {
    const p = majorProject({ stage: 'started' });
    await api.schedules.create(
      plan(p.id, [
        m('装修开工', '2026-10-01', 'started', '2020-01-01'),
        m('入驻开业', '2027-06-30', 'completed'),
      ]),
    );
    const s = (await api.schedules.get({ projectId: p.id })).schedule!;
    expect(s.milestones[0]?.actualDate).toBe(p.startDate);
  });
});

describe('overview (挂图作战) and xlsx', () => {
  it('lists major projects red first, filters, and exports', async () => {
    const red = majorProject({ name: '总览红灯项目', industry: 'finance' });
    await api.schedules.create(plan(red.id, [m('甲', '2026-11-01'), m('乙', '2027-06-30')]));
    const green = majorProject({ name: '总览绿灯项目', industry: 'finance' });
    await api.schedules.create(plan(green.id, [m('甲', '2027-01-01'), m('乙', '2027-06-30')]));
    const none = majorProject({ name: '总览未编排项目', industry: 'finance' });
    db.insert(leaderAssignments)
      .values({
        projectId: green.id,
        leaderId: leader.id,
        role: 'primary',
        assignedAt: TODAY,
        assignedBy: admin.id,
        createdAt: NOW,
      })
      .run();

    const all = await api.schedules.overview({ industry: 'finance' });
    const names = all.rows.map((r) => r.name);
    expect(names.indexOf('总览红灯项目')).toBeLessThan(names.indexOf('总览绿灯项目'));
    expect(names.indexOf('总览绿灯项目')).toBeLessThan(names.indexOf('总览未编排项目'));
    expect(all.rows.find((r) => r.id === none.id)).toMatchObject({ light: null, milestones: [] });
    expect(all.rows.find((r) => r.id === red.id)).toMatchObject({
      light: 'red',
      overdue: 1,
      next: { name: '甲', plannedDate: '2026-11-01' },
    });
    expect(
      (await api.schedules.overview({ light: 'red', industry: 'finance' })).rows.map((r) => r.id),
    ).toEqual([red.id]);
    expect(
      (await api.schedules.overview({ leaderId: leader.id })).rows.map((r) => [r.id, r.leaders]),
    ).toEqual([[green.id, ['王区长']]]);
    expect((await api.schedules.overview({ stage: 'negotiating', industry: 'finance' })).rows).toEqual([]);
    const small = makeProject(db, { by: officer, estimatedInvestment: 100 });
    expect((await api.schedules.overview({})).rows.map((r) => r.id)).not.toContain(small.id);

    const file = await api.schedules.exportOverview({ industry: 'finance' });
    expect(file.filename).toBe(`挂图作战-${TODAY}.xlsx`);
    expect(Buffer.from(file.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });

  it('held (暂缓) and dropped (终止) projects leave the chart for the held list, with their reason', async () => {
    const held = majorProject({ name: '暂缓的重大项目', industry: 'commerce' });
    await api.schedules.create(plan(held.id, [m('甲', '2026-11-01'), m('乙', '2027-06-30')]));
    expect((await api.schedules.overview({ industry: 'commerce' })).rows.map((r) => [r.id, r.light])).toEqual(
      [[held.id, 'red']],
    );
    const moved = await api.projects.move({
      id: held.id,
      version: held.version,
      to: 'on_hold',
      note: '企业资金链调整，暂缓装修',
    });
    const dropped = majorProject({ name: '终止的重大项目', industry: 'commerce', status: 'dropped' });
    const active = majorProject({ name: '在推进的重大项目', industry: 'commerce' });

    const overview = await api.schedules.overview({ industry: 'commerce' });
    expect(overview.rows.map((r) => r.id)).toEqual([active.id]);
    expect(overview.held).toEqual([
      expect.objectContaining({
        id: held.id,
        status: 'on_hold',
        stage: 'landed',
        holdReason: '企业资金链调整，暂缓装修',
        since: TODAY,
      }),
      expect.objectContaining({
        id: dropped.id,
        status: 'dropped',
        dropCategory: 'competition',
        dropNote: '企业改投他地',
      }),
    ]);
    // The light filter picks among the active ones; held ones stay listed apart whatever the light.
    const red = await api.schedules.overview({ industry: 'commerce', light: 'red' });
    expect(red.rows).toEqual([]);
    expect(red.held.map((h) => h.id)).toEqual([held.id, dropped.id]);
    // Back in the funnel, it returns to the chart with its light.
    await api.projects.move({ id: held.id, version: moved.version, to: 'landed', note: '恢复推进' });
    const back = await api.schedules.overview({ industry: 'commerce' });
    expect(back.rows.map((r) => [r.id, r.light])).toEqual([
      [held.id, 'red'],
      [active.id, null],
    ]);
    expect(back.held.map((h) => h.id)).toEqual([dropped.id]);
  });

  it('the board card carries the light', async () => {
    const p = majorProject({ name: '看板灯项目' });
    await api.schedules.create(plan(p.id, [m('装修设计', '2026-11-16'), m('入驻开业', '2027-06-30')]));
    const board = await api.board.get({ q: '看板灯项目' });
    const card = board.columns.flatMap((c) => c.cards).find((c) => c.id === p.id);
    expect(card?.scheduleLight).toBe('red');
    const unscheduled = majorProject({ name: '看板未编排项目' });
    const board2 = await api.board.get({ q: '看板未编排项目' });
    expect(
      board2.columns.flatMap((c) => c.cards).find((c) => c.id === unscheduled.id)?.scheduleLight,
    ).toBeNull();
  });
});

describe('chase-up orders (督办单)', () => {
  async function redProject() {
    const p = majorProject();
    await api.schedules.create(plan(p.id, [m('装修设计', '2026-11-10'), m('入驻开业', '2027-06-30')]));
    db.insert(leaderAssignments)
      .values({
        projectId: p.id,
        leaderId: leader.id,
        role: 'primary',
        assignedAt: TODAY,
        assignedBy: admin.id,
        createdAt: NOW,
      })
      .run();
    const s = (await api.schedules.get({ projectId: p.id })).schedule!;
    return { p, milestone: s.milestones[0]! };
  }
  const order = (projectId: number, extra = {}) => ({
    projectId,
    subject: '协调装修设计单位，本周内提交施工图',
    assigneeId: officer.id,
    dueDate: '2026-12-03',
    yellowDate: '2026-12-04',
    redDate: '2026-12-11',
    ...extra,
  });

  it('a leader issues one on a red milestone; it escalates 蓝 → 黄 → 红 and shows on both desks', async () => {
    const { p, milestone } = await redProject();
    const { id } = await leaderApi.schedules.chaseUps.issue(order(p.id, { milestoneId: milestone.id }));
    const [o] = await api.schedules.chaseUps.forProject({ projectId: p.id });
    expect(o).toMatchObject({
      id,
      status: 'open',
      level: 'blue',
      assigneeName: '郑凯',
      issuedByName: '王区长',
      milestoneName: '装修设计',
    });
    expect((await api.schedules.chaseUps.mine()).map((x) => x.id)).toContain(id);
    expect((await leaderApi.schedules.chaseUps.mine()).map((x) => x.id)).toContain(id);
    expect((await callerFor(db, admin).schedules.chaseUps.mine()).map((x) => x.id)).not.toContain(id);
    const later = (days: number) =>
      callerFor(db, officer, NOW + days * DAY_MS).schedules.chaseUps.forProject({ projectId: p.id });
    expect((await later(8))[0]?.level).toBe('yellow');
    expect((await later(15))[0]?.level).toBe('red');
  });

  it('closes with a resolution; staff other than the person named cannot; stale versions conflict', async () => {
    const { p } = await redProject();
    const { id } = await adminApi.schedules.chaseUps.issue(order(p.id));
    const other = makeUser(db, { role: 'staff' });
    const refused = await trpcError(
      callerFor(db, other).schedules.chaseUps.close({ id, version: 1, resolution: '已办' }),
    );
    expect([refused.code, refused.message]).toEqual([
      'FORBIDDEN',
      '只有督办责任人、该项目的包保领导或管理员可以办结督办单',
    ]);
    expect(
      fieldNames(await trpcError(api.schedules.chaseUps.close({ id, version: 1, resolution: ' ' }))),
    ).toEqual(['resolution']);
    await api.schedules.chaseUps.close({ id, version: 1, resolution: '施工图已提交审查' });
    expect((await trpcError(api.schedules.chaseUps.close({ id, version: 1, resolution: '再次' }))).code).toBe(
      'CONFLICT',
    );
    const [o] = await api.schedules.chaseUps.forProject({ projectId: p.id });
    expect(o).toMatchObject({ status: 'closed', resolution: '施工图已提交审查', closedByName: '郑凯' });
    expect((await api.schedules.chaseUps.mine()).map((x) => x.id)).not.toContain(id);
  });

  it('refuses staff issuers, green projects, bad dates and unknown people, writing nothing', async () => {
    const { p } = await redProject();
    const green = majorProject();
    await api.schedules.create(plan(green.id, [m('甲', '2027-01-01')]));
    const before = rows();
    expect((await trpcError(api.schedules.chaseUps.issue(order(p.id)))).code).toBe('FORBIDDEN');
    // A leader who does not lead the green project may not issue there at all (issue 12); an admin may.
    expect((await trpcError(leaderApi.schedules.chaseUps.issue(order(green.id)))).code).toBe('FORBIDDEN');
    expect(fieldNames(await trpcError(adminApi.schedules.chaseUps.issue(order(green.id))))).toEqual([
      'projectId',
    ]);
    expect(
      fieldNames(await trpcError(leaderApi.schedules.chaseUps.issue(order(p.id, { dueDate: '2026-11-20' })))),
    ).toEqual(['dueDate']);
    expect(
      fieldNames(await trpcError(leaderApi.schedules.chaseUps.issue(order(p.id, { redDate: '2026-12-04' })))),
    ).toEqual(['redDate']);
    expect(
      fieldNames(await trpcError(leaderApi.schedules.chaseUps.issue(order(p.id, { assigneeId: 999_999 })))),
    ).toEqual(['assigneeId']);
    expect(rows()).toEqual(before);
  });
});
