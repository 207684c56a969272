import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { problemEvents, problems } from '../../db/schema';
import type { ProblemInput } from '../../shared/schemas/problems';
import { callerFor, fieldNames, trpcError } from '../helpers/caller';
import { createTestDb, countAuditChanges } from '../helpers/db';
import { makeProject, makeUnit, makeUser } from '../helpers/factories';
import { DAY_MS, NOW } from '../helpers/time';

const db = createTestDb();
const admin = makeUser(db, { role: 'admin' });
const officer = makeUser(db, { role: 'staff', displayName: '王磊' });
const leader = makeUser(db, { role: 'leader', displayName: '陈立新' });
const otherLeader = makeUser(db, { role: 'leader', displayName: '孙晓梅' });
const viewer = makeUser(db, { role: 'viewer' });
const unit = makeUnit(db, '商务局');
const staff = callerFor(db, officer);
const rows = () => ({
  problems: db.select({ n: count() }).from(problems).get()!.n,
  events: db.select({ n: count() }).from(problemEvents).get()!.n,
  audit: countAuditChanges(db),
});

const project = makeProject(db, { by: officer, stage: 'introduced', estimatedInvestment: 9000 });
await callerFor(db, admin).leaders.assign({
  projectId: project.id,
  leaderId: leader.id,
  role: 'primary',
  expectedPrimaryId: null,
});

const problem = (changes: Partial<ProblemInput> = {}): ProblemInput => ({
  projectId: project.id,
  title: '项目用电增容审批慢',
  detail: '企业申请 2000kVA 增容，供电公司尚未答复',
  unitId: unit.id,
  ownerId: officer.id,
  raisedDate: '2026-11-10',
  dueDate: '2026-11-30',
  ...changes,
});

describe('problems: create, move with history, close by the leader', () => {
  it('walks 待办 → 办理中 → 已解决 → 已销号, each change kept with who and when', async () => {
    const { id } = await staff.problems.create(problem());
    let [p] = await staff.problems.list({ projectId: project.id });
    expect(p).toMatchObject({
      id,
      status: 'open',
      unitName: '商务局',
      ownerName: '王磊',
      leaderName: '陈立新',
      overdue: false,
      version: 1,
    });
    await staff.problems.move({ id, version: 1, to: 'in_progress' });
    await callerFor(db, officer, NOW + DAY_MS).problems.move({
      id,
      version: 2,
      to: 'resolved',
      resolution: '协调供电公司完成增容',
    });
    const forbidden = await trpcError(staff.problems.move({ id, version: 3, to: 'closed' }));
    expect(forbidden.code).toBe('FORBIDDEN');
    expect(forbidden.message).toContain('包保领导');
    await callerFor(db, leader, NOW + 2 * DAY_MS).problems.move({ id, version: 3, to: 'closed' });
    [p] = await staff.problems.list({ projectId: project.id });
    expect(p).toMatchObject({ status: 'closed', resolution: '协调供电公司完成增容', version: 4 });
    const history = await staff.problems.history({ id });
    expect(history.map((h) => [h.kind, h.fromStatus, h.toStatus, h.byName, h.at])).toEqual([
      ['created', null, 'open', '王磊', NOW],
      ['status', 'open', 'in_progress', '王磊', NOW],
      ['status', 'in_progress', 'resolved', '王磊', NOW + DAY_MS],
      ['status', 'resolved', 'closed', '陈立新', NOW + 2 * DAY_MS],
    ]);
  });

  it('reopening needs a reason (field message) and records it; a leader of another project cannot close', async () => {
    const { id } = await staff.problems.create(problem({ title: '规划许可办理' }));
    await staff.problems.move({ id, version: 1, to: 'resolved', resolution: '已取得规划许可' });
    const before = rows();
    expect(fieldNames(await trpcError(staff.problems.move({ id, version: 2, to: 'in_progress' })))).toEqual([
      'reason',
    ]);
    expect(
      (await trpcError(callerFor(db, otherLeader).problems.move({ id, version: 2, to: 'closed' }))).code,
    ).toBe('FORBIDDEN');
    expect(rows()).toEqual(before);
    await staff.problems.move({ id, version: 2, to: 'in_progress', reason: '许可证信息有误需重新办理' });
    expect((await staff.problems.history({ id })).at(-1)?.reason).toBe('许可证信息有误需重新办理');
  });

  it('a stale version is a CONFLICT; an invalid move is BAD_REQUEST; a viewer cannot move', async () => {
    const { id } = await staff.problems.create(problem({ title: '停车位配建' }));
    await staff.problems.move({ id, version: 1, to: 'in_progress' });
    expect(
      (await trpcError(staff.problems.move({ id, version: 1, to: 'resolved', resolution: 'x' }))).code,
    ).toBe('CONFLICT');
    expect((await trpcError(callerFor(db, admin).problems.move({ id, version: 2, to: 'closed' }))).code).toBe(
      'BAD_REQUEST',
    );
    expect(
      (
        await trpcError(
          callerFor(db, viewer).problems.move({ id, version: 2, to: 'resolved', resolution: 'x' }),
        )
      ).code,
    ).toBe('FORBIDDEN');
  });

  it.each<[string, Partial<ProblemInput>, string[]]>([
    ['an empty title', { title: '  ' }, ['title']],
    ['a raised date in the future', { raisedDate: '2026-11-27' }, ['raisedDate']],
    ['a due date before the raised date', { dueDate: '2026-11-01' }, ['dueDate']],
    ['an impossible date', { dueDate: '2026-02-30' }, ['dueDate']],
  ])('refuses %s and writes nothing', async (_case, changes, fields) => {
    const before = rows();
    const e = await trpcError(staff.problems.create(problem(changes)));
    expect(e.code).toBe('BAD_REQUEST');
    expect(fieldNames(e)).toEqual(fields);
    expect(rows()).toEqual(before);
  });

  it('refuses a deactivated unit and an unknown project', async () => {
    const old = makeUnit(db, '旧单位');
    await callerFor(db, admin).coordination.setUnitActive({ id: old.id, version: 1, active: false });
    expect(fieldNames(await trpcError(staff.problems.create(problem({ unitId: old.id }))))).toEqual([
      'unitId',
    ]);
    expect((await trpcError(staff.problems.create(problem({ projectId: 99999 })))).code).toBe('NOT_FOUND');
  });
});

describe('escalation and the list filters', () => {
  it('escalates to the primary leader, who is notified; not twice', async () => {
    const { id } = await staff.problems.create(problem({ title: '施工许可卡在消防审查' }));
    await staff.problems.escalate({ id, version: 1, note: '请领导协调住建局' });
    const bell = await callerFor(db, leader).notifications.list();
    expect(bell.items[0]).toMatchObject({ kind: 'problem_escalated', projectId: project.id, refId: id });
    expect(bell.items[0]?.text).toContain('施工许可卡在消防审查');
    expect((await staff.problems.history({ id })).at(-1)).toMatchObject({
      kind: 'escalated',
      reason: '请领导协调住建局',
    });
    expect((await trpcError(staff.problems.escalate({ id, version: 2 }))).message).toContain('已上报');
  });

  it('cannot escalate on a project without a primary leader', async () => {
    const lonely = makeProject(db, { by: officer });
    const { id } = await staff.problems.create(problem({ projectId: lonely.id }));
    const e = await trpcError(staff.problems.escalate({ id, version: 1 }));
    expect(e.code).toBe('BAD_REQUEST');
    expect(e.message).toContain('主包领导');
  });

  it('filters by unit, status, leader and overdue; overdue means open past its due date', async () => {
    const { id } = await staff.problems.create(
      problem({ title: '逾期问题', raisedDate: '2026-11-01', dueDate: '2026-11-20' }),
    );
    const overdue = await staff.problems.list({ overdue: true });
    expect(overdue.map((p) => p.id)).toEqual([id]);
    expect(overdue[0]?.overdue).toBe(true);
    expect(
      (await staff.problems.list({ leaderId: leader.id })).every((p) => p.projectId === project.id),
    ).toBe(true);
    expect(await staff.problems.list({ leaderId: otherLeader.id })).toEqual([]);
    expect((await staff.problems.list({ status: 'closed' })).map((p) => p.status)).toEqual(['closed']);
    expect((await staff.problems.list({ unitId: unit.id })).length).toBeGreaterThan(3);
    expect((await callerFor(db, viewer).problems.list({})).length).toBeGreaterThan(3);
    expect(fieldNames(await trpcError(staff.problems.list({ status: 'pending' as 'open' })))).toEqual([
      'status',
    ]);
  });
});
