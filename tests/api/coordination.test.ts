import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { industryChains, taskForces, units } from '../../db/schema';
import { callerFor, fieldNames, trpcError } from '../helpers/caller';
import { createTestDb, countAuditChanges } from '../helpers/db';
import { makeUser } from '../helpers/factories';

const db = createTestDb();
const admin = makeUser(db, { role: 'admin' });
const officer = makeUser(db, { role: 'staff', displayName: '王磊' });
const leader = makeUser(db, { role: 'leader', displayName: '陈立新' });
const api = callerFor(db, admin).coordination;
const rows = () => ({
  units: db.select({ n: count() }).from(units).get()!.n,
  taskForces: db.select({ n: count() }).from(taskForces).get()!.n,
  chains: db.select({ n: count() }).from(industryChains).get()!.n,
  audit: countAuditChanges(db),
});

describe('units', () => {
  it('creates, renames and deactivates a unit — never deletes it — with unique trimmed names', async () => {
    const { id } = await api.createUnit({ name: ' 商务局 ' });
    await api.renameUnit({ id, version: 1, name: '区商务局' });
    await api.setUnitActive({ id, version: 2, active: false });
    expect((await api.units()).find((u) => u.id === id)).toMatchObject({
      name: '区商务局',
      active: false,
      version: 3,
    });
    const before = rows();
    expect(fieldNames(await trpcError(api.createUnit({ name: '区商务局' })))).toEqual(['name']);
    expect(fieldNames(await trpcError(api.createUnit({ name: '局' })))).toEqual(['name']);
    expect(fieldNames(await trpcError(api.createUnit({ name: '  ' })))).toEqual(['name']);
    expect((await trpcError(api.renameUnit({ id, version: 1, name: '商务和投资局' }))).code).toBe('CONFLICT');
    expect((await trpcError(callerFor(db, officer).coordination.createUnit({ name: '科技局' }))).code).toBe(
      'FORBIDDEN',
    );
    expect((await trpcError(api.renameUnit({ id: 99999, version: 1, name: '科技局' }))).code).toBe(
      'NOT_FOUND',
    );
    expect(rows()).toEqual(before);
  });
});

describe('task forces', () => {
  it('creates a task force with a lead leader and members, updates it, deactivates it', async () => {
    const { id } = await api.createTaskForce({
      name: '华为吉林总部专班',
      leadLeaderId: leader.id,
      description: '服务华为吉林总部建设',
      memberIds: [officer.id],
    });
    let tf = (await api.taskForces()).find((t) => t.id === id);
    expect(tf).toMatchObject({
      name: '华为吉林总部专班',
      leadLeaderName: '陈立新',
      members: [{ id: officer.id, displayName: '王磊' }],
      projects: 0,
      active: true,
    });
    await api.updateTaskForce({
      id,
      version: 1,
      name: '华为吉林总部项目专班',
      leadLeaderId: leader.id,
      memberIds: [],
    });
    await api.setTaskForceActive({ id, version: 2, active: false });
    tf = (await api.taskForces()).find((t) => t.id === id);
    expect(tf).toMatchObject({ name: '华为吉林总部项目专班', members: [], active: false, version: 3 });
    expect((await callerFor(db, officer).leaders.taskForceOptions()).map((t) => t.id)).not.toContain(id);
  });

  it('refuses a lead who is not a leader, a taken name, unknown members, a stale version, a non-admin', async () => {
    const { id } = await api.createTaskForce({ name: '万象城专班', leadLeaderId: leader.id });
    const before = rows();
    expect(
      fieldNames(await trpcError(api.createTaskForce({ name: '新专班', leadLeaderId: officer.id }))),
    ).toEqual(['leadLeaderId']);
    expect(
      fieldNames(await trpcError(api.createTaskForce({ name: '万象城专班', leadLeaderId: leader.id }))),
    ).toEqual(['name']);
    expect(
      fieldNames(
        await trpcError(api.createTaskForce({ name: '新专班', leadLeaderId: leader.id, memberIds: [99999] })),
      ),
    ).toEqual(['memberIds']);
    expect(
      (await trpcError(api.updateTaskForce({ id, version: 5, name: '万象城专班', leadLeaderId: leader.id })))
        .code,
    ).toBe('CONFLICT');
    expect(
      (
        await trpcError(
          callerFor(db, leader).coordination.createTaskForce({ name: '新专班', leadLeaderId: leader.id }),
        )
      ).code,
    ).toBe('FORBIDDEN');
    expect(rows()).toEqual(before);
  });
});

describe('industry chains', () => {
  it('creates a chain with its chain leader and industries, updates and deactivates it', async () => {
    const { id } = await api.createChain({
      name: '金融产业链',
      chainLeaderId: leader.id,
      industries: ['finance'],
    });
    await api.updateChain({
      id,
      version: 1,
      name: '现代金融产业链',
      chainLeaderId: null,
      industries: ['finance', 'business_services'],
    });
    await api.setChainActive({ id, version: 2, active: false });
    expect((await callerFor(db, officer).coordination.chains()).find((c) => c.id === id)).toMatchObject({
      name: '现代金融产业链',
      chainLeaderName: null,
      industries: ['finance', 'business_services'],
      active: false,
    });
  });

  it('refuses no industries, an unknown industry, a non-leader chain leader', async () => {
    const before = rows();
    expect(
      fieldNames(
        await trpcError(api.createChain({ name: '数字产业链', chainLeaderId: leader.id, industries: [] })),
      ),
    ).toEqual(['industries']);
    expect(
      fieldNames(
        await trpcError(
          api.createChain({
            name: '数字产业链',
            chainLeaderId: leader.id,
            industries: ['mining' as 'digital'],
          }),
        ),
      ),
    ).toEqual(['0']);
    expect(
      fieldNames(
        await trpcError(
          api.createChain({ name: '数字产业链', chainLeaderId: officer.id, industries: ['digital'] }),
        ),
      ),
    ).toEqual(['chainLeaderId']);
    expect(rows()).toEqual(before);
  });
});

describe("leaders' titles", () => {
  it('sets a title; only leaders, only admins, stale → CONFLICT', async () => {
    const [l] = await callerFor(db, officer).leaders.list();
    await api.setLeaderTitle({ id: l!.id, version: l!.version, title: '常务副区长' });
    expect((await callerFor(db, officer).leaders.list())[0]).toMatchObject({
      title: '常务副区长',
      version: l!.version + 1,
    });
    expect(
      (await trpcError(api.setLeaderTitle({ id: l!.id, version: l!.version, title: '区长' }))).code,
    ).toBe('CONFLICT');
    expect((await trpcError(api.setLeaderTitle({ id: officer.id, version: 1, title: '区长' }))).code).toBe(
      'NOT_FOUND',
    );
    expect(
      (
        await trpcError(
          callerFor(db, leader).coordination.setLeaderTitle({ id: l!.id, version: 2, title: '区长' }),
        )
      ).code,
    ).toBe('FORBIDDEN');
  });
});
