import type { AnyProcedure } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { leaderAssignments, taskForceMembers, taskForceProjects, taskForces } from '../../db/schema';
import type { SessionUser } from '../../server/auth/sessions';
import { appRouter } from '../../server/routers';
import type { Meta } from '../../server/trpc';
import { callerFor } from '../helpers/caller';
import { createTestDb, dataChecksum } from '../helpers/db';
import { editFields, makeProject, makeUser } from '../helpers/factories';
import { makeDocument } from '../helpers/documents';
import { officeLedger, uploadLedger } from '../helpers/ledger-sheet';
import { NOW, TODAY } from '../helpers/time';

/**
 * The object-level matrix (issue 12), generated from the router: every procedure that names an object
 * is called as (a) the person the model allows (the owner, or the leader who leads the project), (b) an
 * officer who does not own it, (c) a leader who does not lead it, (d) a viewer, (e) the owner with a
 * temporary password. The refused calls change no table (a checksum of every row of every table, the
 * audit log's refusals aside). A procedure that names an object without declaring how it is resolved,
 * or that is declared without a row here, fails this file.
 */
const db = createTestDb();
const admin = makeUser(db, { role: 'admin' });
const ownerA = makeUser(db, { role: 'staff', displayName: '责任人甲' });
const ownerB = makeUser(db, { role: 'staff' });
const colleague = makeUser(db, { role: 'staff' });
const stranger = makeUser(db, { role: 'staff' });
const leading = makeUser(db, { role: 'leader' });
const coLeader = makeUser(db, { role: 'leader' });
const otherLeader = makeUser(db, { role: 'leader' });
const viewer = makeUser(db, { role: 'viewer' });
const temporary: SessionUser = { ...ownerA, mustChangePassword: true };

const tf = db
  .insert(taskForces)
  .values({ name: '矩阵专班', leadLeaderId: leading.id, createdAt: NOW })
  .returning()
  .get();
const otherTf = db
  .insert(taskForces)
  .values({ name: '另一专班', leadLeaderId: otherLeader.id, createdAt: NOW })
  .returning()
  .get();
db.insert(taskForceMembers).values({ taskForceId: tf.id, userId: ownerB.id }).run();

type Caller = ReturnType<typeof callerFor>;

/** A major project owned by ownerA/ownerB, led by `leading`, with a red schedule, a problem, an order, a 批示. */
function lead(projectId: number) {
  return db
    .insert(leaderAssignments)
    .values({
      projectId,
      leaderId: leading.id,
      role: 'primary',
      assignedAt: TODAY,
      assignedBy: admin.id,
      createdAt: NOW,
    })
    .returning()
    .get();
}

async function world() {
  const p = makeProject(db, {
    by: ownerA,
    ownerBId: ownerB.id,
    estimatedInvestment: 8000,
    stage: 'landed',
    at: NOW - 60 * 86_400_000,
  });
  const primary = lead(p.id);
  const co = db
    .insert(leaderAssignments)
    .values({
      projectId: p.id,
      leaderId: coLeader.id,
      role: 'co',
      assignedAt: TODAY,
      assignedBy: admin.id,
      createdAt: NOW,
    })
    .returning()
    .get();
  db.insert(taskForceProjects)
    .values({ taskForceId: tf.id, projectId: p.id, addedAt: NOW, addedBy: admin.id })
    .run();
  const a = callerFor(db, admin);
  await a.schedules.create({
    projectId: p.id,
    templateId: 2,
    targetDate: '2027-06-30',
    milestones: [
      { name: '装修设计', plannedDate: '2026-11-10', linkedStage: null },
      { name: '入驻开业', plannedDate: '2027-06-30', linkedStage: null },
    ],
  });
  const schedule = (await a.schedules.get({ projectId: p.id })).schedule!;
  const milestone = schedule.milestones[0]!;
  const order = await a.schedules.chaseUps.issue({
    projectId: p.id,
    milestoneId: milestone.id,
    subject: '本周内提交施工图',
    assigneeId: ownerA.id,
    dueDate: '2026-12-03',
    yellowDate: '2026-12-04',
    redDate: '2026-12-11',
  });
  const problem = await a.problems.create({ projectId: p.id, title: '接电难', raisedDate: TODAY });
  await a.problems.move({ id: problem.id, version: 1, to: 'resolved', resolution: '已接电' });
  const instruction = await callerFor(db, leading).instructions.create({
    projectId: p.id,
    text: '请加快进度',
    replyBy: '2026-12-31',
  });
  const openProblem = await a.problems.create({ projectId: p.id, title: '审批慢', raisedDate: TODAY });
  const contact = await a.contacts.add({
    projectId: p.id,
    fields: { name: '张经理', phone: '0571-88886666' },
  });
  const document = await makeDocument(db, admin, p.id);
  // A second project of the same people, without a schedule yet.
  const bare = makeProject(db, { by: ownerA, ownerBId: ownerB.id, estimatedInvestment: 6000 });
  lead(bare.id);
  // A completed project of the same people, for what is recorded after 建成.
  const done = makeProject(db, { by: ownerA, ownerBId: ownerB.id, stage: 'completed' });
  lead(done.id);
  return {
    p,
    primary,
    co,
    schedule,
    milestone,
    order,
    problem,
    openProblem,
    instruction,
    bare,
    contact,
    done,
    document,
  };
}
type World = Awaited<ReturnType<typeof world>>;

const current = async (id: number) => callerFor(db, admin).projects.get({ id });
/** A bulk action's batch: the project at its current version. */
const batchOf = async (id: number) => [{ id, version: (await current(id)).version }];

/** Per object procedure: who is allowed (a), and one valid call. */
const CASES: Record<string, { allowed: SessionUser; call: (c: Caller, w: World) => Promise<unknown> }> = {
  'projects.update': {
    allowed: ownerA,
    call: async (c, w) => {
      const p = await current(w.p.id);
      return c.projects.update({ id: p.id, version: p.version, fields: editFields(p, { name: '改名' }) });
    },
  },
  'projects.move': {
    allowed: leading,
    call: async (c, w) =>
      c.projects.move({ id: w.p.id, version: (await current(w.p.id)).version, to: 'on_hold', note: '暂缓' }),
  },
  'followUps.add': {
    allowed: leading,
    call: (c, w) => c.followUps.add({ projectId: w.p.id, date: TODAY, kind: 'visit', summary: '走访' }),
  },
  'funds.add': {
    allowed: ownerB,
    call: (c, w) => c.funds.add({ projectId: w.p.id, date: TODAY, amount: 100 }),
  },
  'documents.withdraw': {
    allowed: leading,
    call: (c, w) => c.documents.withdraw({ id: w.document.id, version: 1, reason: '错传' }),
  },
  'operations.setProduction': {
    allowed: ownerB,
    call: (c, w) => c.operations.setProduction({ projectId: w.done.id, date: TODAY, version: null }),
  },
  'operations.addFixedAsset': {
    allowed: ownerA,
    call: (c, w) => c.operations.addFixedAsset({ projectId: w.done.id, date: TODAY, amount: 1200 }),
  },
  'operations.setAnnual': {
    allowed: ownerA,
    call: (c, w) =>
      c.operations.setAnnual({
        projectId: w.done.id,
        year: 2026,
        output: 5000,
        tax: 300,
        jobs: 120,
        version: null,
      }),
  },
  'schedules.create': {
    allowed: ownerA,
    call: (c, w) =>
      c.schedules.create({
        projectId: w.bare.id,
        templateId: 2,
        targetDate: '2027-06-30',
        milestones: [{ name: '入驻开业', plannedDate: '2027-06-30', linkedStage: null }],
      }),
  },
  'schedules.update': {
    allowed: leading,
    call: (c, w) =>
      c.schedules.update({
        id: w.schedule.id,
        version: w.schedule.version,
        targetDate: '2027-07-31',
        reason: '企业调整计划',
        milestones: w.schedule.milestones.map((m) => ({
          id: m.id,
          name: m.name,
          plannedDate: m.plannedDate,
          linkedStage: m.linkedStage,
        })),
      }),
  },
  'schedules.recordActual': {
    allowed: ownerA,
    call: (c, w) =>
      c.schedules.recordActual({
        milestoneId: w.milestone.id,
        version: w.milestone.version,
        actualDate: TODAY,
      }),
  },
  'schedules.chaseUps.issue': {
    allowed: leading,
    call: (c, w) =>
      c.schedules.chaseUps.issue({
        projectId: w.p.id,
        milestoneId: w.milestone.id,
        subject: '再次督办',
        assigneeId: ownerB.id,
        dueDate: '2026-12-03',
        yellowDate: '2026-12-04',
        redDate: '2026-12-11',
      }),
  },
  'schedules.chaseUps.close': {
    allowed: ownerA,
    call: (c, w) => c.schedules.chaseUps.close({ id: w.order.id, version: 1, resolution: '已提交' }),
  },
  'problems.create': {
    allowed: ownerB,
    call: (c, w) => c.problems.create({ projectId: w.p.id, title: '用地指标', raisedDate: TODAY }),
  },
  'contacts.add': {
    allowed: ownerA,
    call: (c, w) => c.contacts.add({ projectId: w.p.id, fields: { name: '李总', title: '总经理' } }),
  },
  'contacts.update': {
    allowed: ownerB,
    call: (c, w) =>
      c.contacts.update({ id: w.contact.id, version: 1, fields: { name: '张经理', title: '副总' } }),
  },
  'contacts.remove': {
    allowed: leading,
    call: (c, w) => c.contacts.remove({ id: w.contact.id, version: 1 }),
  },
  'problems.move': {
    allowed: leading,
    call: (c, w) => c.problems.move({ id: w.problem.id, version: 2, to: 'closed' }),
  },
  'problems.escalate': {
    allowed: ownerA,
    call: (c, w) => c.problems.escalate({ id: w.openProblem.id, version: 1 }),
  },
  'instructions.create': {
    allowed: leading,
    call: (c, w) => c.instructions.create({ projectId: w.p.id, text: '请汇报', replyBy: '2026-12-31' }),
  },
  'instructions.reply': {
    allowed: ownerB,
    call: (c, w) => c.instructions.reply({ id: w.instruction.id, version: 1, reply: '已落实' }),
  },
  'leaders.assign': {
    allowed: leading,
    call: (c, w) =>
      c.leaders.assign({
        projectId: w.p.id,
        leaderId: otherLeader.id,
        role: 'co',
        expectedPrimaryId: w.primary.id,
      }),
  },
  'leaders.end': {
    allowed: leading,
    call: (c, w) => c.leaders.end({ assignmentId: w.co.id }),
  },
  'leaders.setTaskForce': {
    allowed: leading,
    call: (c, w) => c.leaders.setTaskForce({ projectId: w.p.id, taskForceId: otherTf.id }),
  },
  'leaders.bulkLeader': {
    allowed: admin,
    call: async (c, w) => c.leaders.bulkLeader({ projects: await batchOf(w.p.id), leaderId: otherLeader.id }),
  },
  'leaders.bulkTaskForce': {
    allowed: leading,
    call: async (c, w) =>
      c.leaders.bulkTaskForce({ projects: await batchOf(w.p.id), taskForceId: otherTf.id }),
  },
  'leaders.bulkOwner': {
    allowed: ownerA,
    call: async (c, w) => c.leaders.bulkOwner({ projects: await batchOf(w.p.id), ownerAId: colleague.id }),
  },
  'ledger.commit': {
    allowed: ownerA,
    call: async (c, w) => {
      const me = (await c.auth.me())!;
      const file = await officeLedger({
        headers: ['项目名称', '投资方', '计划总投资（万元）'],
        rows: [[w.p.name, w.p.investor, 9000]],
      });
      const token = await uploadLedger(me.id, file);
      return c.ledger.commit({ token, sheet: 0, onExisting: 'update' });
    },
  },
};

// At run time the router keeps a flat record by dotted path ('projects.move').
const procedures = appRouter._def.procedures as unknown as Record<string, AnyProcedure>;
const paths = Object.keys(procedures).sort();
const metaOf = (path: string) => procedures[path]?._def.meta as Meta | undefined;

/** Input keys that name an object a write touches. */
const OBJECT_KEYS = ['id', 'projectId', 'milestoneId', 'assignmentId', 'projects', 'token', 'ids'];
/** Writes whose objects are not projects: admin-only administration, or the caller's own things. */
const NOT_PROJECT_OBJECTS = new Set(['notifications.markRead', 'ledger.preview']);

function inputKeys(path: string): string[] {
  const inputs = (procedures[path]?._def as { inputs?: { shape?: Record<string, unknown> }[] }).inputs ?? [];
  return inputs.flatMap((i) => Object.keys(i.shape ?? {}));
}

describe('every procedure that names an object declares how it is resolved', () => {
  const writes = paths.filter((p) => procedures[p]?._def.type === 'mutation' || p === 'ledger.preview');
  it.each(writes)('%s', (path) => {
    const meta = metaOf(path)!;
    const names = inputKeys(path).filter((k) => OBJECT_KEYS.includes(k));
    if (!names.length || meta.permission === 'admin' || NOT_PROJECT_OBJECTS.has(path)) return;
    const declared = meta.object ?? (meta.permission === 'action:import.update' ? 'import' : undefined);
    expect(
      declared,
      `${path} names ${names.join(', ')} but resolves no object (use objectProcedure)`,
    ).toBeTruthy();
    if (meta.object) expect(CASES[path], `${path} has no row in the object matrix`).toBeDefined();
  });

  it('the matrix has a row for every object procedure, and no stale ones', () => {
    const declared = paths.filter((p) => metaOf(p)?.object).concat('ledger.commit');
    expect(Object.keys(CASES).sort()).toEqual(declared.sort());
  });
});

/** Every row of every table; the refusals the app logs on purpose are not data. */
const checksum = (d: Db) => dataChecksum(d, ['access.denied']);

const REFUSED: [string, SessionUser][] = [
  ['(b) an officer who does not own it', stranger],
  ['(c) a leader who does not lead it', otherLeader],
  ['(d) a viewer', viewer],
  ['(e) the owner with a temporary password', temporary],
];
const refusedRows = Object.keys(CASES).flatMap((path) =>
  REFUSED.map(([label, user]) => [path, label, user] as const),
);

describe(`object matrix: ${Object.keys(CASES).length} procedures × 5 actors = ${Object.keys(CASES).length * 5} cases`, () => {
  const worlds = new Map<string, World>();
  const worldFor = async (path: string) => {
    if (!worlds.has(path)) worlds.set(path, await world());
    return worlds.get(path)!;
  };

  // The refused actors first, each on the path's own project; then the allowed one changes it.
  it.each(refusedRows)('%s as %s is refused and changes nothing', async (path, label, refusedUser) => {
    const spec = CASES[path]!;
    const w = await worldFor(path);
    const before = checksum(db);
    const error = await spec.call(callerFor(db, refusedUser), w).then(
      () => null,
      (e: unknown) => e as { code?: string; message?: string },
    );
    expect(error?.code, `${path} let ${label} through: ${error?.message}`).toBe('FORBIDDEN');
    expect(checksum(db)).toBe(before);
  });

  it.each(Object.keys(CASES))('%s as (a) the owner or leading leader succeeds', async (path) => {
    const spec = CASES[path]!;
    const w = await worldFor(path);
    await expect(spec.call(callerFor(db, spec.allowed), w)).resolves.toBeDefined();
  });
});
