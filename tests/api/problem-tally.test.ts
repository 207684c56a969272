import { describe, expect, it } from 'vitest';
import type { ProblemInput } from '../../shared/schemas/problems';
import { callerFor, fieldNames, trpcError } from '../helpers/caller';
import { createTestDb } from '../helpers/db';
import { makeProject, makeUnit, makeUser } from '../helpers/factories';
import { shanghai } from '../helpers/time';

/**
 * 问题办结统计 against a fixture counted by hand (NOW is 2026-11-26; the period October–November):
 *   #1 P1 商务局 raised 10-08 due 10-31, solved 10-18 (10 days), 销号 by the leader
 *   #2 P1 商务局 raised 10-20 due 11-20, still open → overdue
 *   #3 P2 科技局 raised 11-02 due 12-31, solved 11-06 (4 days)
 *   #4 P2 no unit raised 11-10, no due date, 办理中
 *   #5 P1 科技局 raised 09-15, solved: before the period
 *   #6 P2 商务局 raised 11-12, solved 11-14, reopened 11-16, solved again 11-20 (8 days: the last solution)
 * P1 (金融) is led by 陈立新; P2 (数字) has no leader.
 */
const db = createTestDb();
const admin = makeUser(db, { role: 'admin' });
const officer = makeUser(db, { role: 'staff', displayName: '王磊' });
const leader = makeUser(db, { role: 'leader', displayName: '陈立新' });
const viewer = makeUser(db, { role: 'viewer' });
const commerce = makeUnit(db, '商务局');
const science = makeUnit(db, '科技局');
const p1 = makeProject(db, {
  by: officer,
  stage: 'introduced',
  industry: 'finance',
  estimatedInvestment: 9000,
});
const p2 = makeProject(db, { by: officer, industry: 'digital' });
await callerFor(db, admin).leaders.assign({
  projectId: p1.id,
  leaderId: leader.id,
  role: 'primary',
  expectedPrimaryId: null,
});

const at = (month: number, day: number) => shanghai(2026, month, day, 10);
async function raise(input: Partial<ProblemInput> & { projectId: number; raisedDate: string }) {
  return (await callerFor(db, officer).problems.create({ title: '企业诉求', ...input })).id;
}
const moveAt = (when: number, who = officer) => callerFor(db, who, when).problems.move;

const n1 = await raise({
  projectId: p1.id,
  unitId: commerce.id,
  raisedDate: '2026-10-08',
  dueDate: '2026-10-31',
});
await moveAt(at(10, 18))({ id: n1, version: 1, to: 'resolved', resolution: '已协调' });
await moveAt(at(10, 25), leader)({ id: n1, version: 2, to: 'closed' });
await raise({ projectId: p1.id, unitId: commerce.id, raisedDate: '2026-10-20', dueDate: '2026-11-20' });
const n3 = await raise({
  projectId: p2.id,
  unitId: science.id,
  raisedDate: '2026-11-02',
  dueDate: '2026-12-31',
});
await moveAt(at(11, 6))({ id: n3, version: 1, to: 'resolved', resolution: '已答复' });
const n4 = await raise({ projectId: p2.id, raisedDate: '2026-11-10' });
await moveAt(at(11, 11))({ id: n4, version: 1, to: 'in_progress' });
const n5 = await raise({ projectId: p1.id, unitId: science.id, raisedDate: '2026-09-15' });
await moveAt(at(9, 20))({ id: n5, version: 1, to: 'resolved', resolution: '已办结' });
const n6 = await raise({ projectId: p2.id, unitId: commerce.id, raisedDate: '2026-11-12' });
await moveAt(at(11, 14))({ id: n6, version: 1, to: 'resolved', resolution: '第一次答复' });
await moveAt(at(11, 16))({ id: n6, version: 2, to: 'in_progress', reason: '企业不认可' });
await moveAt(at(11, 20))({ id: n6, version: 3, to: 'resolved', resolution: '第二次答复' });

const PERIOD = { from: '2026-10-01', to: '2026-11-30' };
type Line = { key: string; name: string | null; raised: number; solved: number; closed: number };
const figures = (l: Line & { overdue: number; rate: number | null; medianDays: number | null }) => [
  l.name ?? l.key,
  l.raised,
  l.solved,
  l.closed,
  l.overdue,
  l.rate,
  l.medianDays,
];

describe('problems.tally against the hand-counted fixture', () => {
  const tally = () => callerFor(db, viewer).problems.tally(PERIOD);

  it('totals: 5 raised, 3 solved (60 %), 1 closed, 1 overdue, median 8 days', async () => {
    expect((await tally()).total).toEqual({
      raised: 5,
      solved: 3,
      closed: 1,
      overdue: 1,
      rate: 60,
      medianDays: 8,
    });
  });

  it('by unit, leader, month and category', async () => {
    const t = await tally();
    expect(t.byUnit.map(figures)).toEqual([
      ['商务局', 3, 2, 1, 1, 66.7, 9],
      ['科技局', 1, 1, 0, 0, 100, 4],
      ['', 1, 0, 0, 0, 0, null],
    ]);
    expect(t.byLeader.map(figures)).toEqual([
      ['陈立新', 2, 1, 1, 1, 50, 10],
      ['', 3, 2, 0, 0, 66.7, 6],
    ]);
    expect(t.byMonth.map(figures)).toEqual([
      ['2026-10', 2, 1, 1, 1, 50, 10],
      ['2026-11', 3, 2, 0, 0, 66.7, 6],
    ]);
    expect(t.byCategory.map(figures)).toEqual([
      ['digital', 3, 2, 0, 0, 66.7, 6],
      ['finance', 2, 1, 1, 1, 50, 10],
    ]);
  });

  it('a period with no problem has zeros and no rate', async () => {
    const t = await callerFor(db, viewer).problems.tally({ from: '2025-01-01', to: '2025-03-31' });
    expect(t.total).toMatchObject({ raised: 0, rate: null, medianDays: null });
    expect(t.byMonth.map((l) => l.key)).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(t.byUnit).toEqual([]);
  });

  it('a period that ends before it starts is refused on the field', async () => {
    const error = await trpcError(
      callerFor(db, viewer).problems.tally({ from: '2026-11-01', to: '2026-10-01' }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(fieldNames(error)).toEqual(['to']);
  });
});
