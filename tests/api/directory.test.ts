import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { units } from '../../db/schema';
import { callerFor } from '../helpers/caller';
import { createTestDb } from '../helpers/db';
import { makeUnit, makeUser } from '../helpers/factories';

const db = createTestDb();
const investment = makeUnit(db, '投资促进局');
const closed = makeUnit(db, '已撤销办事处');
db.update(units).set({ active: false }).where(eq(units.id, closed.id)).run();
const commerce = makeUnit(db, '商务局');
const viewer = makeUser(db, { role: 'viewer', displayName: '统计员' });
const staff = makeUser(db, { role: 'staff', displayName: '招商专员', unitId: investment.id });
const admin = makeUser(db, { role: 'admin', displayName: '管理员' });
makeUser(db, { role: 'staff', displayName: '已离职', active: false });
const leader = makeUser(db, { role: 'leader', displayName: '区领导' });

it('directory.users lists active people by role, with public columns only', async () => {
  expect(await callerFor(db, viewer).directory.users()).toEqual([
    { id: admin.id, displayName: '管理员', role: 'admin', title: null, unitId: null },
    { id: leader.id, displayName: '区领导', role: 'leader', title: null, unitId: null },
    { id: staff.id, displayName: '招商专员', role: 'staff', title: null, unitId: investment.id },
    { id: viewer.id, displayName: '统计员', role: 'viewer', title: null, unitId: null },
  ]);
});

it('directory.units lists active units in the order they were created', async () => {
  expect(await callerFor(db, viewer).directory.units()).toEqual([
    { id: investment.id, name: '投资促进局' },
    { id: commerce.id, name: '商务局' },
  ]);
});
